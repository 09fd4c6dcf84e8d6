// DpsService and DpsDeviceEndpoint over real HTTPS: each behind an HttpsEndpoint on loopback with a
// certificate from a fresh local CA, a real HubRegistry as the linked hub, and a
// QNetworkAccessManager that trusts that CA only (SSL errors are never ignored). Covers what only
// the wire shows: the Node SDK's unencoded paths, headers (Retry-After, Location, paging), and a
// device registering through DPS and landing on the hub. The last test runs the real
// stampdeck-emulator binary with a demo fleet.

#include "EmulatorProcess.h"
#include "HttpsExchange.h"
#include "HttpsTestFixture.h"
#include "dps/DpsDeviceEndpoint.h"
#include "dps/DpsService.h"
#include "dps/DpsStore.h"
#include "hub/HubRegistry.h"
#include "server/AccessPolicies.h"
#include "server/CertificateAuthority.h"
#include "server/HttpsEndpoint.h"
#include "server/QuotaGate.h"

#include <ConnectionString.h>
#include <SharedAccessSignature.h>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;
using Answer = StampDeck::Testing::HttpsAnswer;

namespace {

const QString Scope = QStringLiteral("0ne00HTTPS1");
const QString GroupKey = QStringLiteral("dGhpcy1pcy1hLWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi");

} // namespace

class TestDpsHttps : public QObject, protected HttpsTestFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deviceRegistersAndLandsOnHub();
    void wrongKeyAndServiceToken();
    void serviceQueryPagingOverTheWire();
    void realEmulatorProcess();

private:
    Answer service(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Answer device(const QByteArray &method, const QString &pathAndQuery, const QByteArray &authorization,
                  const QByteArray &body = {});
    static QByteArray deviceToken(const QString &registrationId, const QString &key);

    std::unique_ptr<HubRegistry> m_hub;
    std::unique_ptr<DpsStore> m_store;
    std::unique_ptr<AccessPolicies> m_policies;
    std::unique_ptr<QuotaGate> m_quotas;
    std::unique_ptr<DpsService> m_service;
    std::unique_ptr<DpsDeviceEndpoint> m_deviceApi;
    std::unique_ptr<HttpsEndpoint> m_serviceEndpoint;
    std::unique_ptr<HttpsEndpoint> m_deviceEndpoint;
};

void TestDpsHttps::initTestCase()
{
    QString error;
    QVERIFY2(createCertificateAuthority(&error), qPrintable(error));
}

void TestDpsHttps::init()
{
    m_hub = std::make_unique<HubRegistry>(QStringLiteral("localhost:1"));
    m_store = std::make_unique<DpsStore>(QStringLiteral("dps-https"), Scope, QStringLiteral("westeurope"),
                                         QList<LinkedHub>{{m_hub.get(), QStringLiteral("westeurope")}});
    m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forDps());
    m_quotas = std::make_unique<QuotaGate>(QuotaLimits::forDps());
    m_service = std::make_unique<DpsService>(m_store.get(), m_policies.get(), m_quotas.get());
    m_deviceApi = std::make_unique<DpsDeviceEndpoint>(60.0);
    m_deviceApi->addInstance(m_store.get(), m_quotas.get());
    m_serviceEndpoint = std::make_unique<HttpsEndpoint>(m_service.get(), m_ca->serverConfiguration(), nullptr,
                                                        QStringLiteral("dps-https"), ErrorShape::Dps);
    m_deviceEndpoint = std::make_unique<HttpsEndpoint>(m_deviceApi.get(), m_ca->serverConfiguration(), nullptr,
                                                       QStringLiteral("dps-device"), ErrorShape::Dps);
    QVERIFY(m_serviceEndpoint->listen(QHostAddress::LocalHost, 0) != 0);
    QVERIFY(m_deviceEndpoint->listen(QHostAddress::LocalHost, 0) != 0);
    m_store->setHostName(m_serviceEndpoint->hostName());
    m_deviceApi->setHostName(m_deviceEndpoint->hostName());
}

