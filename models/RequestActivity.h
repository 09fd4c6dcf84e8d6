#pragma once

#include "Clock.h"
#include "TransportEvent.h"

#include <QList>
#include <QObject>

namespace StampDeck {

namespace Azure {
class AzureTransport;
}

// What the status bar shows: requests in flight now, and over the last five minutes the requests
// answered, the throttled ones (429) and the failures (TransportEvent::isFailure). Counts sit in
// ten-second buckets, so the window rolls in ten-second steps. changed() is coalesced to at most
// four per second, however hard the transport works.
class RequestActivity : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 WindowMs = 5 * 60'000;
    static constexpr qint64 BucketMs = 10'000;
    static constexpr qint64 CoalesceMs = 250;

    // The clock must outlive this object (the transport's clock, or a test's fake one).
    explicit RequestActivity(Azure::Clock *clock, QObject *parent = nullptr);
    ~RequestActivity() override;

    // Follows a transport's in-flight count and finished attempts (several may be attached).
    void attach(Azure::AzureTransport *transport);
    void record(const Azure::TransportEvent &event);

    int inFlight() const;
    qint64 requests() const { return sum(&Bucket::requests); }
    qint64 throttled() const { return sum(&Bucket::throttled); }
    qint64 errors() const { return sum(&Bucket::errors); }

Q_SIGNALS:
    void changed();

private:
    struct Bucket
    {
        qint64 startMs = 0;
        qint64 requests = 0;
        qint64 throttled = 0;
        qint64 errors = 0;
    };

    qint64 sum(qint64 Bucket::*field) const;
    void setInFlight(const QObject *transport, int count);
    void expireOld();
    void scheduleExpiry();
    void notify();

    Azure::Clock *m_clock;
    QList<Bucket> m_buckets; // oldest first
    QList<QPair<const QObject *, int>> m_inFlight; // per attached transport
    Azure::Clock::TimerId m_notifyTimer = 0;
    Azure::Clock::TimerId m_expiryTimer = 0;
};

} // namespace StampDeck
