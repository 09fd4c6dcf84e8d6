#include "FakeProvisioningTarget.h"

#include "dps/DpsService.h"
#include "dps/DpsStore.h"
#include "server/AccessPolicies.h"
#include "server/QuotaGate.h"

#include "SharedAccessSignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

namespace {

const QString Host = QStringLiteral("localhost:41100");

QByteArray headerOf(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &header : response.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject objectOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestDpsService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeProvisioningTarget> m_hub;
    std::unique_ptr<DpsStore> m_store;
    std::unique_ptr<AccessPolicies> m_policies;
    std::unique_ptr<QuotaGate> m_quota;
    std::unique_ptr<DpsService> m_service;
    qint64 m_clockMs = 0;

    QString tokenFor(const QString &policyName) const
    {
        const AccessPolicies::Policy *policy = m_policies->policy(policyName);
        return SharedAccessSignature::create(Host, policy->name, QString::fromLatin1(policy->primaryKey),
                                             QDateTime::currentSecsSinceEpoch() + 3600,
                                             SharedAccessSignature::ResourceEncoding::AsIs)
            .toString();
    }

    HttpResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      QHash<QByteArray, QByteArray> headers = {},
                      const QString &policy = QStringLiteral("provisioningserviceowner"),
                      const QString &apiVersion = QStringLiteral("2021-10-01"))
    {
        HttpRequest request;
        request.method = method;
        for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
            request.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
        if (!apiVersion.isEmpty())
            request.query.addQueryItem(QStringLiteral("api-version"), apiVersion);
        if (!policy.isEmpty() && !headers.contains("authorization"))
            headers.insert("authorization", tokenFor(policy).toUtf8());
        request.headers = headers;
        request.body = body;
        return m_service->handle(request);
    }