void TestDpsHttps::cleanup()
{
    m_serviceEndpoint.reset();
    m_deviceEndpoint.reset();
}

Answer TestDpsHttps::service(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://") + m_store->hostName() + pathAndQuery, QUrl::StrictMode));
    const AccessPolicies::Policy *owner = m_policies->policy(QStringLiteral("provisioningserviceowner"));
    request.setRawHeader("Authorization",
                         Azure::SharedAccessSignature::create(m_store->hostName(), owner->name, QString::fromLatin1(owner->primaryKey),
                                                              QDateTime::currentSecsSinceEpoch() + 3600,
                                                              Azure::SharedAccessSignature::ResourceEncoding::AsIs)
                             .toString()
                             .toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, method, body);
}

Answer TestDpsHttps::device(const QByteArray &method, const QString &pathAndQuery, const QByteArray &authorization,
                            const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://") + m_deviceApi->hostName() + pathAndQuery, QUrl::StrictMode));
    request.setRawHeader("Authorization", authorization);
    return send(request, method, body);
}

QByteArray TestDpsHttps::deviceToken(const QString &registrationId, const QString &key)
{
    // The Node device SDK's form: sr unencoded.
    return Azure::SharedAccessSignature::create(Scope + QStringLiteral("/registrations/") + registrationId,
                                                QStringLiteral("registration"), key, QDateTime::currentSecsSinceEpoch() + 3600,
                                                Azure::SharedAccessSignature::ResourceEncoding::AsIs)
        .toString()
        .toLatin1();
}

void TestDpsHttps::deviceRegistersAndLandsOnHub()
{
    const QByteArray group = QStringLiteral(R"({"enrollmentGroupId":"https-grp","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"%1","secondaryKey":"%1"}},"initialTwin":{"tags":{"site":"lab"},"properties":{"desired":{"interval":5}}}})")
                                 .arg(GroupKey)
                                 .toUtf8();
    const Answer created = service("PUT", QStringLiteral("/enrollmentGroups/https-grp?api-version=2021-10-01"), group);
    QCOMPARE(created.status, 200);
    QVERIFY(created.headers.value("content-type").startsWith("application/json"));

    const QString id = QStringLiteral("https-device-1");
    const QString key = Azure::SharedAccessSignature::deriveDeviceKey(GroupKey, id);
    const QString base = QStringLiteral("/%1/registrations/%2").arg(Scope, id);
    const Answer accepted = device("PUT", base + QStringLiteral("/register?api-version=2019-03-31"), deviceToken(id, key),
                                   QStringLiteral(R"({"registrationId":"%1"})").arg(id).toUtf8());
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.headers.value("retry-after"), QByteArray("1")); // --time-scale 60
    QVERIFY(accepted.headers.value("location").endsWith("/register"));
    QCOMPARE(accepted.object().value(QLatin1StringView("status")).toString(), QStringLiteral("assigning"));
    const QString operationId = accepted.object().value(QLatin1StringView("operationId")).toString();

    // A GET with a body, as the Node SDK polls.
    const Answer polled = device("GET", base + QStringLiteral("/operations/") + operationId + QStringLiteral("?api-version=2019-03-31"),
                                 deviceToken(id, key), "{}");
    QCOMPARE(polled.status, 200);
    QCOMPARE(polled.object().value(QLatin1StringView("status")).toString(), QStringLiteral("assigned"));
    const QJsonObject state = polled.object().value(QLatin1StringView("registrationState")).toObject();
    QCOMPARE(state.value(QLatin1StringView("assignedHub")).toString(), m_hub->hostName());
    QCOMPARE(state.value(QLatin1StringView("deviceId")).toString(), id);

    // The identity is on the hub with the derived key and the initial twin.
    const std::optional<Azure::DeviceIdentity> identity = m_hub->device(id);
    QVERIFY(identity);
    QCOMPARE(identity->authentication->symmetricKey->primaryKey, std::optional(key));
    QCOMPARE(m_hub->twin(id)->value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("site")).toString(), QStringLiteral("lab"));

    // The service sees the registration state; the device's status lookup too.
    const Answer viaService = service("GET", QStringLiteral("/registrations/%1?api-version=2021-10-01").arg(id));
    QCOMPARE(viaService.status, 200);
    QCOMPARE(viaService.object().value(QLatin1StringView("status")).toString(), QStringLiteral("assigned"));
    const Answer lookup = device("POST", base + QStringLiteral("?api-version=2021-06-01"), deviceToken(id, key),
                                 QStringLiteral(R"({"registrationId":"%1"})").arg(id).toUtf8());
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.object().value(QLatin1StringView("assignedHub")).toString(), m_hub->hostName());
}

