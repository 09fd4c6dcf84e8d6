// WorkspaceFile and EndpointsFile: the two files an emulator run leaves for its clients. The
// workspace describes every stamp and holds no secret; the endpoints file has the contract's
// fields and is readable by its owner only.
#include "fleet/EndpointsFile.h"
#include "fleet/WorkspaceFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck::Emulator;

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void describesEveryStamp();
    void writesReadableJson();
    void endpointsFileContract();
};

namespace {

FleetLayout listeningDemo()
{
    FleetLayout layout = FleetLayout::demo(6, 10'000);
    int port = 40100;
    for (HubSpec &hub : layout.hubs)
        hub.hostName = QStringLiteral("localhost:%1").arg(port++);
    for (DpsSpec &instance : layout.dps)
        instance.hostName = QStringLiteral("localhost:%1").arg(port++);
    return layout;
}

} // namespace

void TestWorkspaceFile::describesEveryStamp()
{
    const FleetLayout layout = listeningDemo();
    const QJsonObject workspace = WorkspaceFile::toJson(layout, QStringLiteral("Demo"), QStringLiteral("/ca.pem"),
                                                        QStringLiteral("localhost:40999"));
    QCOMPARE(workspace.value(QStringLiteral("format")).toString(), QStringLiteral("stampdeck-workspace"));
    QCOMPARE(workspace.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(workspace.value(QStringLiteral("name")).toString(), QStringLiteral("Demo"));
    QCOMPARE(workspace.value(QStringLiteral("provisioningDeviceEndpoint")).toString(), QStringLiteral("localhost:40999"));
    const QJsonArray stamps = workspace.value(QStringLiteral("stamps")).toArray();
    QCOMPARE(stamps.size(), layout.hubs.size());
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        const QJsonObject stamp = stamps[i].toObject();
        const HubSpec &hub = layout.hubs[i];
        QCOMPARE(stamp.value(QStringLiteral("id")).toString(), hub.stampId);
        QCOMPARE(stamp.value(QStringLiteral("name")).toString(), hub.displayName);
        QCOMPARE(stamp.value(QStringLiteral("region")).toString(), hub.region);
        QCOMPARE(stamp.value(QStringLiteral("ring")).toString(), hub.ring);
        const QJsonObject tenancy = stamp.value(QStringLiteral("tenancy")).toObject();
        QCOMPARE(tenancy.value(QStringLiteral("mode")).toString(), hub.tenancy);
        QCOMPARE(tenancy.value(QStringLiteral("tenants")).toVariant().toStringList(), hub.tenants);
        const QJsonObject hubObject = stamp.value(QStringLiteral("hub")).toObject();
        QCOMPARE(hubObject.value(QStringLiteral("hostName")).toString(), hub.hostName);
        QCOMPARE(hubObject.value(QStringLiteral("tier")).toString(), hub.tier);
        QCOMPARE(hubObject.value(QStringLiteral("units")).toInt(), hub.units);
        QCOMPARE(stamp.value(QStringLiteral("plannedCapacity")).toInteger(), hub.plannedCapacity);
        QCOMPARE(stamp.value(QStringLiteral("caCertificate")).toString(), QStringLiteral("/ca.pem"));
        const QJsonArray dps = stamp.value(QStringLiteral("dps")).toArray();
        QCOMPARE(dps.size(), 2);
        for (const QJsonValue &entry : dps) {
            const QJsonObject object = entry.toObject();
            const DpsSpec *instance = layout.dpsInstance(object.value(QStringLiteral("name")).toString());
            QVERIFY(instance);
            QCOMPARE(object.value(QStringLiteral("hostName")).toString(), instance->hostName);
            QCOMPARE(object.value(QStringLiteral("idScope")).toString(), instance->idScope);
        }
    }
    // Without a CA or device endpoint, the optional fields are left out rather than empty.
    const QJsonObject bare = WorkspaceFile::toJson(layout, QStringLiteral("Demo"), {}, {});
    QVERIFY(!bare.contains(QStringLiteral("provisioningDeviceEndpoint")));
    QVERIFY(!bare.value(QStringLiteral("stamps")).toArray()[0].toObject().contains(QStringLiteral("caCertificate")));
}

void TestWorkspaceFile::writesReadableJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.workspace.json"));
    const QJsonObject workspace = WorkspaceFile::toJson(listeningDemo(), QStringLiteral("Demo"), {}, {});
    QString error;
    QVERIFY2(WorkspaceFile::write(path, workspace, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), workspace);
    QVERIFY(file.permissions() & QFile::ReadOther); // meant to be shared
}

void TestWorkspaceFile::endpointsFileContract()
{
    EndpointsFile endpoints;
    endpoints.caCertificate = QStringLiteral("/state/ca.pem");
    endpoints.hubs.append({QStringLiteral("hub-1"), QStringLiteral("localhost:1"), {},
                           QStringLiteral("HostName=localhost:1;SharedAccessKeyName=iothubowner;SharedAccessKey=a2V5")});
    endpoints.dps.append({QStringLiteral("dps-1"), QStringLiteral("localhost:2"), QStringLiteral("0ne00000001"),
                          QStringLiteral("HostName=localhost:2;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=a2V5")});
    endpoints.deviceEndpoint = QStringLiteral("localhost:3");
    endpoints.workspace = QStringLiteral("/w.json");
    endpoints.adminUrl = QStringLiteral("https://localhost:4");
    endpoints.adminToken = QStringLiteral("t0k3n");
    endpoints.pid = 1234;
    endpoints.version = QStringLiteral("0.1.0");

    const QJsonObject json = endpoints.toJson();
    for (const char *key : {"caCertificate", "hubs", "dps", "deviceEndpoint", "workspace", "admin", "pid", "version"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(!json.contains(QStringLiteral("stateFile")));
    const QJsonObject hub = json.value(QStringLiteral("hubs")).toArray()[0].toObject();
    QCOMPARE(hub.keys(), (QStringList{QStringLiteral("connectionString"), QStringLiteral("hostName"), QStringLiteral("name")}));
    const QJsonObject dps = json.value(QStringLiteral("dps")).toArray()[0].toObject();
    QCOMPARE(dps.value(QStringLiteral("idScope")).toString(), QStringLiteral("0ne00000001"));
    QCOMPARE(json.value(QStringLiteral("admin")).toObject().value(QStringLiteral("token")).toString(), QStringLiteral("t0k3n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("endpoints.json"));
    QString error;
    QVERIFY2(endpoints.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), json);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions()); // holds keys
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
