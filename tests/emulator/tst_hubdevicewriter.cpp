// HubDeviceWriter must write exactly what the slow path (HubDeviceJson::identity(...).toJson())
// gives: same fields, same values, valid JSON, for every kind of stored identity.

#include "hub/HubDeviceJson.h"
#include "hub/HubDeviceWriter.h"
#include "hub/HubRegistry.h"

#include <AzureDateTime.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

class TestHubDeviceWriter : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheRecordPath_data();
    void matchesTheRecordPath();
    void timesMatchAzureDateTime();
    void escapesStrings();
};

void TestHubDeviceWriter::matchesTheRecordPath_data()
{
    QTest::addColumn<QByteArray>("identity"); // the PUT body
    QTest::addColumn<bool>("connect");
    QTest::addRow("plain sas") << QByteArray(R"({"deviceId":"plain"})") << false;
    QTest::addRow("connected edge") << QByteArray(R"({"deviceId":"edge-1","capabilities":{"iotEdge":true}})") << true;
    QTest::addRow("disabled with reason")
        << QByteArray(R"x({"deviceId":"d\u0027($)","status":"disabled","statusReason":"stolen \"twice\" \\ ü 🚚 \n"})x") << false;
    QTest::addRow("self-signed") << QByteArray(R"({"deviceId":"x509","authentication":{"type":"selfSigned","x509Thumbprint":{"primaryThumbprint":"0123456789abcdef0123456789abcdef01234567","secondaryThumbprint":"fedcba9876543210fedcba9876543210fedcba98"}}})")
                                 << false;
    QTest::addRow("ca") << QByteArray(R"({"deviceId":"ca","authentication":{"type":"certificateAuthority"}})") << false;
    QTest::addRow("16-byte keys") << QByteArray(R"({"deviceId":"short","authentication":{"symmetricKey":{"primaryKey":"MTIzNDU2Nzg5MDEyMzQ1Ng==","secondaryKey":"YWJjZGVmZ2hpamtsbW5vcA=="}}})")
                                  << true;
    QTest::addRow("scopes") << QByteArray(R"({"deviceId":"child","deviceScope":"ms-azure-iot-edge://edge-1-637","parentScopes":["ms-azure-iot-edge://edge-1-637"]})")
                            << false;
}

void TestHubDeviceWriter::matchesTheRecordPath()
{
    QFETCH(QByteArray, identity);
    QFETCH(bool, connect);
    qint64 now = 1714557605120; // a time with milliseconds
    HubRegistry registry(QStringLiteral("h"), [&now] { return now; });
    QString error;
    const std::optional<Azure::DeviceIdentity> parsed = Azure::DeviceIdentity::fromJson(QJsonDocument::fromJson(identity).object(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(!registry.createDevice(*parsed));
    if (connect) {
        now += 7;
        QVERIFY(registry.setConnected(parsed->deviceId, true));
    }
    QString etag;
    const QByteArray fast = registry.deviceJson(parsed->deviceId, &etag);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(fast, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, fast.constData());
    QCOMPARE(document.object(), registry.device(parsed->deviceId)->toJson());
    QCOMPARE(etag, *registry.device(parsed->deviceId)->etag);
    QVERIFY(registry.deviceJson(QStringLiteral("nobody")).isEmpty());
}

void TestHubDeviceWriter::timesMatchAzureDateTime()
{
    QList<qint64> samples{0, 1, 1000, 1714557605000, 1714557605100, 1714557605120, 1714557605123, 951782400000 /* 2000-02-29 */,
                          4102444799999 /* 2099-12-31T23:59:59.999 */, 253402300799000 /* 9999-12-31 */};
    for (int i = 0; i < 2000; ++i)
        samples.append(qint64(QRandomGenerator::global()->bounded(Q_INT64_C(4102444800000))) + 1);
    for (qint64 ms : samples) {
        QByteArray fast;
        HubDeviceWriter::appendTime(fast, ms);
        QCOMPARE(QString::fromLatin1(fast), HubDeviceJson::time(ms).toString());
    }
}

void TestHubDeviceWriter::escapesStrings()
{
    QByteArray out;
    HubDeviceWriter::appendString(out, QStringLiteral("a\"b\\c\n\u00e9\U0001F69A"));
    QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\u000a\xc3\xa9\xf0\x9f\x9a\x9a\""));
    out.clear();
    HubDeviceWriter::appendBase64(out, reinterpret_cast<const quint8 *>("abcd"), 4);
    QCOMPARE(out, QByteArray("YWJjZA=="));
}

QTEST_GUILESS_MAIN(TestHubDeviceWriter)
#include "tst_hubdevicewriter.moc"