void TestDpsHttps::wrongKeyAndServiceToken()
{
    QVERIFY(m_store->putEnrollmentGroup(
                [] {
                    Azure::EnrollmentGroup g;
                    g.enrollmentGroupId = QStringLiteral("grp");
                    g.attestation = Azure::AttestationMechanism::symmetric(GroupKey, GroupKey);
                    return g;
                }(),
                {})
                .ok());
    const QString id = QStringLiteral("intruder");
    const QString path = QStringLiteral("/%1/registrations/%2/register?api-version=2019-03-31").arg(Scope, id);
    const Answer wrong = device("PUT", path, deviceToken(id, GroupKey), R"({"registrationId":"intruder"})");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.headers.value("x-ms-error-code"), QByteArray("401002"));
    QVERIFY(!m_hub->contains(id));
    QVERIFY(!m_store->registrationState(id).ok());
    // The service policy's token is no device token.
    const AccessPolicies::Policy *owner = m_policies->policy(QStringLiteral("provisioningserviceowner"));
    const QByteArray serviceToken = Azure::SharedAccessSignature::create(m_store->hostName(), owner->name,
                                                                         QString::fromLatin1(owner->primaryKey),
                                                                         QDateTime::currentSecsSinceEpoch() + 600)
                                        .toString()
                                        .toLatin1();
    QCOMPARE(device("PUT", path, serviceToken, R"({"registrationId":"intruder"})").status, 401);
}

void TestDpsHttps::serviceQueryPagingOverTheWire()
{
    for (int chunk = 0; chunk < 3; ++chunk) {
        QJsonArray items;
        for (int i = 0; i < 10; ++i) {
            items.append(QJsonObject{{QStringLiteral("registrationId"), QStringLiteral("wire-%1").arg(chunk * 10 + i, 2, 10, QLatin1Char('0'))},
                                     {QStringLiteral("attestation"), QJsonObject{{QStringLiteral("type"), QStringLiteral("symmetricKey")}}}});
        }
        const QJsonObject bulk{{QStringLiteral("mode"), QStringLiteral("create")}, {QStringLiteral("enrollments"), items}};
        const Answer result = service("POST", QStringLiteral("/enrollments?api-version=2021-10-01"), QJsonDocument(bulk).toJson());
        QCOMPARE(result.status, 200);
        QVERIFY(result.object().value(QLatin1StringView("isSuccessful")).toBool());
    }
    QStringList ids;
    QByteArray continuation;
    int pages = 0;
    do {
        QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-max-item-count", "7"}};
        if (!continuation.isEmpty())
            headers.append({"x-ms-continuation", continuation});
        const Answer page = service("POST", QStringLiteral("/enrollments/query?api-version=2021-10-01"), R"({"query":"*"})", headers);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.headers.value("x-ms-item-type"), QByteArray("enrollment"));
        for (const QJsonValue &row : page.array())
            ids.append(row.toObject().value(QLatin1StringView("registrationId")).toString());
        continuation = page.headers.value("x-ms-continuation");
        QVERIFY2(continuation.isEmpty() == !page.headers.contains("x-ms-continuation"), "an empty continuation header");
        ++pages;
    } while (!continuation.isEmpty() && pages < 20);
    QCOMPARE(ids.size(), 30);
    QCOMPARE(pages, 5);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 30);
}

