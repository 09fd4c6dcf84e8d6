#pragma once

#include <QtGlobal>

namespace StampDeck::Azure {

// A token bucket on an injected time line (milliseconds): holds up to `capacity` tokens, refilled
// continuously at ratePerMs. Pure arithmetic, so pacing is unit-tested without waiting.
class TokenBucket
{
public:
    TokenBucket() = default;
    // Starts full, as the services' buckets do.
    TokenBucket(double ratePerMs, double capacity, qint64 nowMs);

    double capacity() const { return m_capacity; }
    double ratePerMs() const { return m_ratePerMs; }
    // Tokens available at nowMs (never above capacity).
    double tokens(qint64 nowMs) const;

    // Takes cost tokens if they are there; a cost above capacity is clamped to capacity (such a
    // request could never pass otherwise).
    bool tryTake(double cost, qint64 nowMs);
    // Milliseconds until cost tokens are there (0 when they are now).
    qint64 msUntilAvailable(double cost, qint64 nowMs) const;

    // The service said "throttled, retry after pauseMs": the bucket empties and stays empty until
    // nowMs + pauseMs, then refills from zero, so the client falls back in step with the service.
    void drain(qint64 nowMs, qint64 pauseMs);

private:
    void refill(qint64 nowMs);
    double effectiveCost(double cost) const;

    double m_ratePerMs = 0;
    double m_capacity = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0; // refill reference; may lie in the future after drain()
};

} // namespace StampDeck::Azure
