#include "AzureTransport.h"

#include "TransportExchange.h"

#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslSocket>

namespace StampDeck::Azure {

AzureTransport::AzureTransport(QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_pacer(clock)
    , m_tokens(clock)
    , m_random([]() { return QRandomGenerator::global()->generateDouble(); })
{
    qRegisterMetaType<StampDeck::Azure::TransportEvent>();
}

AzureTransport::~AzureTransport() = default;

TransportCall *AzureTransport::send(const AzureEndpoint &endpoint, const AzureRequest &request)
{
    auto *call = new TransportCall();
    auto *exchange = new TransportExchange(this, endpoint, request, call);
    call->setCanceller([exchange]() { exchange->abort(); });
    count(endpoint, [](TransportStatistics &s) { ++s.requests; });
    // Started on the next event-loop turn, so even an immediate failure (plain http to a remote
    // host, an unusable key) reaches a finished() handler connected after send() returned.
    QMetaObject::invokeMethod(exchange, &TransportExchange::start, Qt::QueuedConnection);
    return call;
}

void AzureTransport::openConnection(const AzureEndpoint &endpoint)
{
    if (!m_network || endpoint.hostName.isEmpty())
        return;
    if (!m_preconnectCleanup) {
        // The manager answers a connection opened ahead with a reply of its own, which it keeps
        // until it is destroyed unless someone deletes it.
        m_preconnectCleanup = true;
        connect(m_network, &QNetworkAccessManager::finished, this, [](QNetworkReply *reply) {
            if (reply->url().scheme().startsWith(QLatin1StringView("preconnect-")))
                reply->deleteLater();
        });
    }
    const QUrl url = endpoint.baseUrl();
    if (endpoint.plainHttp) {
        if (endpoint.isLoopback())
            m_network->connectToHost(url.host(), quint16(url.port(80)));
        return;
    }
    m_network->connectToHostEncrypted(url.host(), quint16(url.port(443)), sslConfiguration(endpoint));
}

QString AzureTransport::laneKey(const AzureEndpoint &endpoint, OperationClass operationClass, const QString &scope)
{
    return endpoint.id() + u'|' + QString::number(int(operationClass)) + u'|' + scope;
}

QSslConfiguration AzureTransport::sslConfiguration(const AzureEndpoint &endpoint)
{
    // Built once per set of extra CAs (usually one): copying and changing the default
    // configuration was about a third of what building each request cost.
    for (const auto &[certificates, configuration] : std::as_const(m_sslConfigurations)) {
        if (certificates == endpoint.extraCaCertificates)
            return configuration;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!endpoint.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(endpoint.extraCaCertificates);
    m_sslConfigurations.append({endpoint.extraCaCertificates, ssl});
    return ssl;
}

double AzureTransport::random() const
{
    return m_random ? m_random() : 0.5;
}

bool AzureTransport::isObserved() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&AzureTransport::exchangeFinished);
    return isSignalConnected(signal);
}

void AzureTransport::changeInFlight(int delta)
{
    m_inFlight += delta;
    Q_EMIT inFlightChanged(m_inFlight);
}

void AzureTransport::count(const AzureEndpoint &endpoint, const std::function<void(TransportStatistics &)> &update)
{
    update(m_total);
    update(m_perEndpoint[endpoint.id()]);
}

} // namespace StampDeck::Azure
