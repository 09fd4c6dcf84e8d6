#include "TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace StampDeck::Azure {

TokenBucket::TokenBucket(double ratePerMs, double capacity, qint64 nowMs)
    : m_ratePerMs(ratePerMs)
    , m_capacity(capacity)
    , m_tokens(capacity)
    , m_lastMs(nowMs)
{
}

double TokenBucket::tokens(qint64 nowMs) const
{
    if (nowMs <= m_lastMs)
        return m_tokens;
    return std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_ratePerMs);
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs <= m_lastMs)
        return;
    m_tokens = tokens(nowMs);
    m_lastMs = nowMs;
}

double TokenBucket::effectiveCost(double cost) const
{
    return std::min(std::max(cost, 0.0), m_capacity);
}

bool TokenBucket::tryTake(double cost, qint64 nowMs)
{
    refill(nowMs);
    const double needed = effectiveCost(cost);
    // A small epsilon: refill arithmetic in doubles must not leave a request 1e-12 tokens short.
    if (nowMs < m_lastMs || m_tokens + 1e-9 < needed)
        return false;
    m_tokens = std::max(0.0, m_tokens - needed);
    return true;
}

qint64 TokenBucket::msUntilAvailable(double cost, qint64 nowMs) const
{
    const double needed = effectiveCost(cost);
    const qint64 start = std::max(nowMs, m_lastMs);
    const double have = tokens(start);
    if (have + 1e-9 >= needed)
        return start - nowMs;
    if (m_ratePerMs <= 0)
        return std::numeric_limits<qint64>::max() / 4;
    return (start - nowMs) + qint64(std::ceil((needed - have) / m_ratePerMs));
}

void TokenBucket::drain(qint64 nowMs, qint64 pauseMs)
{
    refill(nowMs);
    m_tokens = 0;
    m_lastMs = std::max(m_lastMs, nowMs + std::max<qint64>(pauseMs, 0));
}

} // namespace StampDeck::Azure
