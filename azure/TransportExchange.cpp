#include "TransportExchange.h"

#include "AzureCall.h"
#include "AzureTransport.h"
#include "RetryAfter.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QUuid>

namespace StampDeck::Azure {

Q_LOGGING_CATEGORY(lcTransport, "stampdeck.azure.transport", QtWarningMsg)

namespace {

AttemptFailure classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return AttemptFailure::NotSent;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolFailure:
        return AttemptFailure::ConnectionDrop;
    case QNetworkReply::TimeoutError:
        return AttemptFailure::Timeout;
    default:
        // TLS failures (a certificate that does not verify), protocol misuse: retrying cannot help.
        return AttemptFailure::Fatal;
    }
}

} // namespace

TransportExchange::TransportExchange(AzureTransport *transport, const AzureEndpoint &endpoint,
                                     const AzureRequest &request, TransportCall *call)
    : QObject(call)
    , m_transport(transport)
    , m_endpoint(endpoint)
    , m_request(request)
    , m_call(call)
{
}

TransportExchange::~TransportExchange()
{
    stopWork();
}

void TransportExchange::start()
{
    if (m_endpoint.plainHttp && !m_endpoint.isLoopback()) {
        const AzureError error(AzureErrorKind::Network, 0, 0, QStringLiteral("InsecureTransport"),
                               QStringLiteral("plain http is refused for %1: only loopback hosts may use it").arg(m_endpoint.host()));
        if (report(error, 0, false, 0))
            complete(error, {});
        return;
    }
    if (m_endpoint.hostName.isEmpty()) {
        const AzureError error(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("NoEndpoint"),
                               QStringLiteral("the endpoint has no host name"));
        if (report(error, 0, false, 0))
            complete(error, {});
        return;
    }
    acquire(0, false);
}

QString TransportExchange::laneFor(int demandIndex) const
{
    if (demandIndex == 0)
        return AzureTransport::laneKey(m_endpoint, m_request.operationClass, m_request.paceScope);
    const PaceDemand &demand = m_request.extraPacing.at(demandIndex - 1);
    return AzureTransport::laneKey(m_endpoint, demand.operationClass, demand.scope);
}

void TransportExchange::acquire(int demandIndex, bool priority)
{
    m_ticket = 0;
    if (demandIndex > m_request.extraPacing.size()) {
        sendAttempt();
        return;
    }
    const OperationClass cls = demandIndex == 0 ? m_request.operationClass : m_request.extraPacing.at(demandIndex - 1).operationClass;
    const double cost = demandIndex == 0 ? m_request.cost : m_request.extraPacing.at(demandIndex - 1).cost;
    const std::optional<QuotaRate> rate = m_endpoint.quotas.rate(cls);
    if (!rate || rate->perMinute <= 0) {
        acquire(demandIndex + 1, priority);
        return;
    }
    const double perMs = rate->perMinute * m_endpoint.quotas.timeScale() * m_endpoint.quotas.utilisation() / 60'000.0;
    m_ticket = m_transport->pacer()->acquire(laneFor(demandIndex), perMs, rate->burst, cost, priority, this,
                                             [this, demandIndex, priority]() { acquire(demandIndex + 1, priority); });
}