void TestDpsHttps::realEmulatorProcess()
{
    const QString binary = StampDeck::Testing::EmulatorProcess::emulatorBinary();
    if (binary.isEmpty() || !QFileInfo::exists(binary))
        QSKIP("the stampdeck-emulator binary is not built (set STAMPDECK_EMULATOR or build the target)");
    StampDeck::Testing::EmulatorProcess emulator({QStringLiteral("--demo"), QStringLiteral("--devices"), QStringLiteral("2000"),
                                                  QStringLiteral("--time-scale"), QStringLiteral("60")});
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    const StampDeck::Testing::EmulatorEndpoints &endpoints = emulator.endpoints();
    QVERIFY(!endpoints.dps.isEmpty());
    const StampDeck::Testing::EmulatorEndpoints::Dps &dps = endpoints.dps.first();
    const auto connection = Azure::ConnectionString::parse(dps.connectionString);
    QVERIFY(connection);
    const QByteArray sas = connection->createToken(QDateTime::currentSecsSinceEpoch() + 600).toLatin1();
    const auto call = [&](const QByteArray &method, const QString &host, const QString &path, const QByteArray &authorization,
                          const QByteArray &body) {
        QNetworkRequest request(QUrl(QStringLiteral("https://") + host + path));
        request.setSslConfiguration(emulator.sslConfiguration());
        request.setRawHeader("Authorization", authorization);
        return StampDeck::Testing::HttpsExchange::send(m_network, request, method, body);
    };
    // The demo's groups are there, with keys that let a new device register through the
    // shared device endpoint.
    const Answer groups = call("POST", dps.hostName, QStringLiteral("/enrollmentGroups/query?api-version=2021-10-01"), sas, R"({"query":"*"})");
    QCOMPARE(groups.status, 200);
    QVERIFY(!groups.array().isEmpty());
    const QString groupId = groups.array().first().toObject().value(QLatin1StringView("enrollmentGroupId")).toString();
    const Answer keys = call("POST", dps.hostName, QStringLiteral("/enrollmentGroups/%1/attestationmechanism?api-version=2021-10-01").arg(groupId),
                             sas, {});
    QCOMPARE(keys.status, 200);
    const QString groupKey = keys.object().value(QLatin1StringView("symmetricKey")).toObject().value(QLatin1StringView("primaryKey")).toString();
    const QString id = QStringLiteral("process-device-1");
    const QString key = Azure::SharedAccessSignature::deriveDeviceKey(groupKey, id);
    const QByteArray token = Azure::SharedAccessSignature::create(dps.idScope + QStringLiteral("/registrations/") + id,
                                                                  QStringLiteral("registration"), key,
                                                                  QDateTime::currentSecsSinceEpoch() + 600)
                                 .toString()
                                 .toLatin1();
    const QString base = QStringLiteral("/%1/registrations/%2").arg(dps.idScope, id);
    const Answer accepted = call("PUT", endpoints.deviceEndpoint, base + QStringLiteral("/register?api-version=2019-03-31"), token,
                                 QStringLiteral(R"({"registrationId":"%1"})").arg(id).toUtf8());
    QCOMPARE(accepted.status, 202);
    const Answer polled = call("GET", endpoints.deviceEndpoint,
                               base + QStringLiteral("/operations/%1?api-version=2019-03-31")
                                          .arg(accepted.object().value(QLatin1StringView("operationId")).toString()),
                               token, {});
    QCOMPARE(polled.status, 200);
    QCOMPARE(polled.object().value(QLatin1StringView("status")).toString(), QStringLiteral("assigned"));
    const QString assignedHub = polled.object().value(QLatin1StringView("registrationState")).toObject()
                                    .value(QLatin1StringView("assignedHub")).toString();
    bool known = false;
    for (const auto &hub : endpoints.hubs)
        known = known || hub.hostName.compare(assignedHub, Qt::CaseInsensitive) == 0;
    QVERIFY2(known, qPrintable(assignedHub));
}

QTEST_GUILESS_MAIN(TestDpsHttps)
#include "tst_dpshttps.moc"
