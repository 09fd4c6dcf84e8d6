#include "HttpConnectionProbe.h"

#include "ApiVersions.h"
#include "AzureError.h"
#include "ConnectionString.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

namespace StampDeck {

using Right = EndpointCredential::Right;
using RightState = ConnectionProbeResult::RightState;

struct HttpConnectionProbe::Call
{
    Right right;
    QByteArray method;
    QString path;
    QByteArray body;
    QList<int> grantedStatuses; // answers that prove the right
};

struct HttpConnectionProbe::Run
{
    QPromise<ConnectionProbeResult> promise;
    ConnectionProbeResult result;
    QString hostName;
    QString policyName;
    int pending = 0;
    int unreachable = 0;
    QString networkError;
};

namespace {

// Not JSON on purpose: a service that accepts the token must refuse the body, so a write check
// can never create anything.
const QByteArray NotJson("{ stampdeck rights probe");

} // namespace

HttpConnectionProbe::HttpConnectionProbe(QNetworkAccessManager *network, QObject *parent)
    : ConnectionProbe(parent), m_network(network)
{
}

HttpConnectionProbe::~HttpConnectionProbe() = default;

void HttpConnectionProbe::setExtraCaCertificates(const QString &hostName, const QList<QSslCertificate> &certificates)
{
    m_extraCas.insert(hostName.toLower(), certificates);
}

QList<HttpConnectionProbe::Call> HttpConnectionProbe::callsFor(EndpointCredential::Kind kind)
{
    const QString probeId(HttpConnectionProbe::ProbeId);
    if (kind == EndpointCredential::Kind::Hub) {
        return {
            {Right::RegistryRead, "GET", QStringLiteral("/statistics/devices"), {}, {200}},
            {Right::ServiceConnect, "GET", QStringLiteral("/statistics/service"), {}, {200}},
            {Right::RegistryWrite, "PUT", QStringLiteral("/devices/") + probeId, NotJson, {400}},
        };
    }
    return {
        {Right::EnrollmentRead, "POST", QStringLiteral("/enrollments/query"), QByteArray(R"({"query":"*"})"), {200}},
        {Right::EnrollmentWrite, "PUT", QStringLiteral("/enrollments/") + probeId, NotJson, {400}},
        {Right::RegistrationStatusRead, "GET", QStringLiteral("/registrations/") + probeId, {}, {200, 404}},
    };
}

QFuture<ConnectionProbeResult> HttpConnectionProbe::probe(const Azure::ConnectionString &connectionString,
                                                          EndpointCredential::Kind kind)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    QFuture<ConnectionProbeResult> future = run->promise.future();
    run->hostName = connectionString.hostName();
    run->policyName = connectionString.sharedAccessKeyName();

    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + TokenLifetime.count();
    const QByteArray authorization = connectionString.createToken(expiry).toUtf8();
    const QList<Call> calls = callsFor(kind);
    run->pending = static_cast<int>(calls.size());
    for (const Call &call : calls) {
        run->result.checks << ConnectionProbeResult::RightCheck{call.right, RightState::Unknown, {}};
        send(run, connectionString, call, authorization);
    }
    return future;
}

void HttpConnectionProbe::send(const std::shared_ptr<Run> &run, const Azure::ConnectionString &connectionString,
                               const Call &call, const QByteArray &authorization)
{
    const bool isHub = call.right == Right::RegistryRead || call.right == Right::RegistryWrite || call.right == Right::ServiceConnect;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(connectionString.host());
    if (connectionString.port() > 0)
        url.setPort(connectionString.port());
    url.setPath(call.path);
    url.setQuery(QUrlQuery{{QStringLiteral("api-version"),
                            QString(isHub ? Azure::ApiVersions::HubService : Azure::ApiVersions::DpsService)}});

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
    request.setRawHeader("Accept", "application/json");
    if (call.method == "POST")
        request.setRawHeader("x-ms-max-item-count", "1");
    request.setTransferTimeout(15000);
    // Verification stays on; the emulator's CA is added for its own host, never globally.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto extra = m_extraCas.constFind(connectionString.hostName().toLower());
    if (extra != m_extraCas.constEnd())
        tls.addCaCertificates(*extra);
    request.setSslConfiguration(tls);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, call.body);
    // Owned by the probe: if it goes away, the calls are aborted with it.
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [this, run, call, reply] { onReply(run, call, reply); });
}

void HttpConnectionProbe::onReply(const std::shared_ptr<Run> &run, const Call &call, QNetworkReply *reply)
{
    reply->deleteLater();
    ConnectionProbeResult::RightCheck *check = nullptr;
    for (auto &candidate : run->result.checks) {
        if (candidate.right == call.right)
            check = &candidate;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        ++run->unreachable;
        run->networkError = reply->errorString();
        check->detail = tr("no answer: %1").arg(reply->errorString());
    } else if (call.grantedStatuses.contains(status)) {
        check->state = RightState::Granted;
        check->detail = tr("allowed (HTTP %1)").arg(status);
    } else if (status == 401) {
        check->state = RightState::Denied;
        check->detail = tr("not allowed (HTTP 401)");
    } else {
        const Azure::AzureError error = Azure::AzureError::fromResponse(status, reply->rawHeaderPairs(), reply->readAll());
        check->detail = tr("unexpected answer: %1").arg(error.toString());
    }
    if (--run->pending == 0)
        finish(*run);
}

void HttpConnectionProbe::finish(Run &run)
{
    ConnectionProbeResult &result = run.result;
    int granted = 0;
    int denied = 0;
    for (const auto &check : std::as_const(result.checks)) {
        granted += check.state == RightState::Granted;
        denied += check.state == RightState::Denied;
    }
    const auto total = result.checks.size();
    if (granted > 0) {
        result.outcome = ConnectionProbeResult::Outcome::Verified;
        result.message = tr("%1 accepted the key of policy %2. Rights seen: %3.")
                             .arg(run.hostName, run.policyName, EndpointCredential::rightNames(result.grantedRights()).join(QStringLiteral(", ")));
    } else if (denied == total) {
        result.outcome = ConnectionProbeResult::Outcome::Refused;
        result.message = tr("%1 refused the key of policy %2: the key is wrong, or the policy holds none of the rights checked.")
                             .arg(run.hostName, run.policyName);
    } else if (run.unreachable == total) {
        result.outcome = ConnectionProbeResult::Outcome::Unreachable;
        result.message = tr("%1 did not answer: %2").arg(run.hostName, run.networkError);
    } else {
        result.outcome = ConnectionProbeResult::Outcome::Unexpected;
        result.message = tr("%1 answered in a way that fits no right. Is it really this kind of endpoint?").arg(run.hostName);
    }
    run.promise.addResult(result);
    run.promise.finish();
}

} // namespace StampDeck
