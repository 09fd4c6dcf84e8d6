#include "Workspace.h"

#include <QJsonArray>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

namespace {

QJsonObject validStamp(const QString &id, const QString &host)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("West Europe production 1")},
        {QStringLiteral("region"), QStringLiteral("westeurope")},
        {QStringLiteral("ring"), QStringLiteral("production")},
        {QStringLiteral("tenancy"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("shared")},
                                                {QStringLiteral("tenants"), QJsonArray{QStringLiteral("contoso"), QStringLiteral("fabrikam")}}}},
        {QStringLiteral("hub"), QJsonObject{{QStringLiteral("hostName"), host}, {QStringLiteral("tier"), QStringLiteral("S2")},
                                            {QStringLiteral("units"), 4}}},
        {QStringLiteral("dps"), QJsonArray{QJsonObject{{QStringLiteral("hostName"), QStringLiteral("dps-weu.azure-devices-provisioning.net")},
                                                       {QStringLiteral("idScope"), QStringLiteral("0ne000A1B2C")}}}},
        {QStringLiteral("plannedCapacity"), 250000},
    };
}

QJsonObject validWorkspace()
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("stampdeck-workspace")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("name"), QStringLiteral("Contoso fleet")},
                       {QStringLiteral("stamps"), QJsonArray{validStamp(QStringLiteral("weu-prod-1"), QStringLiteral("hub-weu-1.azure-devices.net")),
                                                             validStamp(QStringLiteral("weu-prod-2"), QStringLiteral("localhost:40123"))}}};
}

