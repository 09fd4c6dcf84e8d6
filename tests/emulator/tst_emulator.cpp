// Emulator, end to end: the real stampdeck-emulator binary (tests/common/EmulatorProcess) with a
// small demo fleet. The endpoints file has every field and working connection strings, the
// workspace parses with the console's own reader and holds no key, the admin endpoint takes a
// stamp down, SIGTERM exits 0 with the state saved, and a restart keeps a device created over
// HTTPS. Everything is real HTTPS trusting only the emulator's CA.
#include "EmulatorProcess.h"

#include "ConnectionString.h"
#include "Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace StampDeck;
using StampDeck::Testing::EmulatorProcess;

namespace {

struct Reply
{
    int status = -1;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

const QString HubApi = QStringLiteral("api-version=2021-04-12");
const QString DpsApi = QStringLiteral("api-version=2021-10-01");

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointsFileAndConnectionStrings();
    void workspaceParsesAndHoldsNoSecret();
    void adminTakesAStampDown();
    void stateSurvivesARestart();
    void quotaOverrideThrottles();
    void badOptionsExitWithTwo_data();
    void badOptionsExitWithTwo();

private:
    Reply call(const EmulatorProcess &emulator, const QByteArray &method, const QString &hostName,
               const QString &path, const QByteArray &authorization, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QByteArray sas(const QString &connectionString);

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorProcess> m_demo; // shared by the read-only checks
};

QByteArray TestEmulator::sas(const QString &connectionString)
{
    const auto parsed = Azure::ConnectionString::parse(connectionString);
    return parsed ? parsed->createToken(QDateTime::currentSecsSinceEpoch() + 3600).toUtf8() : QByteArray();
}

Reply TestEmulator::call(const EmulatorProcess &emulator, const QByteArray &method, const QString &hostName,
                         const QString &path, const QByteArray &authorization, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://") + hostName + path));
    request.setSslConfiguration(emulator.sslConfiguration());
    request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20'000))
        return {};
    if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)
        qWarning() << "transport error" << reply->errorString(); // TLS or connection trouble, not HTTP
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

void TestEmulator::initTestCase()
{
    m_demo = std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--demo"), QStringLiteral("--devices"),
                                                           QStringLiteral("2000"), QStringLiteral("--no-quotas")});
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
}

