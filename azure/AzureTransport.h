#pragma once

#include "AzureCall.h"
#include "AzureEndpoint.h"
#include "AzureRequest.h"
#include "Clock.h"
#include "RequestPacer.h"
#include "RetryPolicy.h"
#include "SasTokenCache.h"
#include "TransportEvent.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;

namespace StampDeck::Azure {

using TransportCall = AzureResult<AzureResponse>;

// Counters of what the transport did (tests check pacing kept 429s away; the console shows them).
struct TransportStatistics
{
    qint64 requests = 0;        // logical requests
    qint64 attempts = 0;        // HTTP requests sent
    qint64 retries = 0;
    qint64 throttled = 0;       // 429 answers received
    qint64 serverErrors = 0;    // 5xx answers received
    qint64 networkErrors = 0;   // drops, timeouts, refused connections
};

// The one HTTP layer of the Azure clients, injected into each of them (one QNetworkAccessManager).
// It builds requests (api-version, an Authorization SAS minted per request class and cached,
// Request-Id), verifies TLS always (an endpoint's extra CA is added to that request's
// QSslConfiguration only; ignoreSslErrors is never called), refuses plain http except to loopback,
// paces every request through token buckets sized from the endpoint's quotas, and is the only
// place that retries (RetryPolicy: backoff with jitter, Retry-After, bounded attempts and time,
// one immediate retry at most, only where the request is safe to repeat).
//
// The transport, its clock and its QNetworkAccessManager must outlive the calls they serve (the
// console makes them once, in main()).
//
// send() answers with the response for any HTTP status: success for 2xx, else a failed call whose
// error() is the parsed AzureError and whose value() still holds the response (bulk calls read
// their 400 bodies).
class AzureTransport : public QObject
{
    Q_OBJECT
public:
    AzureTransport(QNetworkAccessManager *network, Clock *clock, QObject *parent = nullptr);
    ~AzureTransport() override;

    TransportCall *send(const AzureEndpoint &endpoint, const AzureRequest &request);
    // Opens a connection to the endpoint ahead of its first request, so the TCP and TLS handshakes
    // are not on that request's path (a lookup may ask hosts nothing has spoken to yet). Nothing
    // is sent; TLS is verified as for requests; plain http only to loopback hosts. Call it once
    // per endpoint: the connection is then kept and reused.
    void openConnection(const AzureEndpoint &endpoint);

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Uniform [0, 1) draws for jitter; tests pin them.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }
    qint64 defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setDefaultTimeoutMs(qint64 ms) { m_defaultTimeoutMs = ms; }

    TransportStatistics statistics() const { return m_total; }
    TransportStatistics statistics(const AzureEndpoint &endpoint) const { return m_perEndpoint.value(endpoint.id()); }

    Clock *clock() const { return m_clock; }
    RequestPacer *pacer() { return &m_pacer; }
    SasTokenCache *tokenCache() { return &m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }

    // TLS settings of an endpoint's requests: the default configuration (as it was when the
    // endpoint's set of extra CAs was first used), peer verification on, plus those CAs.
    QSslConfiguration sslConfiguration(const AzureEndpoint &endpoint);

    // The pacing lane a request uses for its class (shared by all requests of that class).
    static QString laneKey(const AzureEndpoint &endpoint, OperationClass operationClass, const QString &scope);

    // HTTP attempts sent and not yet answered (requests waiting for pacing or a retry are not
    // in flight: nothing is on the wire for them).
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void inFlightChanged(int inFlight);
    // One per finished attempt, and one for a request that failed before anything was sent.
    // Built only while something is connected, so an unobserved transport pays nothing.
    void exchangeFinished(const StampDeck::Azure::TransportEvent &event);

private:
    friend class TransportExchange;
    double random() const;
    bool isObserved() const;
    void changeInFlight(int delta);
    void count(const AzureEndpoint &endpoint, const std::function<void(TransportStatistics &)> &update);

    QNetworkAccessManager *m_network;
    Clock *m_clock;
    RequestPacer m_pacer;
    SasTokenCache m_tokens;
    RetryPolicy m_retryPolicy;
    std::function<double()> m_random;
    qint64 m_defaultTimeoutMs = 60'000;
    TransportStatistics m_total;
    QHash<QString, TransportStatistics> m_perEndpoint;
    int m_inFlight = 0;
    QList<QPair<QList<QSslCertificate>, QSslConfiguration>> m_sslConfigurations;
    bool m_preconnectCleanup = false;
};

} // namespace StampDeck::Azure
