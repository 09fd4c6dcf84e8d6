#include "SharedAccessSignature.h"

#include <QTest>

using namespace StampDeck::Azure;

namespace {
// AZURE_WIRE_SOURCES.md §1.5 F: TEST_ENDORSEMENT_KEY of azure-iot-cli-extension
// azext_iot/tests/dps/__init__.py (424 characters; §1.5 calls it 392, which is a miscount).
const QString CliGroupKey = QStringLiteral(
    "AToAAQALAAMAsgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEAgAAAAAAAEAibym9HQP9vxCGF5dVc1Q"
    "QsAGe021aUGJzNol1/gycBx3jFsTpwmWbISRwnFvflWd0w2Mc44FAAZNaJOAAxwZvG8GvyLlHh6fGKdh+mSBL4iLH2bZ4Ry22cB3"
    "CJVjXmdGoz9Y/j3/NwLndBxQC+baNvzvyVQZ4/A2YL7vzIIj2ik4y+ve9ir7U0GbNdnxskqK1KFIITVVtkTIYyyFTIR0BySjPrRI"
    "Dj7r7Mh5uF9HBppGKQCBoVSVV8dI91lNazmSdpGWyqCkO7iM4VvUMv2HT/ym53aYlUrau+Qq87Tu+uQipWYgRdF11KDfcpMHqqzB"
    "QQ1NpOJVhrsTrhyJzO7KNw==");
const QString PasswordKey = QStringLiteral("cGFzc3dvcmQ="); // base64("password")
const QString CliKey = QStringLiteral("+XLy+MVZ+aTeOnVzN2kLeB16O+kSxmz6g3rS6fAf6rw=");
} // namespace

class TestSharedAccessSignature : public QObject
{
    Q_OBJECT

private slots:
    // §1.5 A: hmacHash(key, 'string-to-sign').
    void vectorA_hmac()
    {
        const QByteArray key = *SharedAccessSignature::decodeKey(PasswordKey);
        QCOMPARE(key, QByteArray("password"));
        QCOMPARE(SharedAccessSignature::computeSignature(key, "string-to-sign"),
                 QByteArray("o1n1hiIVgzVA2+krq9ty1Z4xsIJKJZP3dYT8MOi65Y4="));
    }

