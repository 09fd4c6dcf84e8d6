#include "FakeProvisioningTarget.h"

#include "dps/DpsDeviceEndpoint.h"
#include "dps/DpsStore.h"
#include "server/QuotaGate.h"

#include "SharedAccessSignature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

namespace {

const QString ScopeA = QStringLiteral("0ne00DEV0A1");
const QString ScopeB = QStringLiteral("0ne00DEV0B2");
const QString GroupKey = QStringLiteral("dGhpcy1pcy1hLWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi");

QByteArray headerOf(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject objectOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestDpsDeviceEndpoint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeProvisioningTarget> m_hub;
    std::unique_ptr<DpsStore> m_storeA;
    std::unique_ptr<DpsStore> m_storeB;
    std::unique_ptr<QuotaGate> m_quotaA;
    std::unique_ptr<DpsDeviceEndpoint> m_endpoint;
    qint64 m_clockMs = 0;

    static QByteArray token(const QString &scope, const QString &registrationId, const QString &key)
    {
        return SharedAccessSignature::create(scope + QStringLiteral("/registrations/") + registrationId, QStringLiteral("registration"),
                                             key, QDateTime::currentSecsSinceEpoch() + 3600,
                                             SharedAccessSignature::ResourceEncoding::AsIs)
            .toString()
            .toUtf8();
    }

    HttpResponse call(const QByteArray &method, const QStringList &segments, const QByteArray &authorization,
                      const QByteArray &body = {}, const QString &apiVersion = QStringLiteral("2019-03-31"))
    {
        HttpRequest request;
        request.method = method;
        request.segments = segments;
        request.query.addQueryItem(QStringLiteral("api-version"), apiVersion);
        if (!authorization.isEmpty())
            request.headers.insert("authorization", authorization);
        request.body = body;
        return m_endpoint->handle(request);
    }

    HttpResponse registerDevice(const QString &scope, const QString &id, const QString &key)
    {
        return call("PUT", {scope, QStringLiteral("registrations"), id, QStringLiteral("register")}, token(scope, id, key),
                    QStringLiteral(R"({"registrationId":"%1"})").arg(id).toUtf8());
    }

    HttpResponse poll(const QString &scope, const QString &id, const QString &key, const QString &operationId)
    {
        // The Node SDK sends "{}" with its GET.
        return call("GET", {scope, QStringLiteral("registrations"), id, QStringLiteral("operations"), operationId},
                    token(scope, id, key), "{}");
    }

private slots:
    void init()
    {
        m_hub = std::make_unique<FakeProvisioningTarget>(QStringLiteral("localhost:41201"));
        m_storeA = std::make_unique<DpsStore>(QStringLiteral("dps-a"), ScopeA, QStringLiteral("westeurope"),
                                              QList<LinkedHub>{{m_hub.get(), QStringLiteral("westeurope")}});
        m_storeB = std::make_unique<DpsStore>(QStringLiteral("dps-b"), ScopeB, QStringLiteral("eastus"),
                                              QList<LinkedHub>{{m_hub.get(), QStringLiteral("westeurope")}});
        EnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("devices");
        group.attestation = AttestationMechanism::symmetric(GroupKey, GroupKey);
        QVERIFY(m_storeA->putEnrollmentGroup(group, {}).ok());
        m_clockMs = 5'000'000;
        m_quotaA = std::make_unique<QuotaGate>(QuotaLimits::forDps(), 1.0, [this] { return m_clockMs; });
        m_endpoint = std::make_unique<DpsDeviceEndpoint>();
        m_endpoint->setHostName(QStringLiteral("localhost:41200"));
        m_endpoint->addInstance(m_storeA.get(), m_quotaA.get());
        m_endpoint->addInstance(m_storeB.get(), nullptr);
    }

    void registerThenPoll()
    {
        const QString id = QStringLiteral("dev-1");
        const QString key = SharedAccessSignature::deriveDeviceKey(GroupKey, id);
        const HttpResponse accepted = registerDevice(ScopeA, id, key);
        QCOMPARE(accepted.status, 202);
        QVERIFY(headerOf(accepted, "content-type").startsWith("application/json"));
        QCOMPARE(headerOf(accepted, "retry-after"), QByteArray("3"));
        QCOMPARE(headerOf(accepted, "location"),
                 QStringLiteral("https://localhost:41200/%1/registrations/dev-1/register").arg(ScopeA).toUtf8());
        const QJsonObject body = objectOf(accepted);
        QCOMPARE(body.value(QLatin1StringView("status")).toString(), QStringLiteral("assigning"));
        const QString operationId = body.value(QLatin1StringView("operationId")).toString();
        QVERIFY(!operationId.isEmpty());
        QVERIFY(m_hub->devices.contains(id));

        const HttpResponse polled = poll(ScopeA, id, key, operationId);
        QCOMPARE(polled.status, 200);
        const QJsonObject status = objectOf(polled);
        QCOMPARE(status.value(QLatin1StringView("operationId")).toString(), operationId);
        QCOMPARE(status.value(QLatin1StringView("status")).toString(), QStringLiteral("assigned"));
        const QJsonObject state = status.value(QLatin1StringView("registrationState")).toObject();
        QCOMPARE(state.value(QLatin1StringView("assignedHub")).toString(), QStringLiteral("localhost:41201"));
        QCOMPARE(state.value(QLatin1StringView("deviceId")).toString(), id);
        QCOMPARE(state.value(QLatin1StringView("substatus")).toString(), QStringLiteral("initialAssignment"));
        QVERIFY(!state.value(QLatin1StringView("etag")).toString().isEmpty());
        QCOMPARE(poll(ScopeA, id, key, QStringLiteral("5.bogus")).status, 404);

        // Status lookup: the flat result.
        const HttpResponse lookup = call("POST", {ScopeA, QStringLiteral("registrations"), id}, token(ScopeA, id, key),
                                         QStringLiteral(R"({"registrationId":"%1"})").arg(id).toUtf8());
        QCOMPARE(lookup.status, 200);
        QCOMPARE(objectOf(lookup).value(QLatin1StringView("status")).toString(), QStringLiteral("assigned"));
    }

    void refusals()
    {
        const QString id = QStringLiteral("dev-2");
        const QString key = SharedAccessSignature::deriveDeviceKey(GroupKey, id);
        // A wrong key: 401, and no registration state is left behind.
        HttpResponse r = registerDevice(ScopeA, id, SharedAccessSignature::deriveDeviceKey(GroupKey, QStringLiteral("other")));
        QCOMPARE(r.status, 401);
        QCOMPARE(headerOf(r, "x-ms-error-code"), QByteArray::number(ErrorCodes::DpsUnauthorized));
        QVERIFY(!m_storeA->registrationState(id).ok());
        // The token of scope A at scope B; an unknown scope; no token.
        QCOMPARE(call("PUT", {ScopeB, QStringLiteral("registrations"), id, QStringLiteral("register")}, token(ScopeA, id, key),
                      R"({"registrationId":"dev-2"})").status, 401);
        QCOMPARE(registerDevice(QStringLiteral("0ne00NOPE00"), id, key).status, 404);
        QCOMPARE(call("PUT", {ScopeA, QStringLiteral("registrations"), id, QStringLiteral("register")}, {}, R"({"registrationId":"dev-2"})").status, 401);
        // Bad input: another ID in the body, malformed JSON, unknown field, bad api-version, bad route.
        QCOMPARE(call("PUT", {ScopeA, QStringLiteral("registrations"), id, QStringLiteral("register")}, token(ScopeA, id, key),
                      R"({"registrationId":"dev-3"})").status, 400);
        QCOMPARE(call("PUT", {ScopeA, QStringLiteral("registrations"), id, QStringLiteral("register")}, token(ScopeA, id, key),
                      R"({"registrationId":)").status, 400);
        QCOMPARE(call("PUT", {ScopeA, QStringLiteral("registrations"), id, QStringLiteral("register")}, token(ScopeA, id, key),
                      R"({"registrationId":"dev-2","colour":1})").status, 400);
        QCOMPARE(call("PUT", {ScopeA, QStringLiteral("registrations"), id, QStringLiteral("register")}, token(ScopeA, id, key),
                      R"({"registrationId":"dev-2"})", QStringLiteral("2001-01-01")).status, 400);
        QCOMPARE(call("DELETE", {ScopeA, QStringLiteral("registrations"), id}, token(ScopeA, id, key)).status, 404);
        QVERIFY(!m_storeA->registrationState(id).ok());
        // Other api-versions the docs use.
        QCOMPARE(call("PUT", {ScopeA.toLower(), QStringLiteral("registrations"), id, QStringLiteral("register")}, token(ScopeA, id, key),
                      R"({"registrationId":"dev-2"})", QStringLiteral("2021-06-01")).status, 202);
    }

    void disabledGroupShowsOnPoll()
    {
        EnrollmentGroup group = *m_storeA->enrollmentGroup(QStringLiteral("devices")).value;
        group.provisioningStatus = ProvisioningStatus::Disabled;
        QVERIFY(m_storeA->putEnrollmentGroup(group, QStringLiteral("*")).ok());
        const QString id = QStringLiteral("dev-off");
        const QString key = SharedAccessSignature::deriveDeviceKey(GroupKey, id);
        const HttpResponse accepted = registerDevice(ScopeA, id, key);
        QCOMPARE(accepted.status, 202);
        const HttpResponse polled = poll(ScopeA, id, key, objectOf(accepted).value(QLatin1StringView("operationId")).toString());
        QCOMPARE(objectOf(polled).value(QLatin1StringView("status")).toString(), QStringLiteral("disabled"));
        QVERIFY(m_hub->devices.isEmpty());
    }

    void quotas()
    {
        m_quotaA->setPerMinute(QuotaClass::DpsRegistrations, 2);
        const QString id = QStringLiteral("dev-q");
        const QString key = SharedAccessSignature::deriveDeviceKey(GroupKey, id);
        QCOMPARE(registerDevice(ScopeA, id, key).status, 202);
        const HttpResponse second = registerDevice(ScopeA, id, key);
        QCOMPARE(second.status, 202);
        const HttpResponse third = registerDevice(ScopeA, id, key);
        QCOMPARE(third.status, 429);
        bool ok = false;
        QVERIFY(headerOf(third, "retry-after").toInt(&ok) >= 1 && ok);
        // Polls: 5 per 10 s per device, then 429.
        const QString operationId = objectOf(second).value(QLatin1StringView("operationId")).toString();
        for (int i = 0; i < QuotaGate::DevicePollsPerWindow; ++i)
            QCOMPARE(poll(ScopeA, id, key, operationId).status, 200);
        QCOMPARE(poll(ScopeA, id, key, operationId).status, 429);
        m_clockMs += QuotaGate::DevicePollWindowMs;
        QCOMPARE(poll(ScopeA, id, key, operationId).status, 200);
    }

    void retryAfterFollowsTimeScale()
    {
        QCOMPARE(DpsDeviceEndpoint(60).retryAfterSeconds(), 1);
        QCOMPARE(DpsDeviceEndpoint(1).retryAfterSeconds(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDpsDeviceEndpoint)
#include "tst_dpsdeviceendpoint.moc"
