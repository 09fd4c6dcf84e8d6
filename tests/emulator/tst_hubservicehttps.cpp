// HubService over real HTTPS: an HttpsEndpoint on loopback with a certificate from a fresh local
// CA, and a QNetworkAccessManager that trusts that CA only (SSL errors are never ignored).
// Covers what only the wire shows: percent-encoded ids, headers (ETag, Retry-After,
// x-ms-continuation), 401/412/429 answers and paging 1,000 devices with continuation tokens. The
// last test runs the real stampdeck-emulator binary.

#include "EmulatorProcess.h"
#include "HttpsExchange.h"
#include "HttpsTestFixture.h"
#include "hub/HubRegistry.h"
#include "hub/HubService.h"
#include "server/CertificateAuthority.h"
#include "server/HttpsEndpoint.h"

#include <ConnectionString.h>
#include <SharedAccessSignature.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;
using Answer = StampDeck::Testing::HttpsAnswer;

class TestHubServiceHttps : public QObject, protected HttpsTestFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createAndReadWithEncodedId();
    void unauthorizedTokens();
    void staleEtag();
    void throttled();
    void pagesThousandDevicesWithContinuation();
    void realEmulatorProcess();

private:
    QByteArray token(const QString &policy, qint64 expiry = 0) const;
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &policy = QStringLiteral("iothubowner"));

    std::unique_ptr<HubRegistry> m_registry;
    std::unique_ptr<AccessPolicies> m_policies;
    std::unique_ptr<QuotaGate> m_quotas;
    std::unique_ptr<HubService> m_service;
    std::unique_ptr<HttpsEndpoint> m_endpoint;
};

void TestHubServiceHttps::initTestCase()
{
    QString error;
    QVERIFY2(createCertificateAuthority(&error), qPrintable(error));
}

void TestHubServiceHttps::init()
{
    m_registry = std::make_unique<HubRegistry>();
    m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forHub());
    m_quotas = std::make_unique<QuotaGate>(QuotaLimits::forHub(QStringLiteral("S3"), 10));
    m_service = std::make_unique<HubService>(m_registry.get(), m_policies.get(), m_quotas.get());
    m_endpoint = std::make_unique<HttpsEndpoint>(m_service.get(), m_ca->serverConfiguration(), nullptr, QStringLiteral("hub-test"));
    QVERIFY(m_endpoint->listen(QHostAddress::LocalHost, 0) != 0);
    m_registry->setHostName(m_endpoint->hostName());
}

void TestHubServiceHttps::cleanup()
{
    m_endpoint.reset();
    m_service.reset();
}

QByteArray TestHubServiceHttps::token(const QString &policy, qint64 expiry) const
{
    const AccessPolicies::Policy *p = m_policies->policy(policy);
    return Azure::SharedAccessSignature::create(m_registry->hostName(), policy, QString::fromLatin1(p->primaryKey),
                                                expiry ? expiry : QDateTime::currentSecsSinceEpoch() + 3600,
                                                Azure::SharedAccessSignature::ResourceEncoding::AsIs)
        .toString().toLatin1();
}

Answer TestHubServiceHttps::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, const QString &policy)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://") + m_registry->hostName() + pathAndQuery, QUrl::StrictMode));
    if (!policy.isEmpty())
        request.setRawHeader("Authorization", token(policy));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, method, body);
}

void TestHubServiceHttps::createAndReadWithEncodedId()
{
    // "a+b%c(1)" travels as a%2Bb%25c(1): the endpoint decodes the segment, '+' stays '+'.
    const QString path = QStringLiteral("/devices/a%2Bb%25c(1)?api-version=2021-04-12");
    Answer answer = call("PUT", path, R"x({"deviceId":"a+b%c(1)"})x");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(answer.object().value(QLatin1StringView("deviceId")).toString(), QStringLiteral("a+b%c(1)"));
    QVERIFY(m_registry->contains(QStringLiteral("a+b%c(1)")));
    const QString etag = answer.object().value(QLatin1StringView("etag")).toString();
    QCOMPARE(answer.headers.value("etag"), '"' + etag.toLatin1() + '"');

    answer = call("GET", path);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QLatin1StringView("etag")).toString(), etag);

    answer = call("GET", QStringLiteral("/twins/a%2Bb%25c(1)?api-version=2021-04-12"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QLatin1StringView("deviceId")).toString(), QStringLiteral("a+b%c(1)"));

    answer = call("GET", QStringLiteral("/devices/missing?api-version=2021-04-12"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.headers.value("iothub-errorcode"), QByteArray("DeviceNotFound"));
    QVERIFY(answer.object().value(QLatin1StringView("Message")).toString().startsWith(QStringLiteral("ErrorCode:DeviceNotFound;")));
}