    // §1.5 B/C/D: the Node SDK's create(...).toString() outputs.
    void nodeVectors_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("expected");
        const int asIs = int(SharedAccessSignature::ResourceEncoding::AsIs);
        const int encode = int(SharedAccessSignature::ResourceEncoding::UrlEncode);
        QTest::addRow("B with policy") << QStringLiteral("uri") << QStringLiteral("encode('Me')") << PasswordKey << asIs
            << QStringLiteral("SharedAccessSignature sr=uri&sig=kcWxXAK2OAaAoq2oCkaGzX2NMqDB8nCyNuq2fPYCDhk%3D&skn=encode%28%27Me%27%29&se=12345");
        QTest::addRow("B without policy") << QStringLiteral("uri") << QString() << PasswordKey << asIs
            << QStringLiteral("SharedAccessSignature sr=uri&sig=kcWxXAK2OAaAoq2oCkaGzX2NMqDB8nCyNuq2fPYCDhk%3D&se=12345");
        QTest::addRow("C service, unpadded key") << QStringLiteral("host") << QStringLiteral("policy") << QStringLiteral("key") << asIs
            << QStringLiteral("SharedAccessSignature sr=host&sig=88JmrIsVYOGmRSjCO1x1LLbv0K001Gikh1rjfJqbQXA%3D&skn=policy&se=12345");
        QTest::addRow("D device, encoded sr") << QStringLiteral("host/devices/device") << QString() << QStringLiteral("key") << encode
            << QStringLiteral("SharedAccessSignature sr=host%2Fdevices%2Fdevice&sig=wM3XiP6gD960IxP7J5WHqnxQHEcWC6YaQCtoMT%2BkKHc%3D&se=12345");
    }
    void nodeVectors()
    {
        QFETCH(QString, resource);
        QFETCH(QString, keyName);
        QFETCH(QString, key);
        QFETCH(int, encoding);
        QFETCH(QString, expected);
        QString error;
        const SharedAccessSignature token = SharedAccessSignature::create(
            resource, keyName, key, 12345, SharedAccessSignature::ResourceEncoding(encoding), &error);
        QVERIFY2(token.isValid(), qPrintable(error));
        QCOMPARE(token.toString(), expected);
        // And back: parse, verify, same text.
        const auto parsed = SharedAccessSignature::parse(expected, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), expected);
        QVERIFY(parsed->verifySignature(key));
        QCOMPARE(parsed->keyName(), keyName);
    }

    // §1.5 D contrast: signing the raw resource gives another signature.
    void vectorD_rawContrast()
    {
        const QByteArray key = *SharedAccessSignature::decodeKey(QStringLiteral("key"));
        QCOMPARE(key, QByteArray("\x91\xEC"));
        QCOMPARE(SharedAccessSignature::computeSignature(key, "host/devices/device\n12345"),
                 QByteArray("cYyu26VeeH+oy96wrcS2I5guVNSzKNeenQIBvUAguD4="));
    }

    // §1.5 E: azure-iot-cli-extension TestSasTokenAuth.
    void vectorE_cli_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("sig");
        QTest::addColumn<QString>("sr");
        QTest::addRow("device") << QStringLiteral("iot-hub-for-test.azure-devices.net/devices/iot-device-for-test") << QString()
                                << QStringLiteral("SIumZ1ACqqPJZ2okHDlW9MSYKykEpqsQY3z6FMOICd4%3D")
                                << QStringLiteral("iot-hub-for-test.azure-devices.net%2Fdevices%2Fiot-device-for-test");
        QTest::addRow("hub policy") << QStringLiteral("iot-hub-for-test.azure-devices.net") << QStringLiteral("iothubowner")
                                    << QStringLiteral("770sPjjYxRYpNz8%2FhEN7XR5XU5KDGYGTinSP8YyeTXw%3D")
                                    << QStringLiteral("iot-hub-for-test.azure-devices.net");
        QTest::addRow("module") << QStringLiteral("iot-hub-for-test.azure-devices.net/devices/iot-device-for-test/modules/module-for-test")
                                << QStringLiteral("iothubowner") << QStringLiteral("JwAxBBBPYA0E%2FTHdnrXzUfBfuZ7deH6pppCniJ23Uu0%3D")
                                << QStringLiteral("iot-hub-for-test.azure-devices.net%2Fdevices%2Fiot-device-for-test%2Fmodules%2Fmodule-for-test");
    }
    void vectorE_cli()
    {
        QFETCH(QString, uri);
        QFETCH(QString, policy);
        QFETCH(QString, sig);
        QFETCH(QString, sr);
        const SharedAccessSignature token = SharedAccessSignature::create(uri, policy, CliKey, 1471940363);
        const QString text = token.toString();
        QVERIFY2(text.contains(QStringLiteral("sig=") + sig), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sr=") + sr + u'&'), qPrintable(text));
        QCOMPARE(token.resource(), sr);
        QCOMPARE(token.decodedResource(), uri);
    }

    // §1.5 F: DPS group enrollment derived key.
    void vectorF_derivedKey()
    {
        QCOMPARE(CliGroupKey.size(), 424);
        QString error;
        QCOMPARE(SharedAccessSignature::deriveDeviceKey(CliGroupKey, QStringLiteral("myarbitrarydeviceId"), &error),
                 QStringLiteral("cT/EXZvsplPEpT//p98Pc6sKh8mY3kYgSxavHwMkl7w="));
        QVERIFY(SharedAccessSignature::deriveDeviceKey(QStringLiteral("not base64!"), QStringLiteral("x"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void parseAnyOrder_data()
    {
        QTest::addColumn<QString>("token");
        const QString sig = QStringLiteral("sig=kcWxXAK2OAaAoq2oCkaGzX2NMqDB8nCyNuq2fPYCDhk%3D");
        QTest::addRow("node order") << QStringLiteral("SharedAccessSignature sr=uri&") + sig + QStringLiteral("&skn=p&se=12345");
        QTest::addRow("docs order") << QStringLiteral("SharedAccessSignature ") + sig + QStringLiteral("&se=12345&skn=p&sr=uri");
        QTest::addRow("c# order") << QStringLiteral("SharedAccessSignature sr=uri&") + sig + QStringLiteral("&se=12345&skn=p");
        QTest::addRow("extra spaces") << QStringLiteral("  SharedAccessSignature   sr=uri&") + sig + QStringLiteral("&se=12345&skn=p ");
        QTest::addRow("unknown field ignored") << QStringLiteral("SharedAccessSignature sr=uri&") + sig + QStringLiteral("&se=12345&skn=p&x=1");
    }
    void parseAnyOrder()
    {
        QFETCH(QString, token);
        QString error;
        const auto parsed = SharedAccessSignature::parse(token, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->resource(), QStringLiteral("uri"));
        QCOMPARE(parsed->keyName(), QStringLiteral("p"));
        QCOMPARE(parsed->expiry(), 12345);
        QCOMPARE(parsed->signature(), QStringLiteral("kcWxXAK2OAaAoq2oCkaGzX2NMqDB8nCyNuq2fPYCDhk="));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expectedPart");
        QTest::addRow("no prefix") << QStringLiteral("sr=a&sig=b&se=1") << QStringLiteral("SharedAccessSignature");
        QTest::addRow("prefix glued") << QStringLiteral("SharedAccessSignaturesr=a&sig=b&se=1") << QStringLiteral("SharedAccessSignature");
        QTest::addRow("no sr") << QStringLiteral("SharedAccessSignature sig=b&se=1") << QStringLiteral("'sr'");
        QTest::addRow("no sig") << QStringLiteral("SharedAccessSignature sr=a&se=1") << QStringLiteral("'sig'");
        QTest::addRow("no se") << QStringLiteral("SharedAccessSignature sr=a&sig=b") << QStringLiteral("'se'");
        QTest::addRow("se not a number") << QStringLiteral("SharedAccessSignature sr=a&sig=b&se=soon") << QStringLiteral("'se'");
        QTest::addRow("duplicate sr") << QStringLiteral("SharedAccessSignature sr=a&sr=b&sig=b&se=1") << QStringLiteral("more than one 'sr'");
        QTest::addRow("field without =") << QStringLiteral("SharedAccessSignature sr=a&sig&se=1") << QStringLiteral("name=value");
        QTest::addRow("empty") << QString() << QStringLiteral("SharedAccessSignature");
    }
    void parseErrors()
    {
        QFETCH(QString, token);
        QFETCH(QString, expectedPart);
        QString error;
        QVERIFY(!SharedAccessSignature::parse(token, &error));
        QVERIFY2(error.contains(expectedPart), qPrintable(error));
    }

    // The Node SDK sends sr unencoded ("localhost:42259", "0ne.../registrations/r1"); others encode it.
    void verifyBothSrForms_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<int>("encoding");
        const int asIs = int(SharedAccessSignature::ResourceEncoding::AsIs);
        const int encode = int(SharedAccessSignature::ResourceEncoding::UrlEncode);
        QTest::addRow("node service") << QStringLiteral("localhost:42259") << asIs;
        QTest::addRow("c# service") << QStringLiteral("localhost:42259") << encode;
        QTest::addRow("node dps device") << QStringLiteral("0ne00ABCDEF/registrations/r1") << asIs;
        QTest::addRow("docs dps device") << QStringLiteral("0ne00ABCDEF/registrations/r1") << encode;
    }
    void verifyBothSrForms()
    {
        QFETCH(QString, resource);
        QFETCH(int, encoding);
        const QString text = SharedAccessSignature::create(resource, QStringLiteral("registration"), PasswordKey, 2000,
                                                           SharedAccessSignature::ResourceEncoding(encoding)).toString();
        const auto token = SharedAccessSignature::parse(text);
        QVERIFY(token);
        QCOMPARE(token->decodedResource(), resource);
        QCOMPARE(token->verify(PasswordKey, 1000), SharedAccessSignature::VerifyResult::Valid);
        QCOMPARE(token->verify(PasswordKey, 2000), SharedAccessSignature::VerifyResult::Expired);
        QCOMPARE(token->verify(QStringLiteral("b3RoZXI="), 1000), SharedAccessSignature::VerifyResult::SignatureMismatch);
        QCOMPARE(token->verify(QStringLiteral("%%%"), 1000), SharedAccessSignature::VerifyResult::BadKey);
    }

    void docsLowerCaseEncodingAccepted()
    {
        // The docs sign "lower case URL-encoding of the lower case resource URI" and send %2f.
        const QString sr = QStringLiteral("myhub.azure-devices.net%2fdevices%2fdevice1");
        const QByteArray sig = SharedAccessSignature::computeSignature(QByteArray("password"), (sr + QStringLiteral("\n99")).toUtf8());
        const QString text = QStringLiteral("SharedAccessSignature sr=") + sr + QStringLiteral("&sig=")
            + SharedAccessSignature::urlEncode(QString::fromLatin1(sig)) + QStringLiteral("&se=99");
        const auto token = SharedAccessSignature::parse(text);
        QVERIFY(token);
        QVERIFY(token->verifySignature(PasswordKey));
        QCOMPARE(token->decodedResource(), QStringLiteral("myhub.azure-devices.net/devices/device1"));
    }

    void tamperedTokensFail()
    {
        const QString text = SharedAccessSignature::create(QStringLiteral("hub.example.net"), QStringLiteral("iothubowner"),
                                                           PasswordKey, 5000).toString();
        QString tampered = text;
        tampered.replace(QStringLiteral("se=5000"), QStringLiteral("se=9000"));
        QVERIFY(!SharedAccessSignature::parse(tampered)->verifySignature(PasswordKey));
        tampered = text;
        tampered.replace(QStringLiteral("sr=hub.example.net"), QStringLiteral("sr=other.example.net"));
        QVERIFY(!SharedAccessSignature::parse(tampered)->verifySignature(PasswordKey));
    }

    void farFutureExpiry()
    {
        // Date.now() milliseconds as "seconds" (AZURE_WIRE.md): must parse and not be expired.
        const auto token = SharedAccessSignature::create(QStringLiteral("h"), QStringLiteral("p"), PasswordKey, 1700000000000LL);
        const auto parsed = SharedAccessSignature::parse(token.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->expiry(), 1700000000000LL);
        QCOMPARE(parsed->verify(PasswordKey, 1700000000), SharedAccessSignature::VerifyResult::Valid);
    }

    void coversResource_data()
    {
        QTest::addColumn<QString>("tokenResource");
        QTest::addColumn<QString>("required");
        QTest::addColumn<bool>("covers");
        QTest::addRow("same host") << QStringLiteral("hub.azure-devices.net") << QStringLiteral("hub.azure-devices.net") << true;
        QTest::addRow("case-insensitive") << QStringLiteral("Hub.Azure-Devices.NET") << QStringLiteral("hub.azure-devices.net") << true;
        QTest::addRow("host covers device") << QStringLiteral("hub.azure-devices.net") << QStringLiteral("hub.azure-devices.net/devices/d1") << true;
        QTest::addRow("devices prefix") << QStringLiteral("hub.azure-devices.net/devices") << QStringLiteral("hub.azure-devices.net/devices/d1") << true;
        QTest::addRow("device does not cover host") << QStringLiteral("hub.azure-devices.net/devices/d1") << QStringLiteral("hub.azure-devices.net") << false;
        QTest::addRow("not a segment prefix") << QStringLiteral("hub.azure-devices.net/devices/d1") << QStringLiteral("hub.azure-devices.net/devices/d10") << false;
        QTest::addRow("other host") << QStringLiteral("hub2.azure-devices.net") << QStringLiteral("hub.azure-devices.net") << false;
        QTest::addRow("host with port") << QStringLiteral("localhost:42259") << QStringLiteral("localhost:42259") << true;
        QTest::addRow("scheme and slash") << QStringLiteral("https://hub.azure-devices.net/") << QStringLiteral("hub.azure-devices.net") << true;
        QTest::addRow("dps registration") << QStringLiteral("0ne00ABCDEF/registrations/r1") << QStringLiteral("0ne00abcdef/registrations/R1") << true;
    }
    void coversResource()
    {
        QFETCH(QString, tokenResource);
        QFETCH(QString, required);
        QFETCH(bool, covers);
        for (const auto encoding : {SharedAccessSignature::ResourceEncoding::AsIs, SharedAccessSignature::ResourceEncoding::UrlEncode}) {
            const auto token = SharedAccessSignature::create(tokenResource, QString(), PasswordKey, 1, encoding);
            QCOMPARE(token.coversResource(required), covers);
        }
    }

    void resourceHost()
    {
        const auto token = SharedAccessSignature::create(QStringLiteral("hub.azure-devices.net/devices/d1"), QString(), PasswordKey, 1);
        QCOMPARE(token.resourceHost(), QStringLiteral("hub.azure-devices.net"));
    }

    void badKey()
    {
        QString error;
        for (const QString &key : {QString(), QStringLiteral("a"), QStringLiteral("ab=c"), QStringLiteral("abc==="), QStringLiteral("ab c"),
                                   QStringLiteral("a-b_")}) {
            error.clear();
            QVERIFY2(!SharedAccessSignature::create(QStringLiteral("h"), QString(), key, 1, {}, &error).isValid(), qPrintable(key));
            QVERIFY(!error.isEmpty());
            QVERIFY(key.size() < 4 || !error.contains(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedAccessSignature)
#include "tst_sharedaccesssignature.moc"
