#include "AzureTransport.h"

#include "TransportExchange.h"

#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

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

QString AzureTransport::laneKey(const AzureEndpoint &endpoint, OperationClass operationClass, const QString &scope)
{
    return endpoint.id() + u'|' + QString::number(int(operationClass)) + u'|' + scope;
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