void TestEmulator::endpointsFileAndConnectionStrings()
{
    const auto &endpoints = m_demo->endpoints();
    QCOMPARE(endpoints.hubs.size(), 4);
    QCOMPARE(endpoints.dps.size(), 2);
    QVERIFY(QFileInfo(endpoints.caCertificate).isFile());
    QVERIFY(endpoints.deviceEndpoint.startsWith(QStringLiteral("localhost:")));
    QVERIFY(QFileInfo(endpoints.workspace).isFile());
    QVERIFY(endpoints.adminUrl.startsWith(QStringLiteral("https://localhost:")));
    QVERIFY(endpoints.adminToken.size() >= 32);
    QCOMPARE(endpoints.json.value(QStringLiteral("pid")).toInteger(), m_demo->processId());
    QVERIFY(!endpoints.json.value(QStringLiteral("version")).toString().isEmpty());
    QCOMPARE(QFile(m_demo->endpointsFilePath()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());

    // Every hub connection string works (iothubowner), and the hubs hold the demo population.
    qint64 total = 0;
    for (const auto &hub : endpoints.hubs) {
        const auto parsed = Azure::ConnectionString::parse(hub.connectionString);
        QVERIFY(parsed);
        QCOMPARE(parsed->hostName(), hub.hostName);
        QCOMPARE(parsed->sharedAccessKeyName(), QStringLiteral("iothubowner"));
        const Reply reply = call(*m_demo, "GET", hub.hostName, QStringLiteral("/statistics/devices?") + HubApi,
                                 sas(hub.connectionString));
        QVERIFY2(reply.status == 200, reply.body.constData());
        total += reply.json().object().value(QStringLiteral("totalDeviceCount")).toInteger();
        // A token signed with a made-up key is refused.
        const QString forged = Azure::ConnectionString(hub.hostName, QStringLiteral("iothubowner"),
                                                       QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                                   .toString();
        QCOMPARE(call(*m_demo, "GET", hub.hostName, QStringLiteral("/statistics/devices?") + HubApi, sas(forged)).status,
                 401);
    }
    QCOMPARE(total, 2000);

    // Every DPS connection string works (provisioningserviceowner) and shows the tenant groups.
    int groups = 0;
    for (const auto &dps : endpoints.dps) {
        QVERIFY(dps.idScope.startsWith(QStringLiteral("0ne")));
        QVERIFY(dps.connectionString.contains(QStringLiteral("SharedAccessKeyName=provisioningserviceowner")));
        const Reply reply = call(*m_demo, "POST", dps.hostName, QStringLiteral("/enrollmentGroups/query?") + DpsApi,
                                 sas(dps.connectionString), R"({"query":"*"})");
        QVERIFY2(reply.status == 200, reply.body.constData());
        groups += int(reply.json().array().size());
    }
    QVERIFY2(groups >= 10, qPrintable(QString::number(groups))); // 5 tenants, a production and a test group each
}

void TestEmulator::workspaceParsesAndHoldsNoSecret()
{
    const auto &endpoints = m_demo->endpoints();
    WorkspaceError error;
    const std::optional<Workspace> workspace = Workspace::load(endpoints.workspace, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QCOMPARE(workspace->stamps.size(), endpoints.hubs.size());
    QCOMPARE(workspace->provisioningDeviceEndpoint, endpoints.deviceEndpoint);
    for (const auto &hub : endpoints.hubs)
        QVERIFY2(workspace->stampForHub(hub.hostName), qPrintable(hub.hostName));
    for (const Stamp &stamp : workspace->stamps) {
        QCOMPARE(stamp.dps.size(), 2);
        QCOMPARE(QFileInfo(stamp.caCertificate).canonicalFilePath(), QFileInfo(endpoints.caCertificate).canonicalFilePath());
    }

    QFile file(endpoints.workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QStringList secrets{endpoints.adminToken};
    for (const auto &hub : endpoints.hubs)
        secrets.append(Azure::ConnectionString::parse(hub.connectionString)->sharedAccessKey());
    for (const auto &dps : endpoints.dps)
        secrets.append(Azure::ConnectionString::parse(dps.connectionString)->sharedAccessKey());
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!text.contains(secret.toUtf8()), "a key is in the workspace");
        QVERIFY(!text.contains(QUrl::toPercentEncoding(secret)));
    }
    for (const char *word : {"SharedAccessKey", "SharedAccessSignature", "connectionString", "token"})
        QVERIFY2(!text.contains(word), word);
}

void TestEmulator::adminTakesAStampDown()
{
    const auto &endpoints = m_demo->endpoints();
    const auto *hub = endpoints.hub(QStringLiteral("hub-weu-prod-1"));
    QVERIFY(hub);
    const QString admin = QUrl(endpoints.adminUrl).authority();
    const QByteArray bearer = QByteArrayLiteral("Bearer ") + endpoints.adminToken.toUtf8();
    const QString stats = QStringLiteral("/statistics/devices?") + HubApi;

    QCOMPARE(call(*m_demo, "GET", hub->hostName, stats, sas(hub->connectionString)).status, 200);
    QCOMPARE(call(*m_demo, "PUT", admin, QStringLiteral("/faults/hub-weu-prod-1"), "Bearer wrong", R"({"errorRate":1})").status,
             401);
    Reply reply = call(*m_demo, "PUT", admin, QStringLiteral("/faults/hub-weu-prod-1"), bearer, R"({"errorRate":1})");
    QVERIFY2(reply.status == 200, reply.body.constData());
    reply = call(*m_demo, "GET", hub->hostName, stats, sas(hub->connectionString));
    QCOMPARE(reply.status, 503);
    QVERIFY(reply.body.contains("ServiceUnavailable"));
    // Only that stamp is down.
    const auto *other = endpoints.hub(QStringLiteral("hub-weu-prod-2"));
    QCOMPARE(call(*m_demo, "GET", other->hostName, stats, sas(other->connectionString)).status, 200);
    reply = call(*m_demo, "GET", admin, QStringLiteral("/health"), bearer);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(QStringLiteral("instances")).toArray().size(), 7); // 4 hubs, 2 DPS, device API

    QCOMPARE(call(*m_demo, "DELETE", admin, QStringLiteral("/faults/hub-weu-prod-1"), bearer).status, 200);
    QCOMPARE(call(*m_demo, "GET", hub->hostName, stats, sas(hub->connectionString)).status, 200);
}

void TestEmulator::stateSurvivesARestart()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString stateFile = folder.filePath(QStringLiteral("emulator-state.bin"));
    const QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--devices"), QStringLiteral("500"),
                                QStringLiteral("--state"), stateFile};
    const QByteArray device = R"({"deviceId":"fleet-e2e-1","status":"enabled","authentication":{"type":"sas"}})";
    const QString path = QStringLiteral("/devices/fleet-e2e-1?") + HubApi;

    EmulatorProcess first(arguments);
    first.setWorkingDirectory(folder.path());
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const auto hub = *first.endpoints().hub(QStringLiteral("hub-eus-prod-1"));
    Reply reply = call(first, "PUT", hub.hostName, path, sas(hub.connectionString), device);
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QString primaryKey = reply.json().object().value(QStringLiteral("authentication")).toObject()
                                   .value(QStringLiteral("symmetricKey")).toObject().value(QStringLiteral("primaryKey")).toString();
    QVERIFY(!primaryKey.isEmpty());
    const QList<Testing::EmulatorEndpoints::Hub> hubsBefore = first.endpoints().hubs;
    QCOMPARE(first.stop(), 0); // SIGTERM: saved, exit 0
    QVERIFY2(first.standardError().contains(QStringLiteral("state saved")), qPrintable(first.standardError()));
    QVERIFY(QFileInfo(stateFile).size() > 0);
    QCOMPARE(QFile(stateFile).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    EmulatorProcess second(arguments);
    second.setWorkingDirectory(folder.path());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    // Same ports and keys: connection strings kept in a keychain stay valid.
    QCOMPARE(second.endpoints().hubs.size(), hubsBefore.size());
    for (qsizetype i = 0; i < hubsBefore.size(); ++i)
        QCOMPARE(second.endpoints().hubs[i].connectionString, hubsBefore[i].connectionString);
    reply = call(second, "GET", hub.hostName, path, sas(hub.connectionString));
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json().object().value(QStringLiteral("authentication")).toObject()
                 .value(QStringLiteral("symmetricKey")).toObject().value(QStringLiteral("primaryKey")).toString(),
             primaryKey);
    qint64 total = 0;
    for (const auto &each : second.endpoints().hubs) {
        reply = call(second, "GET", each.hostName, QStringLiteral("/statistics/devices?") + HubApi, sas(each.connectionString));
        total += reply.json().object().value(QStringLiteral("totalDeviceCount")).toInteger();
    }
    QCOMPARE(total, 501); // the demo was loaded, not seeded again
    QCOMPARE(second.stop(), 0);
}

