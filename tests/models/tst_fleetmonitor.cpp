#include "CredentialBook.h"
#include "FleetCensus.h"
#include "FleetEndpoints.h"
#include "FleetMonitor.h"
#include "FleetStatusModel.h"
#include "MemorySecretStore.h"

#include "AzureTransport.h"
#include "ConnectionString.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The fleet monitor against the real emulator's demo fleet: every stamp populated with the hub's own
// figures, the census per hub, and one stamp taken down by a fault while the others keep refreshing.
class TestFleetMonitor : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;  // a quota minute lasts a second
    static constexpr qint64 Devices = 20'000;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;

    // A monitor on the emulator's workspace, polling fast (the quota bound at this time scale).
    struct Rig
    {
        FleetStatusModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        FleetMonitor monitor;
        explicit Rig(AzureTransport *transport)
            : monitor(transport, &model)
        {
        }
    };

    std::unique_ptr<Rig> makeRig(bool directEndpoints)
    {
        auto rig = std::make_unique<Rig>(m_transport.get());
        rig->monitor.setPollInterval(100);
        rig->monitor.setPollTimeout(10'000);
        rig->monitor.setWorkspace(m_workspace);
        if (directEndpoints) {
            m_clients->setEndpointsOn(&rig->monitor);
        }
        return rig;
    }

    int hubIndex(const QString &hostName) const
    {
        const auto &hubs = m_emulator->endpoints().hubs;
        for (int i = 0; i < hubs.size(); ++i) {
            if (hubs.at(i).hostName.compare(hostName, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    RegistryStatistics hubStatistics(int index)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(index));
        auto call = EmulatorClients::finish(client.deviceStatistics(), 30'000);
        if (!call->isSuccess())
            qWarning("statistics: %s", qPrintable(call->error().toString()));
        return call->value();
    }

    qint64 connectedCount(int index)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(index));
        std::unique_ptr<QueryPager> pager(client.queryDevices(
            QStringLiteral("SELECT COUNT() AS n FROM devices WHERE connectionState = 'Connected'"), 1));
        auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
        if (!page->isSuccess() || page->value().items.isEmpty())
            return -2;
        return qint64(page->value().items.first().toObject().value(QLatin1StringView("n")).toDouble());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QString::number(Devices), QStringLiteral("--time-scale"), QString::number(TimeScale),
            QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        QCOMPARE(m_workspace.stamps.size(), 4);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        // Fail fast: a stamp taken down must show as unreachable within seconds, not minutes.
        RetryPolicy retry;
        retry.maxAttempts = 2;
        retry.baseDelayMs = 100;
        retry.minDelayMs = 50;
        retry.maxDelayMs = 200;
        m_transport->setRetryPolicy(retry);
    }

    void cleanupTestCase()
    {
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void honoursAQuarterOfTheQueryQuota()
    {
        // S1, 1 unit: 20 queries a minute, a quarter of it is one poll every 12 s.
        QCOMPARE(StampPoller::quotaBoundMs(QuotaProfile::forHub(QStringLiteral("S1"), 1)), 12'000);
        QCOMPARE(StampPoller::quotaBoundMs(QuotaProfile::forHub(QStringLiteral("S1"), 4)), 3'000);
        QuotaProfile scaled = QuotaProfile::forHub(QStringLiteral("S1"), 1);
        scaled.setTimeScale(60);
        QCOMPARE(StampPoller::quotaBoundMs(scaled), 200);
        QCOMPARE(StampPoller::quotaBoundMs(QuotaProfile::unlimited()), 0);

        FleetStatusModel model;
        FleetMonitor monitor(m_transport.get(), &model);
        monitor.setWorkspace(m_workspace);
        monitor.setPollInterval(1);
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i)
            monitor.setEndpoint(m_clients->hubEndpoint(i));
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            QuotaProfile quotas = QuotaProfile::forHub(stamp.hub.tier, stamp.hub.units);
            quotas.setTimeScale(TimeScale);
            QCOMPARE(monitor.effectiveInterval(stamp.id), StampPoller::quotaBoundMs(quotas));
            QVERIFY(monitor.effectiveInterval(stamp.id) > 1);
        }
        monitor.setPollInterval(60'000);
        QCOMPARE(monitor.effectiveInterval(m_workspace.stamps.first().id), 60'000);
    }

    void populatesEveryStampWithTheHubsFigures()
    {
        // Keys come the way the console gets them: from the credential book, through FleetEndpoints.
        MemorySecretStore memory;
        CredentialBook book(nullptr, &memory);
        auto store = [&](const QString &connectionString, EndpointCredential::Kind kind) {
            const std::optional<ConnectionString> parsed = ConnectionString::parse(connectionString);
            QVERIFY(parsed);
            EndpointCredential credential;
            credential.kind = kind;
            credential.hostName = parsed->hostName();
            credential.policyName = parsed->sharedAccessKeyName();
            credential.storage = EndpointCredential::Storage::Memory;
            QFuture<SecretResult> saved = book.save(credential, parsed->sharedAccessKey());
            QTRY_VERIFY(saved.isFinished());
            QVERIFY(saved.result().ok());
        };
        for (const auto &hub : m_emulator->endpoints().hubs)
            store(hub.connectionString, EndpointCredential::Kind::Hub);
        for (const auto &dps : m_emulator->endpoints().dps)
            store(dps.connectionString, EndpointCredential::Kind::Dps);

        std::unique_ptr<Rig> rig = makeRig(false);
        FleetEndpoints endpoints(&book);
        endpoints.setExtraCaCertificates(m_emulator->sslConfiguration().caCertificates());
        endpoints.setTimeScale(TimeScale);
        connect(&endpoints, &FleetEndpoints::endpointReady, &rig->monitor, &FleetMonitor::setEndpoint);
        connect(&endpoints, &FleetEndpoints::endpointMissing, &rig->monitor, &FleetMonitor::markEndpointMissing);
        QSignalSpy missing(&endpoints, &FleetEndpoints::endpointMissing);
        QSignalSpy populated(&rig->model, &FleetStatusModel::populated);
        QSignalSpy progress(&rig->monitor, &FleetMonitor::censusProgressed);
        rig->monitor.start();
        endpoints.setWorkspace(m_workspace);

        QVERIFY(populated.wait(30'000) || populated.size() == 1);
        QCOMPARE(missing.size(), 0);
        qint64 sum = 0;
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            const StampStatus status = rig->model.status(stamp.id);
            const int index = hubIndex(stamp.hub.hostName);
            QVERIFY2(index >= 0, qPrintable(stamp.hub.hostName));
            QVERIFY2(status.reachable, qPrintable(status.lastError));
            const RegistryStatistics truth = hubStatistics(index);
            QCOMPARE(status.totalDevices, truth.totalDeviceCount);
            QCOMPARE(status.enabledDevices, truth.enabledDeviceCount);
            QCOMPARE(status.disabledDevices, truth.disabledDeviceCount);
            QCOMPARE(status.connectedDevices, connectedCount(index));
            QVERIFY(status.totalDevices > 0);
            QVERIFY(!status.series.isEmpty());
            QCOMPARE(status.series.last().totalDevices, status.totalDevices);
            QCOMPARE(status.plannedUsed, double(status.totalDevices) / double(stamp.plannedCapacity));
            QVERIFY(status.health != HealthLevel::Unknown && status.health != HealthLevel::Unreachable);
            sum += status.totalDevices;
        }
        QCOMPARE(sum, Devices);

        // The census: every group read, registrations per hub as the hubs hold them.
        QTRY_VERIFY_WITH_TIMEOUT(rig->monitor.censusResult().isValid(), 60'000);
        const CensusResult census = rig->monitor.censusResult();
        QVERIFY2(census.failedInstances.isEmpty(), qPrintable(census.failedInstances.join(u',')));
        QVERIFY(!census.groups.isEmpty());
        qint64 registrations = 0;
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            const StampStatus status = rig->model.status(stamp.id);
            QCOMPARE(status.registrations, census.registrationsForHub(stamp.hub.hostName));
            QCOMPARE(status.registrations, status.totalDevices);
            qint64 byGroup = 0;
            for (qint64 count : status.registrationsByGroup)
                byGroup += count;
            qint64 byTenant = 0;
            for (qint64 count : status.registrationsByTenant)
                byTenant += count;
            QCOMPARE(byGroup, status.registrations);
            QCOMPARE(byTenant, status.registrations);
            QVERIFY(status.dpsLimitUsed > 0 && status.dpsLimitUsed < 0.1);
            registrations += status.registrations;
        }
        QCOMPARE(registrations, Devices);
        for (const CensusGroup &group : census.groups) {
            QVERIFY(!group.tenant.isEmpty());
            QVERIFY(!group.dpsHostName.isEmpty());
            qint64 byStatus = 0;
            for (qint64 count : group.byStatus)
                byStatus += count;
            QCOMPARE(byStatus, group.registrations);
        }
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<CensusProgress>();
        QVERIFY(!last.running);
        QVERIFY(last.completedAt.isValid());
        QCOMPARE(last.groupsDone, last.groupsTotal);
        QCOMPARE(last.registrationsRead, Devices);
    }

    void refreshAllEndsACycle()
    {
        std::unique_ptr<Rig> rig = makeRig(true);
        rig->monitor.setPollInterval(60'000); // only refreshAll polls after the first round
        QSignalSpy populated(&rig->model, &FleetStatusModel::populated);
        rig->monitor.start();
        QVERIFY(populated.wait(30'000) || populated.size() == 1);
        QSignalSpy cycles(&rig->monitor, &FleetMonitor::refreshCycleFinished);
        QSignalSpy refreshed(&rig->monitor, &FleetMonitor::stampRefreshed);
        for (int round = 0; round < 10; ++round) {
            const QDateTime before = QDateTime::currentDateTimeUtc();
            rig->monitor.refreshAll();
            QVERIFY(cycles.wait(10'000));
            for (const Stamp &stamp : std::as_const(m_workspace.stamps))
                QVERIFY(rig->model.status(stamp.id).lastAttempt >= before);
        }
        QCOMPARE(cycles.size(), 10);
        QCOMPARE(refreshed.size(), 10 * m_workspace.stamps.size());
    }

    void oneStampDownOthersKeepRefreshing()
    {
        std::unique_ptr<Rig> rig = makeRig(true);
        QSignalSpy populated(&rig->model, &FleetStatusModel::populated);
        rig->monitor.start();
        QVERIFY(populated.wait(30'000) || populated.size() == 1);

        const Stamp &down = m_workspace.stamps.first();
        const int downIndex = hubIndex(down.hub.hostName);
        const StampStatus before = rig->model.status(down.id);
        QVERIFY(before.reachable);
        QString error;
        QVERIFY2(m_clients->setFaults(m_clients->hubName(downIndex), QJsonObject{{QStringLiteral("errorRate"), 1}}, &error),
                 qPrintable(error));

        QTRY_COMPARE_WITH_TIMEOUT(rig->model.status(down.id).health, HealthLevel::Unreachable, 20'000);
        const StampStatus unreachable = rig->model.status(down.id);
        QVERIFY(!unreachable.reachable);
        QVERIFY(!unreachable.lastError.isEmpty());
        QVERIFY2(unreachable.reasons.first().startsWith(QStringLiteral("Unreachable")), qPrintable(unreachable.reasons.first()));
        QVERIFY2(unreachable.reasons.first().contains(QStringLiteral("ago")), qPrintable(unreachable.reasons.first()));
        // The figures stay, with their age.
        QCOMPARE(unreachable.totalDevices, before.totalDevices);
        QCOMPARE(unreachable.connectedDevices, before.connectedDevices);
        QVERIFY(unreachable.lastSuccess.isValid());
        QVERIFY(unreachable.ageSeconds(QDateTime::currentDateTimeUtc()) >= 0);
        QVERIFY(unreachable.errorRate > 0.5);
        QCOMPARE(rig->model.data(rig->model.index(rig->model.rowOf(down.id)), FleetStatusModel::TotalDevicesRole).toLongLong(),
                 before.totalDevices);

        // Meanwhile the other stamps keep answering.
        const QDateTime mark = QDateTime::currentDateTimeUtc();
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            if (stamp.id == down.id)
                continue;
            QTRY_VERIFY_WITH_TIMEOUT(rig->model.status(stamp.id).lastSuccess > mark, 10'000);
            QVERIFY(rig->model.status(stamp.id).reachable);
            QVERIFY(rig->model.status(stamp.id).health != HealthLevel::Unreachable);
        }
        QCOMPARE(rig->model.status(down.id).lastSuccess, unreachable.lastSuccess);

        // Clearing the fault brings it back.
        QVERIFY2(m_clients->clearFaults(m_clients->hubName(downIndex), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(rig->model.status(down.id).reachable, 20'000);
        QVERIFY(rig->model.status(down.id).lastSuccess > unreachable.lastSuccess);
        QVERIFY(rig->model.status(down.id).health != HealthLevel::Unreachable);
        QCOMPARE(rig->model.status(down.id).totalDevices, before.totalDevices);
    }

    void missingKeyShowsOnTheStamp()
    {
        MemorySecretStore memory;
        CredentialBook book(nullptr, &memory);
        std::unique_ptr<Rig> rig = makeRig(false);
        FleetEndpoints endpoints(&book);
        connect(&endpoints, &FleetEndpoints::endpointMissing, &rig->monitor, &FleetMonitor::markEndpointMissing);
        QSignalSpy missing(&endpoints, &FleetEndpoints::endpointMissing);
        rig->monitor.start();
        QFuture<SecretResult> loaded = book.load(); // no keychain: the list is memory only
        QTRY_VERIFY(loaded.isFinished());
        endpoints.setWorkspace(m_workspace);
        QTRY_VERIFY(!missing.isEmpty());
        const Stamp &stamp = m_workspace.stamps.first();
        QTRY_COMPARE(rig->model.status(stamp.id).health, HealthLevel::Unreachable);
        const StampStatus status = rig->model.status(stamp.id);
        QVERIFY2(status.reasons.first().contains(QStringLiteral("No key stored for ") + stamp.hub.hostName),
                 qPrintable(status.reasons.first()));
        QVERIFY(status.reasons.first().contains(QStringLiteral("No figures yet")));
    }
};

QTEST_GUILESS_MAIN(TestFleetMonitor)
#include "tst_fleetmonitor.moc"
