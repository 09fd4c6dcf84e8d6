// Tests of HubTwinHandlers, reached the way the emulator reaches them: through HubService::handle()
// with HttpRequest objects. Queries with paging headers, twin read/patch/replace with etags,
// direct methods (the echoing simulated device, a custom handler, DeviceNotOnline).

#include "hub/HubRegistry.h"
#include "hub/HubService.h"

#include <AzureError.h>
#include <SharedAccessSignature.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

namespace {

const QString Host = QStringLiteral("localhost:44321");

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestHubTwinHandlers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void queryPagingHeaders();
    void queryErrors();
    void twins();
    void directMethods();

private:
    HttpRequest request(const char *method, const QString &path, const QByteArray &body = {},
                        const QString &policy = QStringLiteral("iothubowner"));
    QByteArray token(const QString &policy, qint64 expiry = 0, const QString &host = Host) const;
    HttpResponse send(const char *method, const QString &path, const QByteArray &body = {},
                      QList<QPair<QByteArray, QByteArray>> headers = {});

    std::unique_ptr<HubRegistry> m_registry;
    std::unique_ptr<AccessPolicies> m_policies;
    std::unique_ptr<QuotaGate> m_quotas;
    std::unique_ptr<HubService> m_service;
    qint64 m_nowMs = 0;
};

void TestHubTwinHandlers::init()
{
    m_registry = std::make_unique<HubRegistry>(Host);
    m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forHub());
    m_nowMs = 1'000'000;
    m_quotas = std::make_unique<QuotaGate>(QuotaLimits::forHub(QStringLiteral("S1"), 1), 1.0, [this] { return m_nowMs; });
    m_quotas->setEnabled(false);
    m_service = std::make_unique<HubService>(m_registry.get(), m_policies.get(), m_quotas.get());
}

QByteArray TestHubTwinHandlers::token(const QString &policy, qint64 expiry, const QString &host) const
{
    const AccessPolicies::Policy *p = m_policies->policy(policy);
    if (!p)
        qFatal("no policy %s", qPrintable(policy));
    if (expiry == 0)
        expiry = QDateTime::currentSecsSinceEpoch() + 3600;
    return Azure::SharedAccessSignature::create(host, policy, QString::fromLatin1(p->primaryKey), expiry,
                                                Azure::SharedAccessSignature::ResourceEncoding::AsIs)
        .toString().toLatin1();
}

HttpRequest TestHubTwinHandlers::request(const char *method, const QString &path, const QByteArray &body, const QString &policy)
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = path.indexOf(u'?');
    const QString route = q < 0 ? path : path.left(q);
    r.segments = route.mid(1).split(u'/');
    r.query = QUrlQuery(q < 0 ? QStringLiteral("api-version=2021-04-12") : path.mid(q + 1));
    if (!policy.isEmpty())
        r.headers.insert("authorization", token(policy));
    r.body = body;
    return r;
}

HttpResponse TestHubTwinHandlers::send(const char *method, const QString &path, const QByteArray &body,
                                  QList<QPair<QByteArray, QByteArray>> headers)
{
    HttpRequest r = request(method, path, body);
    for (const auto &[name, value] : headers)
        r.headers.insert(name, value);
    return m_service->handle(r);
}

static QByteArray header(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

static QString errorCodeOf(const HttpResponse &response)
{
    return QString::fromLatin1(header(response, "iothub-errorcode"));
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
