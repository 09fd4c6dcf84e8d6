// Emulator (in process): a change made over HTTPS reaches the state file a moment later without
// a signal, a new Emulator on that file serves the same fleet with the same keys, a registration
// held "assigning" comes back assigning and the device's next poll settles it (and is saved), and
// a damaged state file stops the start with a clear message and nothing listening.
#include "dps/DpsStore.h"
#include "fleet/Emulator.h"
#include "hub/HubRegistry.h"

#include "ConnectionString.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>


using namespace StampDeck::Emulator;

class TestEmulatorState : public QObject
{
    Q_OBJECT

private slots:
    void savesShortlyAfterAChangeAndReloads();
    void heldRegistrationComesBackAssigning();
    void damagedStateFileStopsTheStart();
    void unknownFaultTargetIsAUsageError();

private:
    static EmulatorOptions options(const QTemporaryDir &folder)
    {
        EmulatorOptions result;
        result.hubs = 1;
        result.stateDir = folder.filePath(QStringLiteral("ca"));
        result.stateFile = folder.filePath(QStringLiteral("state.bin"));
        return result;
    }
};

void TestEmulatorState::savesShortlyAfterAChangeAndReloads()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const EmulatorOptions opts = options(folder);
    QString connectionString;
    {
        Emulator emulator(opts);
        emulator.setSaveDelayMs(100);
        const Emulator::StartResult started = emulator.start();
        QVERIFY2(started.ok, qPrintable(started.message));
        QVERIFY(!emulator.stateLoaded());
        QVERIFY(!QFileInfo::exists(opts.stateFile)); // a plain fleet has nothing to save yet
        connectionString = emulator.endpoints().hubs.value(0).connectionString;
        const auto parsed = StampDeck::Azure::ConnectionString::parse(connectionString);
        QVERIFY(parsed);

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://%1/devices/kept-1?api-version=2021-04-12").arg(parsed->hostName())));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(emulator.endpoints().caCertificate));
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", parsed->createToken(QDateTime::currentSecsSinceEpoch() + 600).toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.put(request, QByteArray(R"({"deviceId":"kept-1"})")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        // Saved by the debounce timer and the background write, no stop() needed.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(opts.stateFile).size() > 0, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.lastSave().writeMs >= 0, 10'000);
        QVERIFY(emulator.lastSave().bytes > 0);

        QSignalSpy stopped(&emulator, &Emulator::stopped);
        emulator.stop();
        QVERIFY(stopped.wait(5000));
        QCOMPARE(stopped.takeFirst().at(0).toInt(), 0);
        QVERIFY(!emulator.isRunning());
    }

    Emulator again(opts);
    const Emulator::StartResult started = again.start();
    QVERIFY2(started.ok, qPrintable(started.message));
    QVERIFY(again.stateLoaded());
    QVERIFY(again.hubRegistry(QStringLiteral("hub-1"))->contains(QStringLiteral("kept-1")));
    QCOMPARE(again.endpoints().hubs.value(0).connectionString, connectionString);
}

void TestEmulatorState::heldRegistrationComesBackAssigning()
{
    using namespace StampDeck::Azure;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const EmulatorOptions opts = options(folder);
    const QString id = QStringLiteral("held-across-runs");
    QString dpsName;
    {
        Emulator emulator(opts);
        const Emulator::StartResult started = emulator.start();
        QVERIFY2(started.ok, qPrintable(started.message));
        QVERIFY(!emulator.endpoints().dps.isEmpty());
        dpsName = emulator.endpoints().dps.first().name;
        DpsStore *store = emulator.dpsStore(dpsName);
        QVERIFY(store);
        EnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("held-group");
        group.attestation = AttestationMechanism::symmetric();
        QVERIFY(store->putEnrollmentGroup(group, {}).ok());
        store->setAllocationMode({AllocationMode::Kind::Hold, 0, {}});
        const auto registered = store->registerDevice(id, *store->groupRef(QStringLiteral("held-group")));
        QVERIFY(registered.ok());
        QCOMPARE(registered.value->status, std::optional(RegistrationStatus::Assigning));
        QString error;
        QVERIFY2(emulator.saveState(&error), qPrintable(error));
        emulator.stop();
    }

    Emulator again(opts);
    again.setSaveDelayMs(100);
    const Emulator::StartResult started = again.start();
    QVERIFY2(started.ok, qPrintable(started.message));
    QVERIFY(again.stateLoaded());
    DpsStore *store = again.dpsStore(dpsName);
    QVERIFY(store);
    // The mode is runtime control (normal again); the registration is still assigning, on no hub.
    QCOMPARE(store->allocationMode(), AllocationMode());
    QCOMPARE(store->heldCount(), 1);
    QCOMPARE(store->registrationState(id).value->status, std::optional(RegistrationStatus::Assigning));
    QCOMPARE(again.hubRegistry(QStringLiteral("hub-1"))->contains(id), false);
    // The device asks again: allocated now, and the change reaches the state file.
    QCOMPARE(again.lastSave().writeMs, qint64(-1));
    const auto result = store->deviceRegistrationResult(id);
    QCOMPARE(result.value->status, std::optional(RegistrationStatus::Assigned));
    QCOMPARE(store->heldCount(), 0);
    QVERIFY(!result.value->assignedHub.value_or(QString()).isEmpty());
    bool onAHub = false;
    for (const auto &hub : again.endpoints().hubs)
        onAHub = onAHub || again.hubRegistry(hub.name)->contains(id);
    QVERIFY(onAHub);
    QTRY_VERIFY_WITH_TIMEOUT(again.lastSave().writeMs >= 0, 10'000);
}

void TestEmulatorState::damagedStateFileStopsTheStart()
{
    QTemporaryDir folder;
    const EmulatorOptions opts = options(folder);
    QFile file(opts.stateFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a state file");
    file.close();

    Emulator emulator(opts);
    const Emulator::StartResult started = emulator.start();
    QVERIFY(!started.ok);
    QCOMPARE(started.exitCode, 1);
    QVERIFY2(started.message.contains(opts.stateFile), qPrintable(started.message));
    QVERIFY2(started.message.contains(QStringLiteral("not a StampDeck emulator state file")), qPrintable(started.message));
    QVERIFY(!emulator.isRunning());
    QVERIFY(emulator.hubRegistry(QStringLiteral("hub-1")) == nullptr); // nothing was left listening
    QFile kept(opts.stateFile);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("not a state file")); // and the file is untouched
}

void TestEmulatorState::unknownFaultTargetIsAUsageError()
{
    QTemporaryDir folder;
    EmulatorOptions opts = options(folder);
    opts.faultTargets = {QStringLiteral("hub-1"), QStringLiteral("hub-7")};
    Emulator emulator(opts);
    const Emulator::StartResult started = emulator.start();
    QVERIFY(!started.ok);
    QCOMPARE(started.exitCode, 2);
    QVERIFY2(started.message.contains(QStringLiteral("'hub-7' for --fault-target")), qPrintable(started.message));
    QVERIFY(started.message.contains(QStringLiteral("dps-device")));
}

QTEST_GUILESS_MAIN(TestEmulatorState)
#include "tst_emulatorstate.moc"
