#pragma once

#include "Clock.h"
#include "TokenBucket.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>

namespace StampDeck::Azure {

// Paces requests so they arrive at the service at its quota and not into it: one FIFO lane per
// (endpoint, throttle class[, scope]) with a token bucket. A request waits in its lane until its
// cost in tokens is there (a bulk call costs one token per item, as the services meter it).
// Retries queue at the front: they were admitted once already. Time comes from the Clock seam.
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    using TicketId = quint64;

    explicit RequestPacer(Clock *clock, QObject *parent = nullptr);
    ~RequestPacer() override;

    // Asks lane laneKey for cost tokens. The lane is created on first use with ratePerMs and
    // burst (the bucket starts full). When the tokens are granted, granted() runs: synchronously
    // when they are there right away and nobody queues before (returns 0), else later from the
    // event loop (returns a ticket for cancel()). Nothing runs once context is destroyed.
    TicketId acquire(const QString &laneKey, double ratePerMs, double burst, double cost,
                     bool priority, QObject *context, std::function<void()> granted);
    // Withdraws a waiting request; its granted() never runs.
    void cancel(TicketId ticket);
    // The service throttled this lane: empty the bucket and pause it for pauseMs.
    void throttled(const QString &laneKey, qint64 pauseMs);

    int waitingCount(const QString &laneKey) const;
    // Tokens in the lane now (tests and diagnostics); -1 for an unknown lane.
    double tokens(const QString &laneKey) const;

private:
    struct Waiter
    {
        TicketId id = 0;
        double cost = 0;
        QPointer<QObject> context;
        std::function<void()> granted;
    };
    struct Lane
    {
        TokenBucket bucket;
        std::deque<Waiter> queue;
        Clock::TimerId timer = 0;
    };

    void process(const QString &laneKey);
    void reschedule(const QString &laneKey);

    Clock *m_clock;
    QHash<QString, Lane> m_lanes;
    QHash<TicketId, QString> m_ticketLanes;
    TicketId m_nextTicket = 1;
};

} // namespace StampDeck::Azure
