// LogRedactor: every secret shape that could reach a log line, made with the real signer and
// connection string code, comes out as "<redacted>"; ordinary text stays as it was.
#include "ConnectionString.h"
#include "LogRedactor.h"
#include "SharedAccessSignature.h"

#include <QTest>
#include <QUrl>

using namespace StampDeck;
using namespace StampDeck::Azure;

namespace {

// 32 key bytes whose base64 holds '+', '/' and '=' (so the URL-encoded form differs).
QString keyA()
{
    return QString::fromLatin1(
        QByteArray::fromHex("fbffbffbefbe0102030405060708090a0b0c0d0e0f1011121314151617f8fcfd").toBase64());
}

QString keyB()
{
    return QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
}

QString sasToken(const QString &key)
{
    return SharedAccessSignature::create(QStringLiteral("stamp1-hub.azure-devices.net"), QStringLiteral("iothubowner"),
                                         key, 1'900'000'000)
        .toString();
}

QString signatureOf(const QString &token)
{
    return SharedAccessSignature::parse(token)->signature();
}

} // namespace

class TestLogRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(keyA().contains(u'+') || keyA().contains(u'/'));
        QVERIFY(SharedAccessSignature::parse(sasToken(keyA())));
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("secrets"); // none of these may survive
        QTest::addColumn<QStringList>("kept"); // all of these must survive
        const QString token = sasToken(keyA());
        const QString sig = signatureOf(token);
        const QString sigEncoded = SharedAccessSignature::urlEncode(sig);
        const QString hubConnection
            = ConnectionString(QStringLiteral("stamp1-hub.azure-devices.net"), QStringLiteral("iothubowner"), keyA())
                  .toString();
        const QString dpsConnection
            = ConnectionString(QStringLiteral("localhost:44321"), QStringLiteral("provisioningserviceowner"), keyB())
                  .toString();

