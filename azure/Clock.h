#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace StampDeck::Azure {

// The time seam of the transport: retry backoff, pacing, SAS expiry and per-attempt timeouts all
// read time and schedule work through a Clock, so unit tests drive them with a fake clock instead
// of waiting (KeePassXC's Clock/MockClock pattern). SystemClock is the real one.
class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock() = default;

    // Monotonic milliseconds (for intervals: backoff, buckets, budgets).
    virtual qint64 nowMs() const = 0;
    // Wall-clock UTC (for SAS expiry and HTTP-date Retry-After values).
    virtual QDateTime currentUtc() const = 0;

    // Calls fn once after delayMs (0: on the next event-loop turn, never synchronously) unless
    // cancelled first or context is destroyed. Returns an id for cancel(); never 0.
    virtual TimerId schedule(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    // Cancels a scheduled call; unknown or already-run ids are ignored.
    virtual void cancel(TimerId id) = 0;
};

} // namespace StampDeck::Azure
