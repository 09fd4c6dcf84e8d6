// Tests of HubTwinHandlers, reached the way the emulator reaches them: through HubService::handle()
// with HttpRequest objects. Queries with paging headers, twin read/patch/replace with etags,
// direct methods (the echoing simulated device, a custom handler, DeviceNotOnline).

#include "HubServiceFixture.h"

#include <AzureError.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

class TestHubTwinHandlers : public QObject, protected HubServiceFixture
{
    Q_OBJECT

private slots:
    void init();
    void queryPagingHeaders();
    void queryErrors();
    void twins();
    void directMethods();
};

void TestHubTwinHandlers::init()
{
    resetHub();
}

void TestHubTwinHandlers::queryPagingHeaders()
{
    const QByteArray key = QByteArray(32, 'k').toBase64();
    for (int i = 0; i < 250; ++i)
        m_registry->assignDevice(QStringLiteral("q%1").arg(i), key, key, {}, false);
    QStringList seen;
    QByteArray continuation;
    int pages = 0;
    do {
        QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-max-item-count", "100"}};
        if (!continuation.isEmpty())
            headers.append({"x-ms-continuation", continuation});
        const HttpResponse response = send("POST", QStringLiteral("/devices/query"), R"({"query":"SELECT * FROM devices"})", headers);
        QCOMPARE(response.status, 200);
        QCOMPARE(header(response, "x-ms-item-type"), QByteArray("twin"));
        const QJsonArray rows = QJsonDocument::fromJson(response.body).array();
        for (const QJsonValue &row : rows)
            seen.append(row.toObject().value(QLatin1StringView("deviceId")).toString());
        continuation = header(response, "x-ms-continuation");
        // The last page has no x-ms-continuation header at all (an empty one would loop Node forever).
        bool present = false;
        for (const auto &[name, value] : response.headers)
            present = present || name == "x-ms-continuation";
        QCOMPARE(present, !continuation.isEmpty());
        ++pages;
    } while (!continuation.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 250);

    const HttpResponse count = send("POST", QStringLiteral("/devices/query"), R"({"query":"SELECT COUNT() AS numberOfDevices FROM devices"})");
    const QJsonArray expected{QJsonObject{{QStringLiteral("numberOfDevices"), 250}}};
    QCOMPARE(QJsonDocument::fromJson(count.body).array(), expected);
    QCOMPARE(header(count, "x-ms-item-type"), QByteArray("raw"));
}

void TestHubTwinHandlers::queryErrors()
{
    HttpResponse response = send("POST", QStringLiteral("/devices/query"), R"({"query":"SELECT * FORM devices"})");
    QCOMPARE(response.status, 400);
    QVERIFY2(response.body.contains("unexpected 'FORM' at position 9, expected FROM"), response.body.constData());
    response = send("POST", QStringLiteral("/devices/query"), R"({"sql":"SELECT * FROM devices"})");
    QCOMPARE(response.status, 400);
    response = send("POST", QStringLiteral("/devices/query"), R"({"query":"SELECT * FROM devices"})", {{"x-ms-max-item-count", "lots"}});
    QCOMPARE(response.status, 400);
    response = send("POST", QStringLiteral("/devices/query"), R"({"query":"SELECT * FROM devices"})", {{"x-ms-continuation", "bogus"}});
    QCOMPARE(response.status, 400);
    QVERIFY(response.body.contains("continuation token"));
}

void TestHubTwinHandlers::twins()
{
    QVERIFY(!m_registry->createDevice(Azure::DeviceIdentity{QStringLiteral("t")}));
    HttpResponse response = send("GET", QStringLiteral("/twins/t"));
    QCOMPARE(response.status, 200);
    const QString etag = json(response.body).value(QLatin1StringView("etag")).toString();
    QCOMPARE(header(response, "ETag"), '"' + etag.toLatin1() + '"');

    // Node's twin.update(patch): If-Match with the quoted twin etag.
    response = send("PATCH", QStringLiteral("/twins/t"), R"({"tags":{"site":"berlin"},"properties":{"desired":{"interval":5}}})",
                    {{"if-match", '"' + etag.toLatin1() + '"'}});
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response.body).value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("site")).toString(),
             QStringLiteral("berlin"));
    response = send("PATCH", QStringLiteral("/twins/t"), R"({"tags":{"site":"paris"}})", {{"if-match", '"' + etag.toLatin1() + '"'}});
    QCOMPARE(response.status, 412);
    response = send("PATCH", QStringLiteral("/twins/t"), R"({"deviceId":"other","tags":{}})");
    QCOMPARE(response.status, 400);
    response = send("PATCH", QStringLiteral("/twins/t"), R"({"tags":{"a.b":1}})");
    QCOMPARE(response.status, 400);
    response = send("PATCH", QStringLiteral("/twins/nobody"), R"({"tags":{"a":1}})");
    QCOMPARE(response.status, 404);
    QCOMPARE(errorCodeOf(response), QStringLiteral("DeviceNotFound"));
    response = send("PUT", QStringLiteral("/twins/t"), R"({"tags":{"only":"this"}})");
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response.body).value(QLatin1StringView("tags")).toObject(), json(R"({"only":"this"})"));
}

void TestHubTwinHandlers::directMethods()
{
    QVERIFY(!m_registry->createDevice(Azure::DeviceIdentity{QStringLiteral("m")}));
    const QByteArray call = R"({"methodName":"reboot","payload":{"delay":3},"responseTimeoutInSeconds":30,"connectTimeoutInSeconds":0})";
    HttpResponse response = send("POST", QStringLiteral("/twins/m/methods"), call);
    QCOMPARE(response.status, 404);
    QCOMPARE(errorCodeOf(response), QStringLiteral("DeviceNotOnline"));
    QCOMPARE(send("POST", QStringLiteral("/twins/nobody/methods"), call).status, 404);

    QVERIFY(m_registry->setConnected(QStringLiteral("m"), true));
    response = send("POST", QStringLiteral("/twins/m/methods"), call);
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response.body), json(R"({"status":200,"payload":{"delay":3}})"));
    // Node sends payload null by default: the echo is {}.
    response = send("POST", QStringLiteral("/twins/m/methods"), R"({"methodName":"ping","payload":null,"responseTimeoutInSeconds":30})");
    QCOMPARE(json(response.body), json(R"({"status":200,"payload":{}})"));

    m_service->setMethodHandler([](const QString &deviceId, const Azure::DirectMethodRequest &request) {
        Azure::DirectMethodResult result;
        result.status = request.methodName == QStringLiteral("fail") ? 500 : 201;
        result.payload = QJsonValue(deviceId);
        return std::optional<Azure::DirectMethodResult>(result);
    });
    response = send("POST", QStringLiteral("/twins/m/methods"), R"({"methodName":"fail"})");
    QCOMPARE(json(response.body), json(R"({"status":500,"payload":"m"})"));

    QCOMPARE(send("POST", QStringLiteral("/twins/m/methods"), R"({"methodName":""})").status, 400);
    QCOMPARE(send("POST", QStringLiteral("/twins/m/methods"), R"({"methodName":"x","responseTimeoutInSeconds":301})").status, 400);
    QCOMPARE(send("POST", QStringLiteral("/twins/m/methods"), R"({"payload":1})").status, 400);
}

QTEST_GUILESS_MAIN(TestHubTwinHandlers)
#include "tst_hubtwinhandlers.moc"
