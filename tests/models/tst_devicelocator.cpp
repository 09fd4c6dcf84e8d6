#include "DeviceLocator.h"
#include "DeviceLookup.h"
#include "DeviceLookupCache.h"

#include "AzureTransport.h"
#include "DpsDeviceClient.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"
#include "FakeNetwork.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// Device lookup against the real emulator's demo fleet (4 stamps, 20,000 devices): by device ID,
// by registration ID, where the two differ, after a move (stale cache), during assigning (the
// emulator's DPS holds the allocation through its admin API while a device registers), for an
// unknown ID and with one stamp down; and, on a scripted network, a registration whose answer
// names no hub at all and a host that never answers.
class TestDeviceLocator : public QObject
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
    int m_cacheCounter = 0;

    struct Rig
    {
        std::unique_ptr<DeviceLookupCache> cache;
        std::unique_ptr<DeviceLocator> locator;
    };

    Rig makeRig(const QString &cachePath = {})
    {
        Rig rig;
        rig.cache = std::make_unique<DeviceLookupCache>(
            cachePath.isEmpty() ? m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_cacheCounter)) : cachePath);
        rig.locator = std::make_unique<DeviceLocator>(m_transport.get(), rig.cache.get());
        rig.locator->setWorkspace(m_workspace);
        rig.locator->setStepTimeout(10'000);
        m_clients->setEndpointsOn(rig.locator.get());
        return rig;
    }

    static DeviceLookupAnswer run(DeviceLocator *locator, const QString &id)
    {
        std::unique_ptr<DeviceLookup> lookup(locator->lookup(id));
        QSignalSpy finished(lookup.get(), &DeviceLookup::finished);
        [&] { QVERIFY(finished.wait(60'000)); }();
        if (finished.count() != 1)
            qWarning("lookup of %s did not finish once", qPrintable(id));
        return lookup->answer();
    }

    QStringList devicesOfHub(int index, int count)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(index));
        std::unique_ptr<QueryPager> pager(client.queryDevices(QStringLiteral("SELECT * FROM devices"), count));
        auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
        QStringList ids;
        if (!page->isSuccess())
            return ids;
        for (const QJsonValue &item : page->value().items)
            ids.append(item.toObject().value(QLatin1StringView("deviceId")).toString());
        return ids;
    }

    QString hubHost(int index) const { return m_emulator->endpoints().hubs.at(index).hostName; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("20000"), QStringLiteral("--time-scale"), QString::number(TimeScale), QStringLiteral("--seed"),
            QStringLiteral("11")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        QCOMPARE(m_workspace.stamps.size(), 4);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        RetryPolicy retry; // fail fast: a stamp taken down must not hold a lookup for minutes
        retry.maxAttempts = 2;
        retry.baseDelayMs = 100;
        retry.minDelayMs = 50;
        retry.maxDelayMs = 200;
        m_transport->setRetryPolicy(retry);
    }

    void lookupByDeviceIdColdThenFromCache()
    {
        const QStringList ids = devicesOfHub(1, 5);
        QVERIFY(!ids.isEmpty());
        Rig rig = makeRig();
        const DeviceLookupAnswer cold = run(rig.locator.get(), ids.first());
        QVERIFY2(cold.found, qPrintable(cold.toText()));
        QCOMPARE(cold.resolution, DeviceLookupAnswer::Resolution::Cold);
        QCOMPARE(cold.hubHost.toLower(), hubHost(1).toLower());
        QCOMPARE(cold.stampId, m_workspace.stampForHub(hubHost(1))->id);
        QVERIFY(!cold.dpsHost.isEmpty());
        QCOMPARE(cold.deviceId, ids.first());
        QCOMPARE(cold.registrationId, ids.first());
        QVERIFY(!cold.idsDiffer());
        QCOMPARE(cold.registrationStatus, std::optional(RegistrationStatus::Assigned));
        QVERIFY(cold.registrationSubstatus.has_value());
        QCOMPARE(cold.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Group);
        QVERIFY(cold.identityFound);
        QCOMPARE(cold.identityStatus, std::optional(DeviceStatus::Enabled));
        QVERIFY(cold.connectionState.has_value());
        QVERIFY(cold.tags.contains(QLatin1StringView("tenant")));
        QVERIFY(!cold.askedDps.isEmpty());
        QCOMPARE(cold.askedHubs, QStringList{cold.hubHost}); // DPS named the hub: no other hub was asked
        QVERIFY(cold.problems.isEmpty());
        QCOMPARE(rig.cache->size(), 1);

        const DeviceLookupAnswer warm = run(rig.locator.get(), ids.first());
        QCOMPARE(warm.resolution, DeviceLookupAnswer::Resolution::CacheHit);
        QCOMPARE(warm.hubHost, cold.hubHost);
        QCOMPARE(warm.dpsHost, cold.dpsHost);
        QCOMPARE(warm.registrationStatus, cold.registrationStatus);
        QCOMPARE(warm.tags, cold.tags);
        QCOMPARE(warm.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Group);
        QVERIFY(warm.askedHubs.isEmpty()); // only the cached hub was asked

        const QString text = warm.toText();
        QVERIFY(text.contains(ids.first()));
        QVERIFY(text.contains(warm.hubHost));
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i)
            QVERIFY(!text.contains(m_clients->hubEndpoint(i).key));
    }

    void lookupWhereRegistrationAndDeviceIdDiffer()
    {
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(0));
        IndividualEnrollment enrollment;
        enrollment.registrationId = QStringLiteral("lookup-reg-7");
        enrollment.deviceId = QStringLiteral("lookup-dev-7");
        enrollment.attestation = AttestationMechanism::symmetric();
        auto created = EmulatorClients::finish(service.createOrUpdateEnrollment(enrollment), 30'000);
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        const QString key = created->value().attestation.symmetricKey->primaryKey.value_or(QString());
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        auto provisioned = EmulatorClients::finish(device.provision(m_clients->idScope(0), enrollment.registrationId, key), 60'000);
        QVERIFY2(provisioned->isSuccess(), qPrintable(provisioned->error().toString()));
        const QString assignedHub = provisioned->value().state.assignedHub.value_or(QString());

        Rig rig = makeRig();
        // By registration ID: DPS names the hub and the device ID.
        const DeviceLookupAnswer byRegistration = run(rig.locator.get(), QStringLiteral("lookup-reg-7"));
        QVERIFY2(byRegistration.found, qPrintable(byRegistration.toText()));
        QCOMPARE(byRegistration.registrationId, QStringLiteral("lookup-reg-7"));
        QCOMPARE(byRegistration.deviceId, QStringLiteral("lookup-dev-7"));
        QVERIFY(byRegistration.idsDiffer());
        QVERIFY(byRegistration.identityFound);
        QCOMPARE(byRegistration.hubHost.toLower(), assignedHub.toLower());
        QCOMPARE(byRegistration.dpsHost.toLower(), m_emulator->endpoints().dps.at(0).hostName.toLower());
        QCOMPARE(byRegistration.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Individual);
        QCOMPARE(byRegistration.enrollmentId, QStringLiteral("lookup-reg-7"));
        QVERIFY(byRegistration.toText().contains(QStringLiteral("differ")));
        qInfo().noquote() << "support ticket text:\n" << byRegistration.toText(); // what support staff copy

        // By device ID with the cache that learnt the mapping: the registration comes along.
        const DeviceLookupAnswer byDevice = run(rig.locator.get(), QStringLiteral("lookup-dev-7"));
        QCOMPARE(byDevice.resolution, DeviceLookupAnswer::Resolution::CacheHit);
        QCOMPARE(byDevice.registrationId, QStringLiteral("lookup-reg-7"));
        QCOMPARE(byDevice.registrationStatus, std::optional(RegistrationStatus::Assigned));

        // By device ID cold: only the hubs know that ID; the answer says the registration may differ.
        Rig fresh = makeRig();
        const DeviceLookupAnswer cold = run(fresh.locator.get(), QStringLiteral("lookup-dev-7"));
        QVERIFY2(cold.found && cold.identityFound, qPrintable(cold.toText()));
        QCOMPARE(cold.hubHost.toLower(), assignedHub.toLower());
        QVERIFY(cold.registrationId.isEmpty());
        QVERIFY(cold.toText().contains(QStringLiteral("may differ")));
    }

    void staleCacheIsCorrected()
    {
        const QStringList ids = devicesOfHub(2, 3);
        QVERIFY(!ids.isEmpty());
        Rig rig = makeRig();
        // As if the device had moved away from stamp 0 since it was cached.
        rig.cache->remember({ids.first(), ids.first(), hubHost(0), QString(), {}});
        // And one that knew the registration too: the cached DPS's answer must not survive as a problem.
        rig.cache->remember({ids.at(1), ids.at(1), hubHost(0), m_emulator->endpoints().dps.at(0).hostName, {}});
        const DeviceLookupAnswer answer = run(rig.locator.get(), ids.first());
        QVERIFY2(answer.found, qPrintable(answer.toText()));
        QCOMPARE(answer.resolution, DeviceLookupAnswer::Resolution::StaleCacheCorrected);
        QCOMPARE(answer.hubHost.toLower(), hubHost(2).toLower());
        QVERIFY(answer.toText().contains(QStringLiteral("stale")));
        const auto corrected = rig.cache->find(ids.first());
        QVERIFY(corrected);
        QCOMPARE(corrected->hubHost.toLower(), hubHost(2).toLower());
        QVERIFY(!corrected->dpsHost.isEmpty());

        const DeviceLookupAnswer second = run(rig.locator.get(), ids.at(1));
        QCOMPARE(second.resolution, DeviceLookupAnswer::Resolution::StaleCacheCorrected);
        QCOMPARE(second.hubHost.toLower(), hubHost(2).toLower());
        QVERIFY2(second.problems.isEmpty(), qPrintable(second.problems.join(u'\n')));
        QCOMPARE(second.registrationStatus, std::optional(RegistrationStatus::Assigned));
    }

    void lookupDuringAssigning()
    {
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(0));
        IndividualEnrollment enrollment;
        enrollment.registrationId = QStringLiteral("lookup-held-1");
        enrollment.attestation = AttestationMechanism::symmetric();
        auto created = EmulatorClients::finish(service.createOrUpdateEnrollment(enrollment), 30'000);
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        const QString key = created->value().attestation.symmetricKey->primaryKey.value_or(QString());
        const QString dps = m_clients->dpsName(0);
        QString error;
        QVERIFY2(m_clients->setAllocation(dps, QJsonObject{{QStringLiteral("mode"), QStringLiteral("hold")}}, &error),
                 qPrintable(error));
        auto release = qScopeGuard([&] { m_clients->clearAllocation(dps); });

        // The device registers and keeps polling while DPS holds its allocation.
        const auto deviceRequests = [&] {
            return m_clients->instanceHealth(QStringLiteral("dps-device")).value_or(QJsonObject())
                .value(QLatin1StringView("requests")).toInteger();
        };
        const qint64 requestsBefore = deviceRequests();
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        ProvisioningOptions options;
        options.skipStatusLookup = true;
        std::unique_ptr<AzureResult<ProvisioningOutcome>> provisioning(
            device.provision(m_clients->idScope(0), enrollment.registrationId, key, options));
        const auto serviceStatus = [&] {
            auto state = EmulatorClients::finish(service.getRegistrationState(enrollment.registrationId), 10'000);
            return state->isSuccess() ? state->value().status : std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(serviceStatus() == std::optional(RegistrationStatus::Assigning), 20'000);

        Rig rig = makeRig();
        const DeviceLookupAnswer held = run(rig.locator.get(), enrollment.registrationId);
        QVERIFY2(held.found, qPrintable(held.toText()));
        QVERIFY(held.isAssigning());
        QCOMPARE(held.registrationStatus, std::optional(RegistrationStatus::Assigning));
        QVERIFY(held.hubHost.isEmpty());
        QVERIFY(!held.identityFound);
        QCOMPARE(held.dpsHost.toLower(), m_emulator->endpoints().dps.at(0).hostName.toLower());
        QCOMPARE(held.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Individual);
        QVERIFY2(held.problems.isEmpty(), qPrintable(held.problems.join(u'\n')));
        QVERIFY(held.toText().contains(QStringLiteral("mid-enrollment")));
        QVERIFY(!held.toText().contains(QStringLiteral("Not found anywhere")));
        QCOMPARE(rig.cache->find(enrollment.registrationId).has_value(), false); // no hub: nothing to learn
        // The device's register and at least one poll answered "assigning"; it is still polling.
        QTRY_VERIFY_WITH_TIMEOUT(deviceRequests() >= requestsBefore + 2, 20'000);
        QVERIFY(!provisioning->isFinished());

        // Released: the device's next poll finds it assigned, and so does the next lookup.
        release.dismiss();
        QVERIFY2(m_clients->clearAllocation(dps, &error), qPrintable(error));
        QVERIFY(EmulatorClients::waitFor(provisioning.get(), 30'000));
        QVERIFY2(provisioning->isSuccess(), qPrintable(provisioning->error().toString()));
        QVERIFY(provisioning->value().polls >= 2);
        const QString assignedHub = provisioning->value().state.assignedHub.value_or(QString());
        QVERIFY(!assignedHub.isEmpty());
        const DeviceLookupAnswer assigned = run(rig.locator.get(), enrollment.registrationId);
        QVERIFY2(assigned.found && assigned.identityFound, qPrintable(assigned.toText()));
        QVERIFY(!assigned.isAssigning());
        QCOMPARE(assigned.registrationStatus, std::optional(RegistrationStatus::Assigned));
        QCOMPARE(assigned.hubHost.toLower(), assignedHub.toLower());
        QVERIFY(assigned.problems.isEmpty());
    }

    void unknownIdIsNotFoundAnywhere()
    {
        Rig rig = makeRig();
        const DeviceLookupAnswer answer = run(rig.locator.get(), QStringLiteral("no-such-device-123"));
        QVERIFY(!answer.found);
        QCOMPARE(answer.resolution, DeviceLookupAnswer::Resolution::NotFound);
        QCOMPARE(answer.askedHubs.size(), 4);
        QVERIFY(!answer.askedDps.isEmpty());
        QVERIFY(answer.problems.isEmpty());
        const QString text = answer.toText();
        QVERIFY(text.contains(QStringLiteral("Not found anywhere")));
        for (const QString &host : answer.askedHubs + answer.askedDps)
            QVERIFY2(text.contains(host), qPrintable(host));
        QCOMPARE(rig.cache->size(), 0);
    }

    void oneStampDownStillAnswers()
    {
        const QStringList elsewhere = devicesOfHub(0, 3);
        const int down = 3;
        const QStringList onDownStamp = devicesOfHub(down, 3);
        QVERIFY(!elsewhere.isEmpty() && !onDownStamp.isEmpty());
        const Stamp *downStamp = m_workspace.stampForHub(hubHost(down));
        QVERIFY(downStamp);
        QString error;
        QVERIFY2(m_clients->setFaults(m_clients->hubName(down), QJsonObject{{QStringLiteral("errorRate"), 1}}, &error),
                 qPrintable(error));
        Rig rig = makeRig();
        const DeviceLookupAnswer fine = run(rig.locator.get(), elsewhere.first());
        const DeviceLookupAnswer onDown = run(rig.locator.get(), onDownStamp.first());
        const DeviceLookupAnswer unknown = run(rig.locator.get(), QStringLiteral("no-such-device-456"));
        QVERIFY(m_clients->clearFaults(m_clients->hubName(down), &error));

        // A device on another stamp: answered as usual.
        QVERIFY2(fine.found && fine.identityFound, qPrintable(fine.toText()));
        QCOMPARE(fine.hubHost.toLower(), hubHost(0).toLower());
        QVERIFY(fine.problems.isEmpty());
        // A device on the stamp that is down: DPS still says where it lives; the stamp is named.
        QVERIFY2(onDown.found, qPrintable(onDown.toText()));
        QVERIFY(!onDown.identityFound);
        QCOMPARE(onDown.hubHost.toLower(), hubHost(down).toLower());
        QCOMPARE(onDown.stampId, downStamp->id);
        QCOMPARE(onDown.registrationStatus, std::optional(RegistrationStatus::Assigned));
        QVERIFY(!onDown.problems.isEmpty());
        QVERIFY2(onDown.problems.first().contains(hubHost(down)), qPrintable(onDown.problems.first()));
        QVERIFY(onDown.problems.first().contains(downStamp->name.isEmpty() ? downStamp->id : downStamp->name));
        QCOMPARE(rig.cache->find(onDownStamp.first()).has_value(), false); // nothing confirmed, nothing learnt
        // Not found on the stamps that answered, and the one that did not is named.
        QVERIFY(!unknown.found);
        QCOMPARE(unknown.problems.size(), 1);
        QVERIFY(unknown.problems.first().contains(hubHost(down)));
        QVERIFY(unknown.toText().contains(unknown.problems.first()));
    }

    // --- scripted network: answers the emulator does not give ---

    // An assigning registration whose enrollment cannot be read either (404 from every service
    // call but the registration): still mid-enrollment, not missing.
    void assigningIsShownAsMidEnrollment()
    {
        FakeNetwork network;
        network.setResponder([](const FakeNetwork::Sent &sent) {
            const QString path = sent.request.url().path();
            if (path.startsWith(QLatin1StringView("/registrations/")))
                return FakeAnswer::ok("{\"registrationId\":\"dev-new\",\"status\":\"assigning\"}");
            if (path.startsWith(QLatin1StringView("/enrollments/")))
                return FakeAnswer{404, {{"x-ms-error-code", "404201"}}, "{\"errorCode\":404201,\"message\":\"no enrollment\"}"};
            return FakeAnswer{404, {{"iothub-errorcode", "DeviceNotFound"}}, "{\"Message\":\"ErrorCode:DeviceNotFound;gone\"}"};
        });
        AzureTransport transport(&network, &m_clock);
        Workspace workspace = scriptedWorkspace();
        DeviceLocator locator(&transport, nullptr);
        locator.setWorkspace(workspace);
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("hub-a.example.net")));
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("dps-a.example.net")));
        const DeviceLookupAnswer answer = run(&locator, QStringLiteral("dev-new"));
        QVERIFY2(answer.found, qPrintable(answer.toText()));
        QVERIFY(answer.isAssigning());
        QVERIFY(!answer.identityFound);
        QVERIFY(answer.hubHost.isEmpty());
        QCOMPARE(answer.stampId, QStringLiteral("stamp-a"));
        QCOMPARE(answer.enrollmentKind, DeviceLookupAnswer::EnrollmentKind::Group);
        QVERIFY(answer.toText().contains(QStringLiteral("mid-enrollment")));
    }

    void hostThatNeverAnswersIsNamed()
    {
        FakeNetwork network;
        network.setResponder([](const FakeNetwork::Sent &sent) {
            if (sent.request.url().host() == u"dps-a.example.net") {
                FakeAnswer hang;
                hang.hang = true;
                return hang;
            }
            return FakeAnswer{404, {{"iothub-errorcode", "DeviceNotFound"}}, "{\"Message\":\"ErrorCode:DeviceNotFound;gone\"}"};
        });
        AzureTransport transport(&network, &m_clock);
        DeviceLocator locator(&transport, nullptr);
        locator.setWorkspace(scriptedWorkspace());
        locator.setStepTimeout(300);
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("hub-a.example.net")));
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("dps-a.example.net")));
        const DeviceLookupAnswer answer = run(&locator, QStringLiteral("dev-x"));
        QVERIFY(!answer.found);
        QCOMPARE(answer.problems.size(), 1);
        QVERIFY2(answer.problems.first().contains(QStringLiteral("dps-a.example.net")), qPrintable(answer.problems.first()));
        QVERIFY(answer.problems.first().contains(QStringLiteral("within")));
        QCOMPARE(network.abortedCount(), 1);
    }

    void deletingALookupCancelsIt()
    {
        FakeNetwork network;
        network.setResponder([](const FakeNetwork::Sent &) {
            FakeAnswer hang;
            hang.hang = true;
            return hang;
        });
        AzureTransport transport(&network, &m_clock);
        DeviceLocator locator(&transport, nullptr);
        locator.setWorkspace(scriptedWorkspace());
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("hub-a.example.net")));
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("dps-a.example.net")));
        auto *lookup = locator.lookup(QStringLiteral("dev-y"));
        QTRY_COMPARE(network.sent().size(), 1); // DPS first
        delete lookup;
        QCOMPARE(network.abortedCount(), 1);
    }

    void opensAConnectionToEveryHost()
    {
        FakeNetwork network;
        AzureTransport transport(&network, &m_clock);
        DeviceLocator locator(&transport, nullptr);
        locator.setWorkspace(scriptedWorkspace());
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("hub-a.example.net")));
        locator.setEndpoint(scriptedEndpoint(QStringLiteral("dps-a.example.net")));
        locator.openConnections();
        QTRY_COMPARE(network.sent().size(), 2);
        QStringList hosts;
        for (const FakeNetwork::Sent &sent : network.sent()) {
            QCOMPARE(sent.request.url().scheme(), QStringLiteral("preconnect-https")); // a connection, no request
            hosts.append(sent.request.url().host());
        }
        hosts.sort();
        QCOMPARE(hosts, (QStringList{QStringLiteral("dps-a.example.net"), QStringLiteral("hub-a.example.net")}));
    }

private:
    static Workspace scriptedWorkspace()
    {
        Workspace workspace;
        Stamp stamp;
        stamp.id = QStringLiteral("stamp-a");
        stamp.name = QStringLiteral("Stamp A");
        stamp.hub.hostName = QStringLiteral("hub-a.example.net");
        stamp.dps.append({QStringLiteral("dps-a.example.net"), QStringLiteral("0ne00000001"), {}, {}});
        workspace.stamps.append(stamp);
        return workspace;
    }

    static AzureEndpoint scriptedEndpoint(const QString &host)
    {
        AzureEndpoint endpoint;
        endpoint.hostName = host;
        endpoint.policyName = QStringLiteral("service");
        endpoint.key = QStringLiteral("c2NyaXB0ZWQta2V5LW5vdC1hLXNlY3JldA==");
        endpoint.quotas = QuotaProfile::unlimited();
        return endpoint;
    }
};

QTEST_GUILESS_MAIN(TestDeviceLocator)
#include "tst_devicelocator.moc"