void TransportExchange::sendAttempt()
{
    QString signError;
    QString authorization;
    if (m_request.credential) {
        authorization = m_transport->tokenCache()->token(m_request.credential->resource, m_request.credential->keyName,
                                                         m_request.credential->key, &signError);
    } else {
        authorization = m_transport->tokenCache()->token(m_endpoint.hostName, m_endpoint.policyName, m_endpoint.key, &signError);
    }
    if (authorization.isEmpty()) {
        const AzureError error(AzureErrorKind::Unauthorized, 0, 0, QStringLiteral("InvalidKey"),
                               QStringLiteral("cannot sign the request: %1").arg(signError));
        if (report(error, 0, false, 0))
            complete(error, {});
        return;
    }

    QUrl url = m_endpoint.baseUrl();
    url.setPath(m_request.path, QUrl::StrictMode);
    QUrlQuery query;
    if (!m_request.apiVersion.isEmpty())
        query.addQueryItem(QStringLiteral("api-version"), m_request.apiVersion);
    for (const auto &[name, value] : std::as_const(m_request.query))
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization.toUtf8());
    request.setRawHeader("Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "StampDeck/0.1");
    if (!m_request.body.isEmpty())
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    // Azure never redirects; following one could carry the SAS elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_endpoint.plainHttp)
        request.setSslConfiguration(m_transport->sslConfiguration(m_endpoint));

    ++m_attempts;
    if (m_firstSendMs < 0)
        m_firstSendMs = m_transport->clock()->nowMs();
    m_transport->count(m_endpoint, [](TransportStatistics &s) { ++s.attempts; });
    m_timedOut = false;
    m_attemptSentMs = m_transport->clock()->nowMs();
    m_reply = m_transport->network()->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply->setParent(this);
    m_onWire = true;
    m_transport->changeInFlight(+1);
    connect(m_reply, &QNetworkReply::finished, this, &TransportExchange::onReplyFinished);
    const qint64 timeout = m_request.timeoutMs > 0 ? m_request.timeoutMs : m_transport->defaultTimeoutMs();
    m_timer = m_transport->clock()->schedule(timeout, this, [this]() { onTimeout(); });
    qCDebug(lcTransport) << "send" << m_request.describe() << "attempt" << m_attempts;
}

void TransportExchange::onTimeout()
{
    m_timer = 0;
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously and is classified as a timeout
}

void TransportExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    if (m_timer) {
        m_transport->clock()->cancel(m_timer);
        m_timer = 0;
    }
    reply->deleteLater();
    leaveWire();

    AzureResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (!m_timedOut && reply->isOpen()) // an aborted reply is closed: nothing to read
        response.body = reply->readAll();
    response.attempts = m_attempts;
    response.earlierAttemptMayHaveApplied = m_mayHaveApplied;
    qCDebug(lcTransport) << "answer" << m_request.describe() << response.status << reply->error();

    if (m_timedOut) {
        m_transport->count(m_endpoint, [](TransportStatistics &s) { ++s.networkErrors; });
        handleFailure(AttemptFailure::Timeout, AzureError::timeout(QStringLiteral("no answer from %1 in time").arg(m_endpoint.hostName)), response);
        return;
    }
    if (response.status == 0) {
        m_transport->count(m_endpoint, [](TransportStatistics &s) { ++s.networkErrors; });
        const AttemptFailure failure = classifyNetworkError(reply->error());
        handleFailure(failure, AzureError::network(reply->errorString()), response);
        return;
    }
    if (response.status >= 200 && response.status < 300) {
        if (!report(AzureError(), response.status, false, 0))
            return;
        complete(AzureError(), std::move(response));
        return;
    }
    AzureError error = AzureError::fromResponse(response.status, response.headers, response.body);
    const std::optional<qint64> retryAfter = RetryAfter::fromHeaders(response.headers, m_transport->clock()->currentUtc());
    if (retryAfter)
        error.setRetryAfterMs(retryAfter);
    if (response.status == 429)
        m_transport->count(m_endpoint, [](TransportStatistics &s) { ++s.throttled; });
    else if (response.status >= 500)
        m_transport->count(m_endpoint, [](TransportStatistics &s) { ++s.serverErrors; });
    handleFailure(RetryPolicy::classifyStatus(response.status), error, response);
}