// Sets json[path] = value for a dotted path with [index] steps, e.g. "stamps[1].hub.units".
QJsonValue withValue(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    const qsizetype bracket = step.indexOf(QLatin1Char('['));
    if (bracket < 0) {
        QJsonObject object = node.toObject();
        if (value.isUndefined() && steps.isEmpty())
            object.remove(step);
        else
            object[step] = withValue(object.value(step), steps, value);
        return object;
    }
    const QString key = step.left(bracket);
    const int index = step.mid(bracket + 1).chopped(1).toInt();
    QJsonObject object = node.toObject();
    QJsonArray array = object.value(key).toArray();
    array[index] = withValue(array.at(index), steps, value);
    object[key] = array;
    return object;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAValidWorkspace()
    {
        WorkspaceError error;
        const auto workspace = Workspace::fromJson(validWorkspace(), &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        QCOMPARE(workspace->stamps.size(), 2);
        const Stamp &stamp = workspace->stamps.first();
        QCOMPARE(stamp.id, QStringLiteral("weu-prod-1"));
        QCOMPARE(stamp.ring, Stamp::Ring::Production);
        QCOMPARE(stamp.tenancy, Stamp::Tenancy::Shared);
        QCOMPARE(stamp.tenants, (QStringList{QStringLiteral("contoso"), QStringLiteral("fabrikam")}));
        QCOMPARE(stamp.hub.units, 4);
        QCOMPARE(stamp.dps.first().idScope, QStringLiteral("0ne000A1B2C"));
        QCOMPARE(stamp.plannedCapacity, 250000);
        QCOMPARE(workspace->stampForHub(QStringLiteral("LOCALHOST:40123"))->id, QStringLiteral("weu-prod-2"));
    }

    void roundTripsThroughAFile()
    {
        QTemporaryDir dir;
        const auto workspace = Workspace::fromJson(validWorkspace(), nullptr);
        QVERIFY(workspace);
        QString saveError;
        const QString path = dir.filePath(QStringLiteral("fleet.json"));
        QVERIFY2(workspace->save(path, &saveError), qPrintable(saveError));
        WorkspaceError error;
        const auto loaded = Workspace::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.toString()));
        QCOMPARE(loaded->toJson(), workspace->toJson());
        QCOMPARE(loaded->toJson(), validWorkspace());
    }

    void pointsAtTheWrongField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("format") << QStringLiteral("format") << QJsonValue(QStringLiteral("other")) << QStringLiteral("format") << QStringLiteral("not a StampDeck workspace");
        QTest::addRow("newer version") << QStringLiteral("version") << QJsonValue(2) << QStringLiteral("version") << QStringLiteral("newer StampDeck");
        QTest::addRow("ring") << QStringLiteral("stamps[1].ring") << QJsonValue(QStringLiteral("prod")) << QStringLiteral("stamps[1].ring") << QStringLiteral("'prod' is not a ring");
        QTest::addRow("units over tier") << QStringLiteral("stamps[0].hub.units") << QJsonValue(201) << QStringLiteral("stamps[0].hub.units") << QStringLiteral("out of range");
        QTest::addRow("units fraction") << QStringLiteral("stamps[0].hub.units") << QJsonValue(1.5) << QStringLiteral("stamps[0].hub.units") << QStringLiteral("whole number");
        QTest::addRow("tier") << QStringLiteral("stamps[0].hub.tier") << QJsonValue(QStringLiteral("S9")) << QStringLiteral("stamps[0].hub.tier") << QStringLiteral("not an IoT hub tier");
        QTest::addRow("host") << QStringLiteral("stamps[0].hub.hostName") << QJsonValue(QStringLiteral("bad host/x")) << QStringLiteral("stamps[0].hub.hostName") << QStringLiteral("not a host name");
        QTest::addRow("scope") << QStringLiteral("stamps[0].dps[0].idScope") << QJsonValue(QStringLiteral("xyz")) << QStringLiteral("stamps[0].dps[0].idScope") << QStringLiteral("not an ID scope");
        QTest::addRow("capacity over hub limit") << QStringLiteral("stamps[0].plannedCapacity") << QJsonValue(1000001) << QStringLiteral("stamps[0].plannedCapacity") << QStringLiteral("out of range");
        QTest::addRow("missing name") << QStringLiteral("stamps[0].name") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("stamps[0].name") << QStringLiteral("non-empty string");
        QTest::addRow("duplicate id") << QStringLiteral("stamps[1].id") << QJsonValue(QStringLiteral("weu-prod-1")) << QStringLiteral("stamps[1].id") << QStringLiteral("earlier stamp");
        QTest::addRow("duplicate hub") << QStringLiteral("stamps[1].hub.hostName") << QJsonValue(QStringLiteral("HUB-weu-1.azure-devices.net")) << QStringLiteral("stamps[1].hub.hostName") << QStringLiteral("earlier stamp");
        QTest::addRow("dedicated with two tenants") << QStringLiteral("stamps[0].tenancy.mode") << QJsonValue(QStringLiteral("dedicated")) << QStringLiteral("stamps[0].tenancy.tenants") << QStringLiteral("exactly one tenant");
        QTest::addRow("typo") << QStringLiteral("stamps[0].planedCapacity") << QJsonValue(3) << QStringLiteral("stamps[0].planedCapacity") << QStringLiteral("unknown field");
        QTest::addRow("secret") << QStringLiteral("stamps[0].hub.sharedAccessKey") << QJsonValue(QStringLiteral("c2VjcmV0")) << QStringLiteral("stamps[0].hub.sharedAccessKey") << QStringLiteral("no secrets");
        QTest::addRow("amber below 1") << QStringLiteral("health.amberPercent") << QJsonValue(0) << QStringLiteral("health.amberPercent") << QStringLiteral("out of range");
        QTest::addRow("red over 100") << QStringLiteral("health.redPercent") << QJsonValue(100.5) << QStringLiteral("health.redPercent") << QStringLiteral("out of range");
        QTest::addRow("red not a number") << QStringLiteral("health.redPercent") << QJsonValue(QStringLiteral("95")) << QStringLiteral("health.redPercent") << QStringLiteral("must be a number");
        QTest::addRow("amber not below red") << QStringLiteral("health.amberPercent") << QJsonValue(96) << QStringLiteral("health.amberPercent") << QStringLiteral("below red");
        QTest::addRow("health typo") << QStringLiteral("health.amber") << QJsonValue(70) << QStringLiteral("health.amber") << QStringLiteral("unknown field");
        QTest::addRow("health secret") << QStringLiteral("health.apiKey") << QJsonValue(QStringLiteral("x")) << QStringLiteral("health.apiKey") << QStringLiteral("no secrets");
        QTest::addRow("connection string") << QStringLiteral("stamps[0].connectionString") << QJsonValue(QStringLiteral("HostName=x")) << QStringLiteral("stamps[0].connectionString") << QStringLiteral("no secrets");
    }

    void pointsAtTheWrongField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        const QJsonObject json = withValue(validWorkspace(), path.split(QLatin1Char('.')), value).toObject();
        WorkspaceError error;
        QVERIFY(!Workspace::fromJson(json, &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    }

    void readsOptionalFieldsAndResolvesRelativeCertificates()
    {
        QTemporaryDir dir;
        QJsonObject json = validWorkspace();
        json = withValue(json, {QStringLiteral("provisioningDeviceEndpoint")}, QStringLiteral("localhost:40125")).toObject();
        json = withValue(json, QStringLiteral("stamps[0].hub.name").split(QLatin1Char('.')), QStringLiteral("hub-weu-1")).toObject();
        json = withValue(json, QStringLiteral("stamps[0].dps[0].region").split(QLatin1Char('.')), QStringLiteral("westeurope")).toObject();
        json = withValue(json, QStringLiteral("stamps[0].caCertificate").split(QLatin1Char('.')), QStringLiteral("certs/ca.pem")).toObject();
        const QString path = dir.filePath(QStringLiteral("fleet.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();

        WorkspaceError error;
        const auto workspace = Workspace::load(path, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        QCOMPARE(workspace->provisioningDeviceEndpoint, QStringLiteral("localhost:40125"));
        QCOMPARE(workspace->stamps.at(0).hub.name, QStringLiteral("hub-weu-1"));
        QCOMPARE(workspace->stamps.at(0).dps.at(0).region, QStringLiteral("westeurope"));
        QCOMPARE(workspace->stamps.at(0).caCertificate, QDir(dir.path()).filePath(QStringLiteral("certs/ca.pem")));
        QCOMPARE(Workspace::fromJson(json, nullptr)->toJson(), json);
    }

    void readsAndWritesHealthThresholds()
    {
        const auto plain = Workspace::fromJson(validWorkspace(), nullptr);
        QVERIFY(plain);
        QCOMPARE(plain->thresholds, HealthThresholds());
        QVERIFY2(!plain->toJson().contains(QStringLiteral("health")), "the default thresholds are not written");

        QJsonObject json = validWorkspace();
        json.insert(QStringLiteral("health"), QJsonObject{{QStringLiteral("amberPercent"), 70}, {QStringLiteral("redPercent"), 92.5}});
        WorkspaceError error;
        const auto workspace = Workspace::fromJson(json, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        QCOMPARE(workspace->thresholds.amber, 0.70);
        QCOMPARE(workspace->thresholds.red, 0.925);
        QCOMPARE(workspace->toJson(), json);

        // One of the two may be left out; the other keeps its default.
        json.insert(QStringLiteral("health"), QJsonObject{{QStringLiteral("redPercent"), 99}});
        const auto onlyRed = Workspace::fromJson(json, &error);
        QVERIFY2(onlyRed, qPrintable(error.toString()));
        QCOMPARE(onlyRed->thresholds.amber, 0.80);
        QCOMPARE(onlyRed->thresholds.red, 0.99);

        // A fraction that has no exact binary form is written as the percent the user meant.
        Workspace odd = *workspace;
        odd.thresholds = {0.07, 0.123};
        QCOMPARE(odd.toJson().value(QStringLiteral("health")).toObject(),
                 (QJsonObject{{QStringLiteral("amberPercent"), 7}, {QStringLiteral("redPercent"), 12.3}}));
    }

    void validatesAnInMemoryWorkspace_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("units over S3") << 0 << QStringLiteral("stamps[1].hub.units") << QStringLiteral("out of range (1 to 10)");
        QTest::addRow("bad ID scope in DPS row 2") << 1 << QStringLiteral("stamps[0].dps[1].idScope") << QStringLiteral("not an ID scope");
        QTest::addRow("duplicate stamp id") << 2 << QStringLiteral("stamps[1].id") << QStringLiteral("earlier stamp");
        QTest::addRow("duplicate hub host") << 3 << QStringLiteral("stamps[1].hub.hostName") << QStringLiteral("earlier stamp");
        QTest::addRow("empty name") << 4 << QStringLiteral("stamps[0].name") << QStringLiteral("non-empty");
        QTest::addRow("dedicated without tenant") << 5 << QStringLiteral("stamps[1].tenancy.tenants") << QStringLiteral("exactly one tenant");
        QTest::addRow("amber above red") << 6 << QStringLiteral("health.amberPercent") << QStringLiteral("below red");
        QTest::addRow("bad endpoint") << 7 << QStringLiteral("provisioningDeviceEndpoint") << QStringLiteral("not a host name");
        QTest::addRow("capacity zero") << 8 << QStringLiteral("stamps[1].plannedCapacity") << QStringLiteral("out of range");
        QTest::addRow("bad id") << 9 << QStringLiteral("stamps[0].id") << QStringLiteral("not a stamp id");
    }

    void validatesAnInMemoryWorkspace()
    {
        QFETCH(int, change);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        auto workspace = Workspace::fromJson(validWorkspace(), nullptr);
        QVERIFY(workspace);
        QVERIFY(!workspace->validate());
        Stamp &first = workspace->stamps[0];
        Stamp &second = workspace->stamps[1];
        switch (change) {
        case 0: second.hub.tier = QStringLiteral("S3"); second.hub.units = 50; break;
        case 1: first.dps.append({QStringLiteral("dps-2.azure-devices-provisioning.net"), QStringLiteral("0ne12"), {}, {}}); break;
        case 2: second.id = first.id; break;
        case 3: second.hub.hostName = first.hub.hostName.toUpper(); break;
        case 4: first.name = QStringLiteral("  "); break;
        case 5: second.tenancy = Stamp::Tenancy::Dedicated; second.tenants.clear(); break;
        case 6: workspace->thresholds = {0.9, 0.85}; break;
        case 7: workspace->provisioningDeviceEndpoint = QStringLiteral("not a host"); break;
        case 8: second.plannedCapacity = 0; break;
        case 9: first.id = QStringLiteral("-starts-with-dash"); break;
        }
        const auto error = workspace->validate();
        QVERIFY2(error, "the change must be refused");
        QCOMPARE(error->field, field);
        QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
    }

    void savesCertificatesNextToTheWorkspaceRelative()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("team/certs")));
        QJsonObject json = validWorkspace();
        json = withValue(json, QStringLiteral("stamps[0].caCertificate").split(QLatin1Char('.')), QStringLiteral("certs/ca.pem")).toObject();
        json = withValue(json, QStringLiteral("stamps[1].caCertificate").split(QLatin1Char('.')), QStringLiteral("/etc/ssl/corp.pem")).toObject();
        auto workspace = Workspace::fromJson(json, nullptr);
        QVERIFY(workspace);
        const QString teamPath = dir.filePath(QStringLiteral("team/fleet.json"));
        QVERIFY(workspace->save(teamPath, nullptr));
        const auto loaded = Workspace::load(teamPath, nullptr);
        QVERIFY(loaded);
        const QString absolute = dir.filePath(QStringLiteral("team/certs/ca.pem"));
        QCOMPARE(loaded->stamps.at(0).caCertificate, absolute);

        // Saved again in the same folder: relative, as the team wrote it; an outside path as it is.
        QVERIFY(loaded->save(teamPath, nullptr));
        QCOMPARE(readJson(teamPath), json);
        QCOMPARE(loaded->stamps.at(0).caCertificate, absolute); // the one in memory is not changed

        // Saved one folder up, the certificate is still below the workspace: relative again.
        const QString upPath = dir.filePath(QStringLiteral("fleet-up.json"));
        QVERIFY(loaded->save(upPath, nullptr));
        QCOMPARE(readJson(upPath).value(QStringLiteral("stamps")).toArray().at(0).toObject().value(QStringLiteral("caCertificate")).toString(),
                 QStringLiteral("team/certs/ca.pem"));

        // Saved beside it, the certificate is not in the workspace's folder: absolute.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("other")));
        const QString otherPath = dir.filePath(QStringLiteral("other/fleet.json"));
        QVERIFY(loaded->save(otherPath, nullptr));
        const QJsonArray stamps = readJson(otherPath).value(QStringLiteral("stamps")).toArray();
        QCOMPARE(stamps.at(0).toObject().value(QStringLiteral("caCertificate")).toString(), absolute);
        QCOMPARE(stamps.at(1).toObject().value(QStringLiteral("caCertificate")).toString(), QStringLiteral("/etc/ssl/corp.pem"));
        QCOMPARE(Workspace::load(otherPath, nullptr)->stamps.at(0).caCertificate, absolute);
    }

    void reportsUnreadableFiles()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        QVERIFY(!Workspace::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.message.contains(QStringLiteral("cannot open")));

        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"stampdeck-workspace\", ");
        file.close();
        QVERIFY(!Workspace::load(broken, &error));
        QVERIFY2(error.message.contains(QStringLiteral("not valid JSON at offset")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
