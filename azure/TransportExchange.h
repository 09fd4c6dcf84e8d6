#pragma once

#include "AzureEndpoint.h"
#include "AzureRequest.h"
#include "Clock.h"
#include "RequestPacer.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace StampDeck::Azure {

class AzureTransport;
template<typename T>
class AzureResult;
using TransportCall = AzureResult<AzureResponse>;

// One logical request inside the transport: acquires pacing tokens, sends an attempt, classifies
// the answer, and either completes the call or schedules the next attempt (the retry loop of the
// whole library lives here and nowhere else). A child of its call: deleting the call deletes the
// exchange, which aborts the network reply and withdraws from the pacer and the clock.
class TransportExchange : public QObject
{
    Q_OBJECT
public:
    TransportExchange(AzureTransport *transport, const AzureEndpoint &endpoint, const AzureRequest &request,
                      TransportCall *call);
    ~TransportExchange() override;

    void start();
    void abort(); // cancel(): stop everything, complete nothing (the call reports Cancelled)

private:
    void acquire(int demandIndex, bool priority);
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void handleFailure(AttemptFailure failure, const AzureError &error, const AzureResponse &response);
    void complete(const AzureError &error, AzureResponse response);
    void stopWork();
    QString laneFor(int demandIndex) const;
    void leaveWire();
    bool report(const AzureError &error, int httpStatus, bool willRetry, qint64 retryDelayMs);

    AzureTransport *m_transport;
    AzureEndpoint m_endpoint;
    AzureRequest m_request;
    TransportCall *m_call;
    QPointer<QNetworkReply> m_reply;
    RequestPacer::TicketId m_ticket = 0;
    Clock::TimerId m_timer = 0;
    int m_attempts = 0;
    qint64 m_firstSendMs = -1;
    qint64 m_attemptSentMs = 0;
    qint64 m_previousDelayMs = 0;
    bool m_immediateUsed = false;
    bool m_mayHaveApplied = false;
    bool m_timedOut = false;
    bool m_done = false;
    bool m_onWire = false; // counted in the transport's inFlight()
};

} // namespace StampDeck::Azure