void TransportExchange::handleFailure(AttemptFailure failure, const AzureError &error, const AzureResponse &response)
{
    RetryContext context;
    context.attemptsMade = m_attempts;
    context.elapsedMs = m_transport->clock()->nowMs() - m_firstSendMs;
    context.failure = failure;
    context.safety = m_request.safety;
    context.retryAfterMs = error.retryAfterMs();
    context.immediateRetryUsed = m_immediateUsed;
    context.previousDelayMs = m_previousDelayMs;
    const RetryDecision decision = m_transport->retryPolicy().decide(context, m_transport->random());
    if (!report(error, response.status, decision.retry, decision.delayMs))
        return;

    if (failure == AttemptFailure::Throttled) {
        // Fall back in step with the service: nobody in this lane sends before the wait is over.
        const qint64 pause = error.retryAfterMs().value_or(decision.retry ? decision.delayMs : m_transport->retryPolicy().baseDelayMs);
        m_transport->pacer()->throttled(laneFor(0), pause);
    }
    if (!decision.retry) {
        qCDebug(lcTransport) << "give up" << m_request.describe() << decision.reason;
        complete(error, response);
        return;
    }
    if (RetryPolicy::mayHaveBeenApplied(failure))
        m_mayHaveApplied = true;
    m_immediateUsed = m_immediateUsed || decision.immediate;
    m_previousDelayMs = decision.delayMs;
    m_transport->count(m_endpoint, [](TransportStatistics &s) { ++s.retries; });
    qCDebug(lcTransport) << "retry" << m_request.describe() << "in" << decision.delayMs << "ms:" << decision.reason;
    m_timer = m_transport->clock()->schedule(decision.delayMs, this, [this]() {
        m_timer = 0;
        acquire(0, true);
    });
}

void TransportExchange::complete(const AzureError &error, AzureResponse response)
{
    if (m_done)
        return;
    m_done = true;
    stopWork();
    response.attempts = m_attempts;
    response.earlierAttemptMayHaveApplied = m_mayHaveApplied;
    if (error.isError())
        m_call->failWithValue(error, std::move(response));
    else
        m_call->succeed(std::move(response));
}

void TransportExchange::abort()
{
    m_done = true;
    stopWork();
}

void TransportExchange::stopWork()
{
    if (m_ticket) {
        m_transport->pacer()->cancel(m_ticket);
        m_ticket = 0;
    }
    if (m_timer) {
        m_transport->clock()->cancel(m_timer);
        m_timer = 0;
    }
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    leaveWire();
}

void TransportExchange::leaveWire()
{
    if (!m_onWire)
        return;
    m_onWire = false;
    m_transport->changeInFlight(-1);
}

// Tells observers how the attempt ended. Returns false when a receiver destroyed this exchange
// (by deleting its call), so the caller touches nothing more.
bool TransportExchange::report(const AzureError &error, int httpStatus, bool willRetry, qint64 retryDelayMs)
{
    if (!m_transport->isObserved())
        return true; // nobody listens: build nothing (the benchmark hammers this path)
    TransportEvent event;
    event.time = m_transport->clock()->currentUtc();
    event.endpointId = m_endpoint.id();
    event.host = m_endpoint.hostName;
    event.method = m_request.method;
    event.path = m_request.path.section(u'?', 0, 0); // the query travels separately; be sure anyway
    event.httpStatus = httpStatus;
    event.errorKind = error.kind();
    event.errorCode = error.code();
    event.errorName = error.codeName();
    QString message = error.message();
    if (message.contains(u'?')) {
        // Qt's network error texts quote the URL; keep scheme, host and path only.
        static const QRegularExpression query(QStringLiteral(R"((\w+://[^\s?]*)\?\S*)"));
        message.replace(query, QStringLiteral("\\1"));
    }
    event.message = message.left(TransportEvent::MaxMessageLength);
    event.attempt = m_attempts;
    event.willRetry = willRetry;
    event.retryDelayMs = willRetry ? retryDelayMs : 0;
    event.durationMs = m_attempts > 0 ? m_transport->clock()->nowMs() - m_attemptSentMs : 0;
    event.throttled = httpStatus == 429;
    event.retryAfterMs = error.retryAfterMs();
    const QPointer<TransportExchange> alive(this);
    Q_EMIT m_transport->exchangeFinished(event);
    return !alive.isNull();
}

} // namespace StampDeck::Azure
