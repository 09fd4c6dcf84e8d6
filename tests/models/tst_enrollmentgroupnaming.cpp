#include "DeviceLocator.h"
#include "DeviceLookup.h"
#include "DeviceLookupCache.h"
#include "EnrollmentGroupDirectory.h"

#include "AzureTransport.h"
#include "DpsServiceClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The lookup names the enrollment group that placed a device, which DPS's registration state
// does not: against the emulator's demo fleet, every group's devices are named with their own
// group, the group list is read once per instance for many lookups, and a look-alike group makes
// the answer list the candidates instead of guessing.
class TestEnrollmentGroupNaming : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    QTemporaryDir m_dir;
    int m_rigs = 0;

    struct Sample
    {
        int dps = 0;
        QString groupId;
        QString registrationId;
    };
    QList<Sample> m_samples; // one registration of every group that has one

    struct Rig
    {
        std::unique_ptr<DeviceLookupCache> cache;
        std::unique_ptr<DeviceLocator> locator;
    };

    Rig makeRig()
    {
        Rig rig;
        rig.cache = std::make_unique<DeviceLookupCache>(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_rigs)));
        rig.locator = std::make_unique<DeviceLocator>(m_transport.get(), rig.cache.get());
        rig.locator->setWorkspace(m_workspace);
        rig.locator->setStepTimeout(20'000);
        m_clients->setEndpointsOn(rig.locator.get());
        return rig;
    }

    static DeviceLookupAnswer run(DeviceLocator *locator, const QString &id)
    {
        std::unique_ptr<DeviceLookup> lookup(locator->lookup(id));
        QSignalSpy finished(lookup.get(), &DeviceLookup::finished);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000); }();
        return lookup->answer();
    }

    template<typename T>
    std::optional<QList<T>> readAll(QueryPager *pager)
    {
        QList<T> rows;
        while (pager->hasMore()) {
            auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
            if (!page->isSuccess())
                return std::nullopt;
            const std::optional<QList<T>> read = page->value().as<T>();
            if (!read)
                return std::nullopt;
            rows += *read;
        }
        return rows;
    }

    int groupQueries(const QList<QList<QVariant>> &events) const
    {
        int count = 0;
        for (const QList<QVariant> &event : events) {
            if (event.first().value<TransportEvent>().path.endsWith(QLatin1StringView("/enrollmentGroups/query")))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("8000"), QStringLiteral("--time-scale"), QString::number(TimeScale), QStringLiteral("--seed"),
            QStringLiteral("5")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);

        // The truth, from DPS itself: each group's own registration list.
        for (int d = 0; d < m_emulator->endpoints().dps.size(); ++d) {
            DpsServiceClient client(m_transport.get(), m_clients->dpsEndpoint(d));
            std::unique_ptr<QueryPager> groupsPager(client.queryEnrollmentGroups());
            const std::optional<QList<EnrollmentGroup>> groups = readAll<EnrollmentGroup>(groupsPager.get());
            QVERIFY(groups);
            for (const EnrollmentGroup &group : *groups) {
                std::unique_ptr<QueryPager> pager(client.queryRegistrationStates(group.enrollmentGroupId, 1));
                auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
                QVERIFY(page->isSuccess());
                const std::optional<QList<DeviceRegistrationState>> states = page->value().as<DeviceRegistrationState>();
                QVERIFY(states);
                if (!states->isEmpty() && states->first().registrationId)
                    m_samples.append({d, group.enrollmentGroupId, *states->first().registrationId});
            }
        }
        QVERIFY2(m_samples.size() >= 6, "the demo fleet should have production, test and canary groups with devices");
    }

    void everyGroupsDevicesAreNamedWithTheirGroup()
    {
        Rig rig = makeRig();
        QSignalSpy exchanges(m_transport.get(), &AzureTransport::exchangeFinished);
        QSet<int> instancesAsked;
        for (const Sample &sample : std::as_const(m_samples)) {
            const DeviceLookupAnswer answer = run(rig.locator.get(), sample.registrationId);
            QVERIFY2(answer.identityFound, qPrintable(answer.toText()));
            QCOMPARE(answer.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Group);
            QCOMPARE(answer.enrollmentId, sample.groupId);
            QVERIFY(!answer.enrollmentEvidence.isEmpty());
            QVERIFY2(answer.toText().contains(sample.groupId), qPrintable(answer.toText()));
            QVERIFY2(answer.problems.isEmpty(), qPrintable(answer.problems.join(u'\n')));
            instancesAsked.insert(sample.dps);
        }
        // The group list is read once per instance, not once per lookup.
        QCOMPARE(groupQueries(exchanges), int(instancesAsked.size()));
    }

    void lookupsAtOnceShareOneRead()
    {
        Rig rig = makeRig();
        QSignalSpy exchanges(m_transport.get(), &AzureTransport::exchangeFinished);
        std::vector<std::unique_ptr<DeviceLookup>> lookups;
        QStringList expected;
        for (const Sample &sample : std::as_const(m_samples)) {
            if (sample.dps != 0)
                continue;
            lookups.emplace_back(rig.locator->lookup(sample.registrationId));
            expected.append(sample.groupId);
        }
        QVERIFY(lookups.size() >= 2);
        for (std::size_t i = 0; i < lookups.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(lookups[i]->isFinished(), 60'000);
            QCOMPARE(lookups[i]->answer().enrollmentId, expected.at(qsizetype(i)));
        }
        QCOMPARE(groupQueries(exchanges), 1);
    }

    void aLookAlikeGroupGivesCandidatesNotAGuess()
    {
        const Sample sample = m_samples.first();
        DpsServiceClient client(m_transport.get(), m_clients->dpsEndpoint(sample.dps));
        auto original = EmulatorClients::finish(client.getEnrollmentGroup(sample.groupId), 30'000);
        QVERIFY(original->isSuccess());
        EnrollmentGroup twin = original->value();
        twin.enrollmentGroupId = sample.groupId + QStringLiteral("-lookalike");
        twin.etag.reset();
        twin.createdDateTimeUtc.reset();
        twin.lastUpdatedDateTimeUtc.reset();
        auto created = EmulatorClients::finish(client.createOrUpdateEnrollmentGroup(twin), 30'000);
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));

        Rig rig = makeRig(); // a new directory: it reads the groups as they are now
        const DeviceLookupAnswer answer = run(rig.locator.get(), sample.registrationId);
        QVERIFY(answer.identityFound);
        QCOMPARE(answer.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Group);
        QVERIFY(answer.enrollmentId.isEmpty());
        QVERIFY(answer.enrollmentCandidates.contains(sample.groupId));
        QVERIFY(answer.enrollmentCandidates.contains(twin.enrollmentGroupId));
        QVERIFY(answer.enrollmentText().contains(twin.enrollmentGroupId));

        // Within the directory's max age the old list is kept; with 0 every lookup reads again.
        auto removed = EmulatorClients::finish(client.deleteEnrollmentGroup(twin.enrollmentGroupId), 30'000);
        QVERIFY(removed->isSuccess());
        QCOMPARE(run(rig.locator.get(), sample.registrationId).enrollmentId, QString());
        rig.locator->groupDirectory()->setMaxAgeMs(0);
        QCOMPARE(run(rig.locator.get(), sample.registrationId).enrollmentId, sample.groupId);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentGroupNaming)
#include "tst_enrollmentgroupnaming.moc"
