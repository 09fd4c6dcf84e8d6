#include "DpsCensusReader.h"
#include "FleetCensus.h"

#include "AzureTransport.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The DPS census: how it maps onto stamps (pure), how it spaces its pages, and a full pass over the
// emulator's demo fleet in small pages, stopped and run again.
class TestFleetCensus : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;
    static constexpr qint64 Devices = 3'000;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;

    static Stamp stamp(const QString &hub, const QStringList &dps)
    {
        Stamp result;
        result.id = hub;
        result.hub.hostName = hub;
        for (const QString &host : dps)
            result.dps.append({host, QStringLiteral("0ne0001"), {}, {}});
        return result;
    }

private Q_SLOTS:
    void applyToAStamp()
    {
        CensusResult result;
        CensusGroup a;
        a.dpsHostName = QStringLiteral("dps-1");
        a.groupId = QStringLiteral("contoso-devices");
        a.tenant = QStringLiteral("contoso");
        a.byHub = {{QStringLiteral("hub-1:443"), 300}, {QStringLiteral("hub-2"), 100}};
        CensusGroup b = a;
        b.groupId = QStringLiteral("fabrikam-devices");
        b.tenant = QStringLiteral("fabrikam");
        b.byHub = {{QStringLiteral("hub-1:443"), 50}};
        result.groups = {a, b};
        result.registrationsByDps = {{QStringLiteral("dps-1"), 450'000}, {QStringLiteral("dps-2"), 900'000}};

        StampStatus status;
        FleetCensus::applyTo(result, stamp(QStringLiteral("HUB-1:443"), {QStringLiteral("DPS-1")}), status);
        QCOMPARE(status.registrations, -1); // no pass yet: nothing known
        result.completedAt = QDateTime::currentDateTimeUtc();
        FleetCensus::applyTo(result, stamp(QStringLiteral("HUB-1:443"), {QStringLiteral("DPS-1")}), status);
        QCOMPARE(status.registrations, 350);
        QCOMPARE(status.registrationsByGroup.value(QStringLiteral("contoso-devices")), 300);
        QCOMPARE(status.registrationsByTenant.value(QStringLiteral("fabrikam")), 50);
        QCOMPARE(status.dpsLimitUsed, 0.45);
        QCOMPARE(status.registrationsAsOf, result.completedAt);
        QCOMPARE(result.registrationsForHub(QStringLiteral("hub-2")), 100);

        FleetCensus::applyTo(result, stamp(QStringLiteral("hub-2"), {QStringLiteral("dps-1"), QStringLiteral("dps-2")}), status);
        QCOMPARE(status.registrations, 100);
        QVERIFY(!status.registrationsByTenant.contains(QStringLiteral("fabrikam")));
        QCOMPARE(status.dpsLimitUsed, 0.9); // the fullest linked instance
    }

    void pagesUseHalfTheServiceQuota()
    {
        QNetworkAccessManager network;
        SystemClock clock;
        AzureTransport transport(&network, &clock);
        AzureEndpoint endpoint;
        endpoint.hostName = QStringLiteral("localhost:1");
        endpoint.quotas = QuotaProfile::forDps(); // 1,000 operations a minute
        DpsCensusReader reader(&transport, endpoint);
        QCOMPARE(reader.pageGapMs(), 120);
        reader.setQuotaShare(0.25);
        QCOMPARE(reader.pageGapMs(), 240);
        endpoint.quotas.setTimeScale(60);
        DpsCensusReader scaled(&transport, endpoint);
        QCOMPARE(scaled.pageGapMs(), 2);
    }

    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--devices"), QString::number(Devices),
            QStringLiteral("--time-scale"), QString::number(TimeScale), QStringLiteral("--seed"), QStringLiteral("11")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
    }

    void cleanupTestCase()
    {
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void countsEveryRegistrationInSmallPages()
    {
        FleetCensus census(m_transport.get());
        census.setWorkspace(m_workspace);
        census.setPageSize(100);
        QSignalSpy completed(&census, &FleetCensus::completed);
        QSignalSpy progressed(&census, &FleetCensus::progressed);
        QVERIFY(!census.runNow()); // no endpoint yet
        census.start();
        for (int i = 0; i < m_emulator->endpoints().dps.size(); ++i)
            census.setEndpoint(m_clients->dpsEndpoint(i));
        QVERIFY(census.isRunning());
        QVERIFY(completed.wait(60'000));
        const CensusResult result = census.result();
        QVERIFY(result.isValid());
        QVERIFY2(result.failedInstances.isEmpty(), qPrintable(result.failedInstances.join(u',')));
        qint64 total = 0;
        for (const Stamp &stamp : std::as_const(m_workspace.stamps))
            total += result.registrationsForHub(stamp.hub.hostName);
        QCOMPARE(total, Devices);
        qint64 byDps = 0;
        for (qint64 count : result.registrationsByDps)
            byDps += count;
        QCOMPARE(byDps, Devices);
        for (const CensusGroup &group : result.groups) {
            QVERIFY(!group.groupId.isEmpty());
            QVERIFY(!group.tenant.isEmpty());
            // Every registration of the group landed on one of the hubs it lists (when it lists any).
            if (!group.iotHubs.isEmpty()) {
                for (auto it = group.byHub.cbegin(); it != group.byHub.cend(); ++it) {
                    bool listed = false;
                    for (const QString &hub : group.iotHubs)
                        listed = listed || hub.compare(it.key(), Qt::CaseInsensitive) == 0;
                    QVERIFY2(listed, qPrintable(group.groupId + QStringLiteral(": ") + it.key()));
                }
            }
        }
        // Progress went up in steps (pages of 100) and ended complete.
        QVERIFY(progressed.size() > Devices / 100);
        const auto last = progressed.last().first().value<CensusProgress>();
        QVERIFY(!last.running);
        QCOMPARE(last.registrationsRead, Devices);
        QCOMPARE(last.completedAt, result.completedAt);
    }

    void stopCancelsAndRunNowStartsOver()
    {
        FleetCensus census(m_transport.get());
        census.setWorkspace(m_workspace);
        census.setPageSize(10);
        for (int i = 0; i < m_emulator->endpoints().dps.size(); ++i)
            census.setEndpoint(m_clients->dpsEndpoint(i));
        QSignalSpy completed(&census, &FleetCensus::completed);
        QSignalSpy progressed(&census, &FleetCensus::progressed);
        QVERIFY(census.runNow());
        QTRY_VERIFY(census.progress().registrationsRead > 0);
        census.stop();
        QVERIFY(!census.isRunning());
        QVERIFY(!census.progress().running);
        // Nothing may arrive after stop(): a stray page answer would show here.
        progressed.clear();
        QVERIFY(!progressed.wait(300));
        QCOMPARE(completed.size(), 0);

        census.setPageSize(1000);
        QVERIFY(census.runNow());
        QVERIFY(completed.wait(60'000));
        QCOMPARE(census.progress().registrationsRead, Devices);
    }
};

QTEST_GUILESS_MAIN(TestFleetCensus)
#include "tst_fleetcensus.moc"
