// Tests of HubBulkOperation (POST /devices), reached through HubService::handle() as the SDKs
// reach it: Node's addDevices/updateDevices/removeDevices bodies, per-item errors with the other
// items applied, and whole requests refused (nothing applied) when any item is malformed.

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

class TestHubBulkOperation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bulk();
    void bulkRejectsWholeRequest_data();
    void bulkRejectsWholeRequest();

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

void TestHubBulkOperation::init()
{
    m_registry = std::make_unique<HubRegistry>(Host);
    m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forHub());
    m_nowMs = 1'000'000;
    m_quotas = std::make_unique<QuotaGate>(QuotaLimits::forHub(QStringLiteral("S1"), 1), 1.0, [this] { return m_nowMs; });
    m_quotas->setEnabled(false);
    m_service = std::make_unique<HubService>(m_registry.get(), m_policies.get(), m_quotas.get());
}

QByteArray TestHubBulkOperation::token(const QString &policy, qint64 expiry, const QString &host) const
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

HttpRequest TestHubBulkOperation::request(const char *method, const QString &path, const QByteArray &body, const QString &policy)
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

HttpResponse TestHubBulkOperation::send(const char *method, const QString &path, const QByteArray &body,
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