        QTest::addRow("hub connection string")
            << QStringLiteral("opening %1 now").arg(hubConnection) << QStringList { keyA() }
            << QStringList { QStringLiteral("HostName=stamp1-hub.azure-devices.net"),
                             QStringLiteral("SharedAccessKeyName=iothubowner"),
                             QStringLiteral("SharedAccessKey=<redacted>"), QStringLiteral(" now") };
        QTest::addRow("quoted connection string")
            << QStringLiteral("parse(\"%1\")").arg(dpsConnection) << QStringList { keyB() }
            << QStringList { QStringLiteral("SharedAccessKey=<redacted>\")") };
        QTest::addRow("lower-case key name")
            << QStringLiteral("hostname=h;sharedaccesskeyname=p;sharedaccesskey=%1").arg(keyB())
            << QStringList { keyB() } << QStringList { QStringLiteral("sharedaccesskeyname=p") };
        QTest::addRow("SAS token") << QStringLiteral("token %1 expired").arg(token)
                                   << QStringList { sig, sigEncoded, QStringLiteral("sig=") }
                                   << QStringList { QStringLiteral("token SharedAccessSignature <redacted> expired") };
        QTest::addRow("SAS token in a device connection string")
            << QStringLiteral("HostName=h.azure-devices.net;DeviceId=d1;SharedAccessSignature=%1").arg(token)
            << QStringList { sigEncoded, QStringLiteral("sig=") } << QStringList { QStringLiteral("DeviceId=d1;") };
        QTest::addRow("Authorization header line")
            << QStringLiteral("> Authorization: %1\r\n> Accept: application/json").arg(token)
            << QStringList { sigEncoded, QStringLiteral("sr=") }
            << QStringList { QStringLiteral("Authorization: <redacted>\r\n"),
                             QStringLiteral("Accept: application/json") };
        QTest::addRow("raw header pair in QDebug")
            << QStringLiteral("QList((\"Authorization\", \"%1\"), (\"Request-Id\", \"42\"))").arg(token)
            << QStringList { sigEncoded, QStringLiteral("sr=") }
            << QStringList { QStringLiteral("\"Authorization\", \"<redacted>\""),
                             QStringLiteral("(\"Request-Id\", \"42\")") };
        QTest::addRow("sig in a URL")
            << QStringLiteral("GET https://acct.blob.core.windows.net/c/b?sv=2021&sr=c&sig=%1&se=2026 failed")
                   .arg(sigEncoded)
            << QStringList { sigEncoded, sig }
            << QStringList { QStringLiteral("sig=<redacted>&se=2026 failed"), QStringLiteral("sv=2021") };
        QTest::addRow("JSON keys") << QStringLiteral(
                                          "{\"deviceId\":\"d1\",\"authentication\":{\"type\":\"sas\",\"symmetricKey\":{"
                                          "\"primaryKey\":\"%1\",\"secondaryKey\" : \"%2\"}}}")
                                          .arg(keyA(), keyB())
                                   << QStringList { keyA(), keyB() }
                                   << QStringList { QStringLiteral("\"primaryKey\":\"<redacted>\""),
                                                    QStringLiteral("\"secondaryKey\" : \"<redacted>\""),
                                                    QStringLiteral("\"deviceId\":\"d1\"") };
        QTest::addRow("escaped JSON")
            << QStringLiteral("{\"Message\":\"{\\\"key\\\":\\\"%1\\\",\\\"symmetricKey\\\":\\\"%2\\\"}\"}")
                   .arg(keyA(), keyB())
            << QStringList { keyA(), keyB() } << QStringList { QStringLiteral("\\\"key\\\":\\\"<redacted>\\\"") };
        QTest::addRow("bearer token") << QStringLiteral(
            "Authorization failed for Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl")
                                      << QStringList { QStringLiteral("eyJhbGciOi") }
                                      << QStringList { QStringLiteral("Bearer <redacted>") };
    }

    void shapes()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, kept);
        const QString output = LogRedactor().redact(input);
        for (const QString &secret : secrets)
            QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(LogRedactor::Placeholder), qPrintable(output));
        for (const QString &part : kept)
            QVERIFY2(output.contains(part), qPrintable(QStringLiteral("'%1' lost from: %2").arg(part, output)));
        QCOMPARE(LogRedactor::redactShapes(input), output);
    }

    void ordinaryTextStays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("plain") << QStringLiteral("workspace opened: 20 stamps");
        QTest::addRow("key name only") << QStringLiteral("SharedAccessKeyName=iothubowner has no write right");
        QTest::addRow("words") << QStringLiteral(
            "Device key missing for stamp-eu-1 (keychain locked); authorization pending");
        QTest::addRow("path and status") << QStringLiteral(
            "GET /devices/d1 failed: DeviceNotFound (HTTP 404): key not found");
        QTest::addRow("unknown base64") << QStringLiteral(
            "etag AAAAAAAAAAE= tracking 0123456789abcdef0123456789abcdef");
    }

    void ordinaryTextStays()
    {
        QFETCH(QString, text);
        LogRedactor redactor;
        redactor.addKnownSecret(keyA());
        QCOMPARE(redactor.redact(text), text);
    }

    void knownSecrets()
    {
        LogRedactor redactor;
        const QString key = keyA();
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(key));
        const QString unpadded = QString(key).remove(u'=');
        const QString lines[] = { QStringLiteral("the key is %1.").arg(key), QStringLiteral("?k=%1&x=1").arg(encoded),
                                  QStringLiteral("[%1]").arg(unpadded), QStringLiteral("key=%1").arg(key) };
        // Before the key is known, a bare blob is indistinguishable from an etag: it stays.
        QVERIFY(redactor.redact(lines[0]).contains(key));

        redactor.addKnownSecret(key);
        redactor.addKnownSecret(QStringLiteral("short")); // ignored: would blank words
        QCOMPARE(redactor.knownSecretCount(), 1);
        for (const QString &line : lines) {
            const QString output = redactor.redact(line);
            QVERIFY2(!output.contains(unpadded) && !output.contains(encoded.left(20)), qPrintable(output));
            QVERIFY2(output.contains(LogRedactor::Placeholder), qPrintable(output));
        }
        QCOMPARE(redactor.redact(QStringLiteral("the key is %1.").arg(key)), QStringLiteral("the key is <redacted>."));
        QCOMPARE(redactor.redact(QStringLiteral("short stays short")), QStringLiteral("short stays short"));
        // The key inside a longer blob (a derived value concatenated) still goes.
        QVERIFY(!redactor.redact(QStringLiteral("x") + key + QStringLiteral("y")).contains(unpadded));

        redactor.forgetKnownSecret(key);
        QCOMPARE(redactor.knownSecretCount(), 0);
        QVERIFY(redactor.redact(lines[0]).contains(key));
    }

    void derivedDeviceKeyFedAsKnown()
    {
        // The app feeds device keys it derives too (field provisioning): they go like policy keys.
        const QString deviceKey = SharedAccessSignature::deriveDeviceKey(keyB(), QStringLiteral("sensor-0001"));
        QVERIFY(!deviceKey.isEmpty());
        LogRedactor redactor;
        redactor.addKnownSecret(deviceKey);
        QCOMPARE(redactor.redact(QStringLiteral("registering with ") + deviceKey),
                 QStringLiteral("registering with <redacted>"));
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