void TestHubServiceHttps::unauthorizedTokens()
{
    const QString path = QStringLiteral("/devices/d1?api-version=2021-04-12");
    Answer answer = call("PUT", path, R"({"deviceId":"d1"})", {}, QStringLiteral("registryRead"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.headers.value("iothub-errorcode"), QByteArray("IotHubUnauthorizedAccess"));
    QVERIFY(answer.body.contains("lacks the right RegistryWrite"));
    QVERIFY(!m_registry->contains(QStringLiteral("d1")));

    answer = call("PUT", path, R"({"deviceId":"d1"})", {{"Authorization", token(QStringLiteral("iothubowner"), 1000)}}, QString());
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.body.contains("expired"));

    answer = call("GET", QStringLiteral("/statistics/devices?api-version=2021-04-12"), {}, {{"Authorization", "SharedAccessSignature sr=x&sig=y&se=1"}},
                  QString());
    QCOMPARE(answer.status, 401);
    QCOMPARE(call("GET", QStringLiteral("/statistics/devices?api-version=2021-04-12"), {}, {}, QStringLiteral("registryRead")).status, 200);
}

void TestHubServiceHttps::staleEtag()
{
    Answer created = call("PUT", QStringLiteral("/devices/e1?api-version=2021-04-12"), R"({"deviceId":"e1"})");
    QCOMPARE(created.status, 200);
    const QByteArray etag = created.headers.value("etag");
    QCOMPARE(call("PUT", QStringLiteral("/devices/e1?api-version=2021-04-12"), R"({"deviceId":"e1","status":"disabled"})",
                  {{"If-Match", etag}}).status, 200);
    // The etag used above is stale now.
    const Answer stale = call("PUT", QStringLiteral("/devices/e1?api-version=2021-04-12"), R"({"deviceId":"e1","status":"enabled"})",
                              {{"If-Match", etag}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.headers.value("iothub-errorcode"), QByteArray("PreconditionFailed"));
    QCOMPARE(m_registry->registryStatistics().disabledDeviceCount, 1);
}

void TestHubServiceHttps::throttled()
{
    m_quotas->setPerMinute(QuotaClass::HubRegistryOperations, 2);
    QVERIFY(!m_registry->createDevice(Azure::DeviceIdentity{QStringLiteral("t1")}));
    const QString path = QStringLiteral("/devices/t1?api-version=2021-04-12");
    QCOMPARE(call("GET", path).status, 200);
    QCOMPARE(call("GET", path).status, 200);
    const Answer answer = call("GET", path);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.headers.value("iothub-errorcode"), QByteArray("ThrottlingException"));
    const int retryAfter = answer.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 30, answer.headers.value("retry-after").constData());
}

void TestHubServiceHttps::pagesThousandDevicesWithContinuation()
{
    const QByteArray key = QByteArray(32, 'p').toBase64();
    for (int i = 0; i < 1000; ++i)
        m_registry->assignDevice(QStringLiteral("page-%1").arg(i, 4, 10, QLatin1Char('0')), key, key, {}, false);
    QSet<QString> seen;
    QByteArray continuation;
    int pages = 0;
    do {
        QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-max-item-count", "100"}};
        if (!continuation.isEmpty())
            headers.append({"x-ms-continuation", continuation});
        const Answer answer = call("POST", QStringLiteral("/devices/query?api-version=2021-04-12"),
                                   R"x({"query":"SELECT * FROM devices WHERE STARTSWITH(deviceId, 'page-')"})x", headers);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("x-ms-item-type"), QByteArray("twin"));
        for (const QJsonValue &row : answer.array())
            seen.insert(row.toObject().value(QLatin1StringView("deviceId")).toString());
        continuation = answer.headers.value("x-ms-continuation");
        QVERIFY(++pages <= 10);
    } while (!continuation.isEmpty());
    QCOMPARE(pages, 10);
    QCOMPARE(seen.size(), 1000);
}

void TestHubServiceHttps::realEmulatorProcess()
{
    const QString binary = StampDeck::Testing::EmulatorProcess::emulatorBinary();
    if (binary.isEmpty() || !QFileInfo::exists(binary))
        QSKIP("the stampdeck-emulator binary is not built (set STAMPDECK_EMULATOR or build the target)");
    StampDeck::Testing::EmulatorProcess emulator({QStringLiteral("--hubs"), QStringLiteral("1")});
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    QVERIFY(!emulator.endpoints().hubs.isEmpty());
    const auto connection = Azure::ConnectionString::parse(emulator.endpoints().hubs.first().connectionString);
    QVERIFY(connection);
    const QByteArray sas = connection->createToken(QDateTime::currentSecsSinceEpoch() + 600).toLatin1();

    const auto exchange = [&](const QByteArray &method, const QString &path, const QByteArray &body) {
        QNetworkRequest request(QUrl(QStringLiteral("https://") + connection->hostName() + path));
        request.setSslConfiguration(emulator.sslConfiguration());
        request.setRawHeader("Authorization", sas);
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
        return StampDeck::Testing::HttpsExchange::send(m_network, request, method, body);
    };
    const auto created = exchange("PUT", QStringLiteral("/devices/proc-1?api-version=2021-04-12"), R"({"deviceId":"proc-1"})");
    QCOMPARE(created.status, 200);
    const auto statistics = exchange("GET", QStringLiteral("/statistics/devices?api-version=2021-04-12"), {});
    QCOMPARE(statistics.status, 200);
    QVERIFY(statistics.object().value(QLatin1StringView("totalDeviceCount")).toInteger() >= 1);
}

QTEST_GUILESS_MAIN(TestHubServiceHttps)
#include "tst_hubservicehttps.moc"
