// DpsServiceClient against the real emulator over HTTPS: enrollments and groups with etags,
// typed errors, bulk operations (10 per call) item by item, query paging, registration states.
#include "AzureTransport.h"
#include "DpsDeviceClient.h"
#include "DpsServiceClient.h"
#include "EmulatorClients.h"
#include "SystemClock.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestDpsServiceClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_env;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    std::unique_ptr<DpsServiceClient> m_dps;

    template<typename C>
    static std::unique_ptr<C> run(C *call, int timeoutMs = 60'000)
    {
        return EmulatorClients::finish(call, timeoutMs);
    }

    static IndividualEnrollment enrollment(const QString &id)
    {
        IndividualEnrollment e;
        e.registrationId = id;
        e.attestation = AttestationMechanism::symmetric();
        return e;
    }

    static QList<IndividualEnrollment> enrollments(const QString &prefix, int count)
    {
        QList<IndividualEnrollment> list;
        for (int i = 0; i < count; ++i)
            list.append(enrollment(QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'))));
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--hubs"), QStringLiteral("2"), QStringLiteral("--no-quotas")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_env = std::make_unique<EmulatorClients>(*m_emulator, 1.0, false);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        m_dps = std::make_unique<DpsServiceClient>(m_transport.get(), m_env->dpsEndpoint());
    }

    void enrollmentLifecycleWithEtags()
    {
        auto created = run(m_dps->createOrUpdateEnrollment(enrollment(QStringLiteral("enr-1"))));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QVERIFY(created->value().etag.has_value());
        // Keys were made on the client, so a repeated PUT would write the same ones.
        QVERIFY(!created->value().attestation.symmetricKey->primaryKey->isEmpty());

        auto got = run(m_dps->getEnrollment(QStringLiteral("enr-1")));
        QVERIFY(got->isSuccess());
        IndividualEnrollment changed = got->value();
        changed.provisioningStatus = ProvisioningStatus::Disabled;
        auto updated = run(m_dps->createOrUpdateEnrollment(changed));
        QVERIFY2(updated->isSuccess(), qPrintable(updated->error().toString()));
        QCOMPARE(updated->value().provisioningStatus, std::optional<ProvisioningStatus>(ProvisioningStatus::Disabled));

        auto stale = run(m_dps->createOrUpdateEnrollment(changed)); // changed still holds the old etag
        QCOMPARE(stale->error().kind(), AzureErrorKind::PreconditionFailed);
        QCOMPARE(stale->error().httpStatus(), 412);

        auto deleted = run(m_dps->deleteEnrollment(QStringLiteral("enr-1"), *updated->value().etag));
        QVERIFY2(deleted->isSuccess(), qPrintable(deleted->error().toString()));
        auto gone = run(m_dps->getEnrollment(QStringLiteral("enr-1")));
        QCOMPARE(gone->error().kind(), AzureErrorKind::NotFound);
        QCOMPARE(gone->error().httpStatus(), 404);
        QCOMPARE(gone->error().service(), AzureService::Dps);
        QCOMPARE(gone->error().code() / 1000, 404);
    }

    void wrongKeyIsUnauthorized()
    {
        AzureEndpoint wrong = m_env->dpsEndpoint();
        wrong.key = QStringLiteral("d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktMTI=");
        DpsServiceClient client(m_transport.get(), wrong);
        auto denied = run(client.getEnrollment(QStringLiteral("enr-1")));
        QCOMPARE(denied->error().kind(), AzureErrorKind::Unauthorized);
        QCOMPARE(denied->error().httpStatus(), 401);
    }

    void enrollmentGroupLifecycle()
    {
        EnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("group-1");
        group.attestation = AttestationMechanism::symmetric();
        auto created = run(m_dps->createOrUpdateEnrollmentGroup(group));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        auto got = run(m_dps->getEnrollmentGroup(QStringLiteral("group-1")));
        QVERIFY(got->isSuccess());
        QCOMPARE(got->value().attestation.symmetricKey->primaryKey, created->value().attestation.symmetricKey->primaryKey);

        std::unique_ptr<QueryPager> groups(m_dps->queryEnrollmentGroups());
        auto page = run(groups->fetchNext());
        QVERIFY2(page->isSuccess(), qPrintable(page->error().toString()));
        const std::optional<QList<EnrollmentGroup>> rows = page->value().as<EnrollmentGroup>();
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->begin(), rows->end(), [](const EnrollmentGroup &g) { return g.enrollmentGroupId == u"group-1"; }));
        auto deleted = run(m_dps->deleteEnrollmentGroup(QStringLiteral("group-1")));
        QVERIFY2(deleted->isSuccess(), qPrintable(deleted->error().toString()));
    }

    void bulkCreateQueryAndDelete()
    {
        auto created = run(m_dps->runEnrollmentBulk(BulkEnrollmentMode::Create, enrollments(QStringLiteral("bulk"), 45)));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QCOMPARE(created->value().requests, 5); // at most ten per call
        QCOMPARE(created->value().succeeded(), 45);

        // Existing ones fail item by item; new ones go through.
        QList<IndividualEnrollment> mixed = enrollments(QStringLiteral("bulk"), 3) + enrollments(QStringLiteral("bulk-new"), 2);
        auto again = run(m_dps->runEnrollmentBulk(BulkEnrollmentMode::Create, mixed));
        QVERIFY(again->isSuccess());
        QCOMPARE(again->value().succeeded(), 2);
        QCOMPARE(again->value().count(BulkItemOutcome::State::Failed), 3);
        QCOMPARE(again->value().problems().first().error.kind(), AzureErrorKind::Conflict);

        std::unique_ptr<QueryPager> pager(m_dps->queryEnrollments(QStringLiteral("*"), 10));
        QSet<QString> seen;
        int pages = 0;
        while (pager->hasMore() && pages < 50) {
            auto page = run(pager->fetchNext());
            QVERIFY2(page->isSuccess(), qPrintable(page->error().toString()));
            QVERIFY(page->value().items.size() <= 10);
            const std::optional<QList<IndividualEnrollment>> rows = page->value().as<IndividualEnrollment>();
            QVERIFY(rows);
            for (const IndividualEnrollment &e : *rows) {
                QVERIFY2(!seen.contains(e.registrationId), qPrintable(e.registrationId));
                seen.insert(e.registrationId);
            }
            ++pages;
        }
        QVERIFY(!pager->hasMore());
        QCOMPARE(seen.size(), 47);
        QVERIFY(pages >= 5);

        const QList<IndividualEnrollment> all = enrollments(QStringLiteral("bulk"), 45) + enrollments(QStringLiteral("bulk-new"), 2);
        auto deleted = run(m_dps->runEnrollmentBulk(BulkEnrollmentMode::Delete, all));
        QVERIFY(deleted->isSuccess());
        QCOMPARE(deleted->value().succeeded(), 47);
    }

    void registrationStatesOfAGroup()
    {
        EnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("fleet-a");
        group.attestation = AttestationMechanism::symmetric();
        auto created = run(m_dps->createOrUpdateEnrollmentGroup(group));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        const QString groupKey = *created->value().attestation.symmetricKey->primaryKey;

        DpsDeviceClient devices(m_transport.get(), m_env->deviceEndpoint());
        for (int i = 0; i < 3; ++i) {
            const QString id = QStringLiteral("fleet-a-dev-%1").arg(i);
            auto provisioned = run(devices.provision(m_env->idScope(), id, DpsDeviceClient::groupDeviceKey(groupKey, id)));
            QVERIFY2(provisioned->isSuccess(), qPrintable(provisioned->error().toString()));
        }
        std::unique_ptr<QueryPager> pager(m_dps->queryRegistrationStates(QStringLiteral("fleet-a"), 2));
        QSet<QString> seen;
        while (pager->hasMore()) {
            auto page = run(pager->fetchNext());
            QVERIFY2(page->isSuccess(), qPrintable(page->error().toString()));
            const auto rows = page->value().as<DeviceRegistrationState>();
            QVERIFY(rows);
            for (const DeviceRegistrationState &state : *rows)
                seen.insert(state.registrationId.value_or(QString()));
        }
        QCOMPARE(seen.size(), 3);

        auto state = run(m_dps->getRegistrationState(QStringLiteral("fleet-a-dev-0")));
        QVERIFY2(state->isSuccess(), qPrintable(state->error().toString()));
        QCOMPARE(state->value().status, std::optional<RegistrationStatus>(RegistrationStatus::Assigned));
        auto deleted = run(m_dps->deleteRegistrationState(QStringLiteral("fleet-a-dev-0")));
        QVERIFY2(deleted->isSuccess(), qPrintable(deleted->error().toString()));
        QCOMPARE(run(m_dps->getRegistrationState(QStringLiteral("fleet-a-dev-0")))->error().kind(), AzureErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDpsServiceClient)
#include "tst_dpsserviceclient.moc"
