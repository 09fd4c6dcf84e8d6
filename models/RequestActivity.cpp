#include "RequestActivity.h"

#include "AzureTransport.h"

namespace StampDeck {

RequestActivity::RequestActivity(Azure::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

RequestActivity::~RequestActivity()
{
    if (m_notifyTimer)
        m_clock->cancel(m_notifyTimer);
    if (m_expiryTimer)
        m_clock->cancel(m_expiryTimer);
}

void RequestActivity::attach(Azure::AzureTransport *transport)
{
    connect(transport, &Azure::AzureTransport::exchangeFinished, this, &RequestActivity::record);
    connect(transport, &Azure::AzureTransport::inFlightChanged, this,
            [this, transport](int count) { setInFlight(transport, count); });
    connect(transport, &QObject::destroyed, this, [this, transport]() { setInFlight(transport, 0); });
    setInFlight(transport, transport->inFlight());
}

void RequestActivity::record(const Azure::TransportEvent &event)
{
    const qint64 now = m_clock->nowMs();
    const qint64 start = now - now % BucketMs;
    if (m_buckets.isEmpty() || m_buckets.last().startMs != start)
        m_buckets.append(Bucket { start, 0, 0, 0 });
    Bucket &bucket = m_buckets.last();
    ++bucket.requests;
    if (event.throttled)
        ++bucket.throttled;
    if (event.isFailure())
        ++bucket.errors;
    scheduleExpiry();
    notify();
}

int RequestActivity::inFlight() const
{
    int total = 0;
    for (const auto &[transport, count] : m_inFlight)
        total += count;
    return total;
}

qint64 RequestActivity::sum(qint64 Bucket::*field) const
{
    // Read-time cut, so a figure is right even between two expiry ticks.
    const qint64 oldest = m_clock->nowMs() - WindowMs;
    qint64 total = 0;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.startMs + BucketMs > oldest)
            total += bucket.*field;
    }
    return total;
}

void RequestActivity::setInFlight(const QObject *transport, int count)
{
    for (auto &[known, value] : m_inFlight) {
        if (known == transport) {
            if (value != count) {
                value = count;
                notify();
            }
            return;
        }
    }
    m_inFlight.append({ transport, count });
    notify();
}

void RequestActivity::expireOld()
{
    const qint64 oldest = m_clock->nowMs() - WindowMs;
    qsizetype gone = 0;
    while (gone < m_buckets.size() && m_buckets.at(gone).startMs + BucketMs <= oldest)
        ++gone;
    if (gone > 0) {
        m_buckets.remove(0, gone);
        notify();
    }
}

void RequestActivity::scheduleExpiry()
{
    if (m_expiryTimer || m_buckets.isEmpty())
        return;
    // When the oldest bucket leaves the window.
    const qint64 due = m_buckets.first().startMs + BucketMs + WindowMs - m_clock->nowMs();
    m_expiryTimer = m_clock->schedule(qMax<qint64>(due, 0), this, [this]() {
        m_expiryTimer = 0;
        expireOld();
        scheduleExpiry();
    });
}

void RequestActivity::notify()
{
    if (m_notifyTimer)
        return;
    m_notifyTimer = m_clock->schedule(CoalesceMs, this, [this]() {
        m_notifyTimer = 0;
        Q_EMIT changed();
    });
}

} // namespace StampDeck
