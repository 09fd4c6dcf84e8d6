#include "ConnectionString.h"
#include "DeviceConnectionString.h"
#include "SharedAccessSignature.h"

#include <QTest>

using namespace StampDeck::Azure;

namespace {
// A distinctive key so a leak into an error text would be seen.
const QString Key = QStringLiteral("SGVsbG9TZWNyZXRLZXlGb3JTdGFtcERlY2sxMjM0NTY=");
const QString KeyBody = QStringLiteral("SGVsbG9TZWNyZXRLZXlGb3JTdGFtcERlY2sxMjM0NTY");
} // namespace

class TestConnectionString : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("policy");
        QTest::addRow("hub") << QStringLiteral("HostName=myhub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=") + Key
                             << QStringLiteral("myhub.azure-devices.net") << QStringLiteral("myhub.azure-devices.net") << -1
                             << QStringLiteral("iothubowner");
        QTest::addRow("dps") << QStringLiteral("HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=") + Key
                             << QStringLiteral("mydps.azure-devices-provisioning.net") << QStringLiteral("mydps.azure-devices-provisioning.net")
                             << -1 << QStringLiteral("provisioningserviceowner");
        QTest::addRow("emulator port") << QStringLiteral("HostName=localhost:44321;SharedAccessKeyName=iothubowner;SharedAccessKey=") + Key
                                       << QStringLiteral("localhost:44321") << QStringLiteral("localhost") << 44321 << QStringLiteral("iothubowner");
        QTest::addRow("any order, odd case, trailing ;")
            << QStringLiteral("sharedaccesskey=") + Key + QStringLiteral(";HOSTNAME=h.example.net;SharedAccessKeyName=registryRead;")
            << QStringLiteral("h.example.net") << QStringLiteral("h.example.net") << -1 << QStringLiteral("registryRead");
        QTest::addRow("spaces around parts") << QStringLiteral(" HostName=h.example.net ; SharedAccessKeyName=service ; SharedAccessKey=") + Key + u' '
                                             << QStringLiteral("h.example.net") << QStringLiteral("h.example.net") << -1 << QStringLiteral("service");
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, hostName);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, policy);
        QString error;
        const auto cs = ConnectionString::parse(text, &error);
        QVERIFY2(cs, qPrintable(error));
        QCOMPARE(cs->hostName(), hostName);
        QCOMPARE(cs->host(), host);
        QCOMPARE(cs->port(), port);
        QCOMPARE(cs->sharedAccessKeyName(), policy);
        QCOMPARE(cs->sharedAccessKey(), Key);
        // Format and parse again.
        const auto again = ConnectionString::parse(cs->toString());
        QVERIFY(again);
        QCOMPARE(*again, *cs);
        QVERIFY(!cs->toRedactedString().contains(KeyBody));
        QVERIFY(cs->toRedactedString().contains(QStringLiteral("<redacted>")));
    }

    void kindGuess()
    {
        QVERIFY(ConnectionString(QStringLiteral("a.azure-devices.net"), QStringLiteral("p"), Key).looksLikeHub());
        QVERIFY(!ConnectionString(QStringLiteral("a.azure-devices.net"), QStringLiteral("p"), Key).looksLikeDps());
        QVERIFY(ConnectionString(QStringLiteral("a.Azure-Devices-Provisioning.net"), QStringLiteral("p"), Key).looksLikeDps());
        QVERIFY(!ConnectionString(QStringLiteral("localhost:1"), QStringLiteral("p"), Key).looksLikeHub());
    }

    void keyWithEqualsInside()
    {
        // Values split on the first '=' only: the padding stays in the key.
        const auto cs = ConnectionString::parse(QStringLiteral("HostName=h;SharedAccessKeyName=p;SharedAccessKey=YWJjZA=="));
        QVERIFY(cs);
        QCOMPARE(cs->sharedAccessKey(), QStringLiteral("YWJjZA=="));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedPart");
        const QString key = QStringLiteral(";SharedAccessKey=") + Key;
        QTest::addRow("empty") << QString() << QStringLiteral("empty");
        QTest::addRow("no HostName") << QStringLiteral("SharedAccessKeyName=p") + key << QStringLiteral("no HostName");
        QTest::addRow("no policy") << QStringLiteral("HostName=h") + key << QStringLiteral("no SharedAccessKeyName");
        QTest::addRow("no key") << QStringLiteral("HostName=h;SharedAccessKeyName=p") << QStringLiteral("no SharedAccessKey");
        QTest::addRow("empty key") << QStringLiteral("HostName=h;SharedAccessKeyName=p;SharedAccessKey=") << QStringLiteral("SharedAccessKey is empty");
        QTest::addRow("key not base64") << QStringLiteral("HostName=h;SharedAccessKeyName=p;SharedAccessKey=") + KeyBody + QStringLiteral("!!")
                                        << QStringLiteral("SharedAccessKey is not valid base64");
        QTest::addRow("key bad padding") << QStringLiteral("HostName=h;SharedAccessKeyName=p;SharedAccessKey=") + KeyBody + QStringLiteral("A=")
                                         << QStringLiteral("SharedAccessKey is not valid base64");
        QTest::addRow("empty HostName") << QStringLiteral("HostName=;SharedAccessKeyName=p") + key << QStringLiteral("HostName is empty");
        QTest::addRow("bad host char") << QStringLiteral("HostName=my hub;SharedAccessKeyName=p") + key << QStringLiteral("HostName 'my hub'");
        QTest::addRow("url as host") << QStringLiteral("HostName=https://h.net;SharedAccessKeyName=p") + key << QStringLiteral("not a URL");
        QTest::addRow("bad port") << QStringLiteral("HostName=localhost:99999;SharedAccessKeyName=p") + key << QStringLiteral("invalid port");
        QTest::addRow("port not a number") << QStringLiteral("HostName=localhost:abc;SharedAccessKeyName=p") + key << QStringLiteral("invalid port");
        QTest::addRow("policy with space") << QStringLiteral("HostName=h;SharedAccessKeyName=iot hub") + key << QStringLiteral("SharedAccessKeyName contains white space");
        QTest::addRow("duplicate") << QStringLiteral("HostName=h;hostname=g;SharedAccessKeyName=p") + key << QStringLiteral("HostName appears more than once");
        QTest::addRow("device string") << QStringLiteral("HostName=h;DeviceId=d") + key << QStringLiteral("DeviceId does not belong here");
        QTest::addRow("sas string") << QStringLiteral("HostName=h;SharedAccessSignature=SharedAccessSignature sr=h&sig=x&se=1")
                                    << QStringLiteral("SharedAccessSignature does not belong here");
        QTest::addRow("part without =") << QStringLiteral("HostName=h;SharedAccessKeyName=p;") + Key << QStringLiteral("part 3");
        QTest::addRow("unknown name not echoed") << QStringLiteral("HostName=h;SharedAccessKeyName=p;") + Key + QStringLiteral("=x")
                                                 << QStringLiteral("part 3 of the connection string has an unknown name");
        QTest::addRow("no name") << QStringLiteral("HostName=h;=p") + key << QStringLiteral("no name before '='");
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedPart);
        QString error;
        QVERIFY(!ConnectionString::parse(text, &error));
        QVERIFY2(error.contains(expectedPart), qPrintable(error));
        // Never the key, not even a piece of it.
        QVERIFY2(!error.contains(KeyBody.left(12)), qPrintable(error));
    }

    void serviceToken()
    {
        const auto cs = ConnectionString::parse(QString(QStringLiteral("HostName=localhost:44321;SharedAccessKeyName=iothubowner;SharedAccessKey=") + Key));
        QVERIFY(cs);
        const auto token = SharedAccessSignature::parse(cs->createToken(2000000000));
        QVERIFY(token);
        QCOMPARE(token->decodedResource(), QStringLiteral("localhost:44321"));
        QCOMPARE(token->keyName(), QStringLiteral("iothubowner"));
        QCOMPARE(token->verify(Key, 1000), SharedAccessSignature::VerifyResult::Valid);
    }

    // --- device connection strings ---
    void deviceValid()
    {
        QString error;
        const auto cs = DeviceConnectionString::parse(
            QString(QStringLiteral("HostName=myhub.azure-devices.net;DeviceId=sensor=1;SharedAccessKey=") + Key), &error);
        QVERIFY2(cs, qPrintable(error));
        QCOMPARE(cs->hostName(), QStringLiteral("myhub.azure-devices.net"));
        QCOMPARE(cs->deviceId(), QStringLiteral("sensor=1"));
        QCOMPARE(cs->sharedAccessKey(), Key);
        QVERIFY(cs->moduleId().isEmpty());
        QCOMPARE(*DeviceConnectionString::parse(cs->toString()), *cs);
        QVERIFY(!cs->toRedactedString().contains(KeyBody));

        const auto module = DeviceConnectionString::parse(
            QString(QStringLiteral("HostName=h.net;DeviceId=d1;ModuleId=m1;SharedAccessKey=") + Key + QStringLiteral(";GatewayHostName=edge.local")));
        QVERIFY(module);
        QCOMPARE(module->moduleId(), QStringLiteral("m1"));
        QCOMPARE(module->gatewayHostName(), QStringLiteral("edge.local"));
        QCOMPARE(*DeviceConnectionString::parse(module->toString()), *module);
    }

    void deviceToken()
    {
        const DeviceConnectionString cs(QStringLiteral("host"), QStringLiteral("device"), QStringLiteral("key"));
        // §1.5 D: the Node device token.
        QCOMPARE(cs.createToken(12345),
                 QStringLiteral("SharedAccessSignature sr=host%2Fdevices%2Fdevice&sig=wM3XiP6gD960IxP7J5WHqnxQHEcWC6YaQCtoMT%2BkKHc%3D&se=12345"));
    }

    void deviceErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedPart");
        const QString key = QStringLiteral(";SharedAccessKey=") + Key;
        QTest::addRow("no device id") << QStringLiteral("HostName=h") + key << QStringLiteral("no DeviceId");
        QTest::addRow("bad device id") << QStringLiteral("HostName=h;DeviceId=a/b") + key << QStringLiteral("character 2 ('/')");
        QTest::addRow("service string") << QStringLiteral("HostName=h;SharedAccessKeyName=p") + key << QStringLiteral("SharedAccessKeyName does not belong here");
        QTest::addRow("bad key") << QStringLiteral("HostName=h;DeviceId=d;SharedAccessKey=") + KeyBody + QStringLiteral("#") << QStringLiteral("not valid base64");
        QTest::addRow("bad module") << QStringLiteral("HostName=h;DeviceId=d;ModuleId=a b") + key << QStringLiteral("ModuleId");
    }
    void deviceErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedPart);
        QString error;
        QVERIFY(!DeviceConnectionString::parse(text, &error));
        QVERIFY2(error.contains(expectedPart), qPrintable(error));
        QVERIFY2(!error.contains(KeyBody.left(12)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_connectionstring.moc"
