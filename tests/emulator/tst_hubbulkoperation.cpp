// Tests of HubBulkOperation (POST /devices), reached through HubService::handle() as the SDKs
// reach it: Node's addDevices/updateDevices/removeDevices bodies, per-item errors with the other
// items applied, and whole requests refused (nothing applied) when any item is malformed.

#include "HubServiceFixture.h"

#include <AzureError.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

class TestHubBulkOperation : public QObject, protected HubServiceFixture
{
    Q_OBJECT

private slots:
    void init();
    void bulk();
    void bulkRejectsWholeRequest_data();
    void bulkRejectsWholeRequest();
};

void TestHubBulkOperation::init()
{
    resetHub();
}

void TestHubBulkOperation::bulk()
{
    QVERIFY(!m_registry->createDevice(Azure::DeviceIdentity{QStringLiteral("exists")}));
    // Node's addDevices: importMode create, id instead of deviceId, empty keys.
    HttpResponse response = send("POST", QStringLiteral("/devices"), R"([
        {"id":"b1","importMode":"create","authentication":{"type":"sas","symmetricKey":{"primaryKey":"","secondaryKey":""}}},
        {"id":"b2","importMode":"Create","tags":{"site":"x"}},
        {"id":"exists","importMode":"create"}])");
    QCOMPARE(response.status, 400);
    QJsonObject result = json(response.body);
    QCOMPARE(result.value(QLatin1StringView("isSuccessful")).toBool(), false);
    const QJsonArray errors = result.value(QLatin1StringView("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("deviceId")).toString(), QStringLiteral("exists"));
    QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("errorCode")).toInt(), 409001);
    QVERIFY(m_registry->contains(QStringLiteral("b1")));
    QCOMPARE(m_registry->twin(QStringLiteral("b2"))->value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("site")).toString(),
             QStringLiteral("x"));

    // Node's updateDevices(force) and removeDevices(!force).
    const QString etag = m_registry->deviceEtag(QStringLiteral("b1"));
    response = send("POST", QStringLiteral("/devices"), R"([{"id":"b1","importMode":"Update","status":"disabled","etag":null},
                                                           {"id":"b2","importMode":"update","status":"disabled"}])");
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response.body).value(QLatin1StringView("isSuccessful")).toBool(), true);
    QCOMPARE(m_registry->registryStatistics().disabledDeviceCount, 2);
    response = send("POST", QStringLiteral("/devices"),
                    QStringLiteral(R"([{"id":"b1","importMode":"DeleteIfMatchETag","eTag":"%1"},{"id":"b2","importMode":"DeleteIfMatchETag","eTag":"stale"}])")
                        .arg(m_registry->deviceEtag(QStringLiteral("b1"))).toUtf8());
    QCOMPARE(response.status, 400);
    result = json(response.body);
    QCOMPARE(result.value(QLatin1StringView("errors")).toArray().at(0).toObject().value(QLatin1StringView("errorCode")).toInt(), 412001);
    QVERIFY(!m_registry->contains(QStringLiteral("b1")));
    QVERIFY(m_registry->contains(QStringLiteral("b2")));
    QVERIFY(etag != m_registry->deviceEtag(QStringLiteral("b2")));
}

void TestHubBulkOperation::bulkRejectsWholeRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QByteArray tooMany = "[";
    for (int i = 0; i < 101; ++i)
        tooMany += (i ? "," : "") + QStringLiteral(R"({"id":"t%1"})").arg(i).toUtf8();
    tooMany += "]";
    QTest::addRow("over 100") << tooMany << "TooManyDevices" << "at most 100";
    QTest::addRow("not an array") << QByteArray(R"({"id":"x"})") << "ArgumentInvalid" << "JSON array";
    QTest::addRow("empty") << QByteArray("[]") << "ArgumentInvalid" << "empty";
    QTest::addRow("illegal id") << QByteArray(R"([{"id":"ok"},{"id":"bad/id"}])") << "ArgumentInvalid" << "Device 1 of the array";
    QTest::addRow("duplicate id") << QByteArray(R"([{"id":"x"},{"id":"x"}])") << "ArgumentInvalid" << "appears more than once";
    QTest::addRow("unknown field") << QByteArray(R"([{"id":"x","bogus":1}])") << "ArgumentInvalid" << "bogus";
    QTest::addRow("bad mode") << QByteArray(R"([{"id":"x","importMode":"explode"}])") << "ArgumentInvalid" << "importMode";
    QTest::addRow("etag mode without etag") << QByteArray(R"([{"id":"x","importMode":"updateIfMatchETag"}])") << "ArgumentInvalid" << "needs eTag";
    QTest::addRow("module") << QByteArray(R"([{"id":"x","moduleId":"m"}])") << "ArgumentInvalid" << "module";
    QTest::addRow("reported twin") << QByteArray(R"([{"id":"x","properties":{"reported":{"a":1}}}])") << "ArgumentInvalid" << "reported";
}

void TestHubBulkOperation::bulkRejectsWholeRequest()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const HttpResponse response = send("POST", QStringLiteral("/devices"), body);
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCodeOf(response), code);
    QVERIFY2(json(response.body).value(QLatin1StringView("Message")).toString().contains(message), response.body.constData());
    QCOMPARE(m_registry->deviceCount(), 0);
}

QTEST_GUILESS_MAIN(TestHubBulkOperation)
#include "tst_hubbulkoperation.moc"