void TestEmulator::quotaOverrideThrottles()
{
    // --quota replaces a documented default: two registry operations a minute on every hub.
    EmulatorProcess emulator({QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--quota"),
                              QStringLiteral("hub-registry=2")});
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    const auto hub = emulator.endpoints().hubs.value(0);
    for (int i = 1; i <= 3; ++i) {
        const Reply reply = call(emulator, "PUT", hub.hostName, QStringLiteral("/devices/quota-%1?").arg(i) + HubApi,
                                 sas(hub.connectionString), QStringLiteral(R"({"deviceId":"quota-%1"})").arg(i).toUtf8());
        QVERIFY2(reply.status == (i <= 2 ? 200 : 429), reply.body.constData());
    }
    QCOMPARE(emulator.stop(), 0);
}

void TestEmulator::badOptionsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown fault target") << QStringList{QStringLiteral("--fault-target"), QStringLiteral("hub-nowhere")}
                                          << QStringLiteral("invalid value 'hub-nowhere' for --fault-target");
    QTest::addRow("bad device count") << QStringList{QStringLiteral("--demo"), QStringLiteral("--devices"), QStringLiteral("many")}
                                      << QStringLiteral("invalid value 'many' for --devices");
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
}

void TestEmulator::badOptionsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir folder;
    const QString endpoints = folder.filePath(QStringLiteral("endpoints.json"));
    QProcess process;
    process.start(EmulatorProcess::emulatorBinary(),
                  arguments + QStringList{QStringLiteral("--state-dir"), folder.filePath(QStringLiteral("state")),
                                          QStringLiteral("--endpoints"), endpoints});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    QVERIFY(!QFileInfo::exists(endpoints)); // nothing was started
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