    HttpResponse putEnrollment(const QString &id, const QByteArray &ifMatch = {})
    {
        const QByteArray body = QStringLiteral(R"({"registrationId":"%1","attestation":{"type":"symmetricKey"}})").arg(id).toUtf8();
        QHash<QByteArray, QByteArray> headers;
        if (!ifMatch.isEmpty())
            headers.insert("if-match", ifMatch);
        return call("PUT", QStringLiteral("/enrollments/") + id, body, headers);
    }

private slots:
    void init()
    {
        m_hub = std::make_unique<FakeProvisioningTarget>(QStringLiteral("localhost:41101"));
        m_store = std::make_unique<DpsStore>(QStringLiteral("dps-svc"), QStringLiteral("0ne00BBBB01"), QStringLiteral("westeurope"),
                                             QList<LinkedHub>{{m_hub.get(), QStringLiteral("westeurope")}});
        m_store->setHostName(Host);
        m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forDps());
        m_clockMs = 1'000'000;
        m_quota = std::make_unique<QuotaGate>(QuotaLimits::forDps(), 1.0, [this] { return m_clockMs; });
        m_service = std::make_unique<DpsService>(m_store.get(), m_policies.get(), m_quota.get());
    }

    void routing()
    {
        HttpResponse r = call("GET", QStringLiteral("/nowhere/x"));
        QCOMPARE(r.status, 404);
        QVERIFY(headerOf(r, "content-type").startsWith("application/json"));
        QVERIFY(objectOf(r).contains(QLatin1StringView("errorCode")));
        QCOMPARE(call("PATCH", QStringLiteral("/enrollments/x")).status, 405);
        QCOMPARE(call("GET", QStringLiteral("/enrollments")).status, 405);
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x/attestationmechanism")).status, 405);
        QCOMPARE(call("PUT", QStringLiteral("/registrations/x")).status, 405);
    }

    void apiVersionIsRequired()
    {
        HttpResponse r = call("GET", QStringLiteral("/enrollments/x"), {}, {}, QStringLiteral("provisioningserviceowner"), QString());
        QCOMPARE(r.status, 400);
        QVERIFY(objectOf(r).value(QLatin1StringView("message")).toString().contains(QLatin1StringView("api-version")));
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x"), {}, {}, QStringLiteral("provisioningserviceowner"),
                      QStringLiteral("1999-01-01")).status, 400);
    }

    void sasRightsPerOperation()
    {
        HttpResponse r = call("GET", QStringLiteral("/enrollments/x"), {}, {}, QString());
        QCOMPARE(r.status, 401);
        QCOMPARE(objectOf(r).value(QLatin1StringView("errorCode")).toInt(), ErrorCodes::DpsUnauthorized);
        QCOMPARE(headerOf(r, "x-ms-error-code"), QByteArray::number(ErrorCodes::DpsUnauthorized));
        // Read-only policies read but cannot write.
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x"), {}, {}, QStringLiteral("enrollmentread")).status, 404);
        const QByteArray body = R"({"registrationId":"x","attestation":{"type":"symmetricKey"}})";
        QCOMPARE(call("PUT", QStringLiteral("/enrollments/x"), body, {}, QStringLiteral("enrollmentread")).status, 401);
        QCOMPARE(m_store->enrollmentCount(), 0);
        QCOMPARE(call("PUT", QStringLiteral("/enrollments/x"), body, {}, QStringLiteral("enrollmentwrite")).status, 200);
        // Enrollment rights do not cover registration states, and the other way round.
        QCOMPARE(call("GET", QStringLiteral("/registrations/x"), {}, {}, QStringLiteral("enrollmentread")).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/registrations/x"), {}, {}, QStringLiteral("registrationstatusread")).status, 404);
        QCOMPARE(call("DELETE", QStringLiteral("/registrations/x"), {}, {}, QStringLiteral("registrationstatusread")).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x"), {}, {}, QStringLiteral("registrationstatusread")).status, 401);
    }

    void enrollmentLifecycle()
    {
        HttpResponse created = putEnrollment(QStringLiteral("life-1"));
        QCOMPARE(created.status, 200);
        QVERIFY(headerOf(created, "content-type").startsWith("application/json"));
        const QJsonObject e = objectOf(created);
        const QString etag = e.value(QLatin1StringView("etag")).toString();
        QVERIFY(!etag.isEmpty());
        QVERIFY(!e.value(QLatin1StringView("attestation")).toObject().value(QLatin1StringView("symmetricKey")).toObject()
                     .value(QLatin1StringView("primaryKey")).toString().isEmpty());
        QCOMPARE(putEnrollment(QStringLiteral("life-1")).status, 409);
        QCOMPARE(putEnrollment(QStringLiteral("life-1"), "bm90LXRoZS1ldGFn").status, 412);
        // The Node SDK sends the etag unquoted, others quote it: both match.
        HttpResponse updated = putEnrollment(QStringLiteral("life-1"), etag.toUtf8());
        QCOMPARE(updated.status, 200);
        const QString etag2 = objectOf(updated).value(QLatin1StringView("etag")).toString();
        QVERIFY(etag2 != etag);
        QCOMPARE(putEnrollment(QStringLiteral("life-1"), '"' + etag2.toUtf8() + '"').status, 200);
        HttpResponse got = call("GET", QStringLiteral("/enrollments/LIFE-1"));
        QCOMPARE(got.status, 200);
        QCOMPARE(objectOf(got).value(QLatin1StringView("registrationId")).toString(), QStringLiteral("life-1"));
        QCOMPARE(call("DELETE", QStringLiteral("/enrollments/life-1"), {}, {{"if-match", "stale"}}).status, 412);
        QCOMPARE(call("DELETE", QStringLiteral("/enrollments/life-1")).status, 204);
        HttpResponse missing = call("GET", QStringLiteral("/enrollments/life-1"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(objectOf(missing).value(QLatin1StringView("errorCode")).toInt(), ErrorCodes::DpsEnrollmentNotFound);
        QCOMPARE(headerOf(missing, "x-ms-error-code"), QByteArray("404201"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("malformed json") << QStringLiteral("/enrollments/bad-1") << QByteArray(R"({"registrationId": )")
                                        << QStringLiteral("not valid JSON");
        QTest::addRow("not an object") << QStringLiteral("/enrollments/bad-1") << QByteArray("[1,2]") << QStringLiteral("object");
        QTest::addRow("unknown field") << QStringLiteral("/enrollments/bad-1")
                                       << QByteArray(R"({"registrationId":"bad-1","attestation":{"type":"symmetricKey"},"colour":"red"})")
                                       << QStringLiteral("colour");
        QTest::addRow("id mismatch") << QStringLiteral("/enrollments/bad-1")
                                     << QByteArray(R"({"registrationId":"bad-2","attestation":{"type":"symmetricKey"}})")
                                     << QStringLiteral("differs");
        QTest::addRow("missing attestation") << QStringLiteral("/enrollments/bad-1") << QByteArray(R"({"registrationId":"bad-1"})")
                                             << QStringLiteral("attestation");
        QTest::addRow("illegal id") << QStringLiteral("/enrollments/bad%2F1")
                                    << QByteArray(R"({"attestation":{"type":"symmetricKey"}})") << QStringLiteral("registration ID");
        QTest::addRow("bad policy") << QStringLiteral("/enrollmentGroups/grp-1")
                                    << QByteArray(R"({"enrollmentGroupId":"grp-1","attestation":{"type":"symmetricKey"},"allocationPolicy":"random"})")
                                    << QStringLiteral("allocationPolicy");
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        HttpResponse r = call("PUT", path, body);
        QCOMPARE(r.status, 400);
        const QString message = objectOf(r).value(QLatin1StringView("message")).toString();
        QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(m_store->enrollmentCount(), 0);
        QCOMPARE(m_store->enrollmentGroupCount(), 0);
    }

    void queryPaging()
    {
        for (int i = 0; i < 25; ++i)
            QCOMPARE(putEnrollment(QStringLiteral("q-%1").arg(i, 2, 10, QLatin1Char('0'))).status, 200);
        QStringList seen;
        QByteArray continuation;
        int pages = 0;
        do {
            QHash<QByteArray, QByteArray> headers{{"x-ms-max-item-count", "10"}};
            if (!continuation.isEmpty())
                headers.insert("x-ms-continuation", continuation);
            HttpResponse r = call("POST", QStringLiteral("/enrollments/query"), R"({"query":"*"})", headers);
            QCOMPARE(r.status, 200);
            QCOMPARE(headerOf(r, "x-ms-item-type"), QByteArray("enrollment"));
            const QJsonArray rows = QJsonDocument::fromJson(r.body).array();
            for (const QJsonValue &row : rows)
                seen.append(row.toObject().value(QLatin1StringView("registrationId")).toString());
            continuation = headerOf(r, "x-ms-continuation");
            if (hasHeader(r, "x-ms-continuation"))
                QCOMPARE(rows.size(), 10);
            ++pages;
        } while (!continuation.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), QStringLiteral("q-00"));
        // A token of another list, or garbage, is a 400; so is a narrower query.
        QCOMPARE(call("POST", QStringLiteral("/enrollments/query"), R"({"query":"*"})", {{"x-ms-continuation", "garbage!"}}).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/enrollments/query"), R"({"query":"SELECT * FROM enrollments WHERE x = 1"})").status, 400);
        QCOMPARE(call("POST", QStringLiteral("/enrollments/query"), R"({"query":"select * from enrollments"})").status, 200);
        QCOMPARE(call("POST", QStringLiteral("/enrollments/query"), R"({"query":"*"})", {{"x-ms-max-item-count", "-1"}}).status, 400);
    }

    void groupsAttestationAndRegistrationQuery()
    {
        const QByteArray group = R"({"enrollmentGroupId":"grp-a","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"dGhpcy1pcy1hLWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi","secondaryKey":"c2Vjb25kYXJ5LWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi"}},"createdDateTimeUtc":"2024-01-01T00:00:00Z","etag":null})";
        QCOMPARE(call("PUT", QStringLiteral("/enrollmentGroups/grp-a"), group).status, 200);
        // The Node SDK lower-cases this path.
        HttpResponse keys = call("POST", QStringLiteral("/enrollmentgroups/grp-a/attestationmechanism"));
        QCOMPARE(keys.status, 200);
        QCOMPARE(objectOf(keys).value(QLatin1StringView("symmetricKey")).toObject().value(QLatin1StringView("primaryKey")).toString(),
                 QStringLiteral("dGhpcy1pcy1hLWdyb3VwLWtleS1mb3ItdGVzdHMtMzJi"));
        HttpResponse groups = call("POST", QStringLiteral("/enrollmentgroups/query"), R"({"query":"*"})");
        QCOMPARE(headerOf(groups, "x-ms-item-type"), QByteArray("enrollmentGroup"));
        QCOMPARE(QJsonDocument::fromJson(groups.body).array().size(), 1);
        const EnrollmentRef ref = *m_store->groupRef(QStringLiteral("grp-a"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_store->registerWithoutResult(QStringLiteral("dev-%1").arg(i), ref));
        // Node sends a query body here, the swagger none: both work.
        HttpResponse page1 = call("POST", QStringLiteral("/registrations/grp-a/query"), {}, {{"x-ms-max-item-count", "2"}});
        QCOMPARE(page1.status, 200);
        QCOMPARE(headerOf(page1, "x-ms-item-type"), QByteArray("deviceRegistration"));
        QCOMPARE(QJsonDocument::fromJson(page1.body).array().size(), 2);
        HttpResponse page2 = call("POST", QStringLiteral("/registrations/grp-a/query"), R"({"query":"*"})",
                                  {{"x-ms-max-item-count", "2"}, {"x-ms-continuation", headerOf(page1, "x-ms-continuation")}});
        QCOMPARE(QJsonDocument::fromJson(page2.body).array().size(), 1);
        QVERIFY(!hasHeader(page2, "x-ms-continuation"));
        QCOMPARE(call("POST", QStringLiteral("/registrations/nope/query")).status, 404);
        HttpResponse state = call("GET", QStringLiteral("/registrations/dev-1"));
        QCOMPARE(state.status, 200);
        QCOMPARE(objectOf(state).value(QLatin1StringView("status")).toString(), QStringLiteral("assigned"));
        QCOMPARE(call("DELETE", QStringLiteral("/registrations/dev-1"), {}, {{"if-match", "AAAAAAAAAAE="}}).status, 412);
        QCOMPARE(call("DELETE", QStringLiteral("/registrations/dev-1"), {}, {{"if-match", objectOf(state).value(QLatin1StringView("etag")).toString().toUtf8()}}).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/registrations/dev-1")).status, 404);
    }

    void bulk()
    {
        QByteArray body = R"({"mode":"create","enrollments":[{"registrationId":"b-1","attestation":{"type":"symmetricKey"}},{"registrationId":"b-2","attestation":{"type":"symmetricKey"}}]})";
        HttpResponse r = call("POST", QStringLiteral("/enrollments"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(objectOf(r).value(QLatin1StringView("isSuccessful")).toBool(), true);
        r = call("POST", QStringLiteral("/enrollments"), body);
        QCOMPARE(objectOf(r).value(QLatin1StringView("isSuccessful")).toBool(), false);
        const QJsonArray errors = objectOf(r).value(QLatin1StringView("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("registrationId")).toString(), QStringLiteral("b-1"));
        QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("errorCode")).toInt(), ErrorCodes::DpsEnrollmentConflict);
        // Node's spelling of the mode, with a stale etag.
        body = R"({"mode":"updateIfMatchEtag","enrollments":[{"registrationId":"b-1","etag":"stale","attestation":{"type":"symmetricKey"}}]})";
        QCOMPARE(objectOf(call("POST", QStringLiteral("/enrollments"), body)).value(QLatin1StringView("isSuccessful")).toBool(), false);
        body = R"({"mode":"delete","enrollments":[{"registrationId":"b-1"},{"registrationId":"b-2"}]})";
        QCOMPARE(objectOf(call("POST", QStringLiteral("/enrollments"), body)).value(QLatin1StringView("isSuccessful")).toBool(), true);
        QCOMPARE(m_store->enrollmentCount(), 0);
        // Shape errors: 400, nothing applied.
        QCOMPARE(call("POST", QStringLiteral("/enrollments"), R"({"mode":"explode","enrollments":[]})").status, 400);
        QCOMPARE(call("POST", QStringLiteral("/enrollments"), R"({"mode":"create","enrollmentGroups":[]})").status, 400);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QJsonObject{{QStringLiteral("registrationId"), QStringLiteral("e-%1").arg(i)},
                                      {QStringLiteral("attestation"), QJsonObject{{QStringLiteral("type"), QStringLiteral("symmetricKey")}}}});
        const QJsonObject tooMany{{QStringLiteral("mode"), QStringLiteral("create")}, {QStringLiteral("enrollments"), eleven}};
        HttpResponse over = call("POST", QStringLiteral("/enrollments"), QJsonDocument(tooMany).toJson());
        QCOMPARE(over.status, 400);
        QCOMPARE(objectOf(over).value(QLatin1StringView("errorCode")).toInt(), ErrorCodes::DpsTooManyEnrollments);
        QCOMPARE(m_store->enrollmentCount(), 0);
        body = R"({"mode":"create","enrollments":[{"registrationId":"ok-1","attestation":{"type":"symmetricKey"}},{"registrationId":"ok-2","bogus":1,"attestation":{"type":"symmetricKey"}}]})";
        QCOMPARE(call("POST", QStringLiteral("/enrollments"), body).status, 400);
        QCOMPARE(m_store->enrollmentCount(), 0);
    }

    void throttledWithRetryAfter()
    {
        m_quota = std::make_unique<QuotaGate>(QHash<QuotaClass, double>{{QuotaClass::DpsServiceOperations, 2}}, 1.0,
                                              [this] { return m_clockMs; });
        m_service = std::make_unique<DpsService>(m_store.get(), m_policies.get(), m_quota.get());
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x")).status, 404);
        HttpResponse r = call("GET", QStringLiteral("/enrollments/x"));
        QCOMPARE(r.status, 429);
        bool ok = false;
        const int seconds = headerOf(r, "retry-after").toInt(&ok);
        QVERIFY(ok && seconds >= 1 && seconds <= 30);
        QCOMPARE(objectOf(r).value(QLatin1StringView("errorCode")).toInt(), ErrorCodes::DpsThrottled);
        // After the wait the next one passes.
        m_clockMs += qint64(seconds) * 1000;
        QCOMPARE(call("GET", QStringLiteral("/enrollments/x")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDpsService)
#include "tst_dpsservice.moc"
