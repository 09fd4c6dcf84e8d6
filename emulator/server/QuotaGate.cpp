#include "server/QuotaGate.h"

#include <QtMath>

#include <limits>

namespace StampDeck::Emulator {

namespace {
// Refills are sums of fractions: without a little slack, 1/3 + 2/3 tokens would not buy one.
constexpr double Epsilon = 1e-6;
} // namespace

QString quotaClassName(QuotaClass quotaClass)
{
    switch (quotaClass) {
    case QuotaClass::HubRegistryOperations: return QStringLiteral("registry operations");
    case QuotaClass::HubQueries: return QStringLiteral("queries");
    case QuotaClass::HubTwinReads: return QStringLiteral("twin reads");
    case QuotaClass::HubTwinUpdates: return QStringLiteral("twin updates");
    case QuotaClass::HubDirectMethods: return QStringLiteral("direct methods");
    case QuotaClass::DpsServiceOperations: return QStringLiteral("service operations");
    case QuotaClass::DpsRegistrations: return QStringLiteral("device registrations");
    case QuotaClass::DpsStatusLookups: return QStringLiteral("registration status lookups");
    }
    return QStringLiteral("operations");
}

QuotaGate::QuotaGate(QHash<QuotaClass, double> perMinute, double timeScale, Clock clock)
    : m_timeScale(timeScale > 0.0 ? timeScale : 1.0)
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_elapsed.start();
    for (auto it = perMinute.cbegin(); it != perMinute.cend(); ++it)
        setPerMinute(it.key(), it.value());
    m_lastPruneMs = now();
}

qint64 QuotaGate::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void QuotaGate::refill(Bucket &bucket, qint64 nowMs) const
{
    const qint64 elapsed = nowMs - bucket.lastRefillMs;
    if (elapsed <= 0)
        return;
    // timeScale 60 refills a minute's worth in one wall-clock second.
    bucket.tokens = qMin(bucket.capacity,
                         bucket.tokens + double(elapsed) * bucket.perMinute * m_timeScale / 60'000.0);
    bucket.lastRefillMs = nowMs;
}

std::optional<qint64> QuotaGate::take(Bucket &bucket, double cost, qint64 nowMs) const
{
    refill(bucket, nowMs);
    if (bucket.tokens + Epsilon >= cost) {
        bucket.tokens -= cost;
        return std::nullopt;
    }
    // A cost above the capacity can never be saved up: admit it once the bucket is full and let
    // the debt delay what follows, instead of refusing it for ever.
    if (cost > bucket.capacity && bucket.tokens + Epsilon >= bucket.capacity) {
        bucket.tokens -= cost;
        return std::nullopt;
    }
    const double needed = qMin(cost, bucket.capacity) - bucket.tokens;
    const double perMs = bucket.perMinute * m_timeScale / 60'000.0;
    return qMax<qint64>(1, qint64(qCeil(needed / perMs - Epsilon)));
}

std::optional<qint64> QuotaGate::admit(QuotaClass quotaClass, double cost)
{
    if (!m_enabled || cost <= 0.0)
        return std::nullopt;
    auto it = m_buckets.find(quotaClass);
    if (it == m_buckets.end())
        return std::nullopt; // not limited
    return take(it.value(), cost, now());
}

std::optional<qint64> QuotaGate::admitDevicePoll(const QString &registrationId)
{
    if (!m_enabled)
        return std::nullopt;
    const qint64 nowMs = now();
    pruneDevicePolls(nowMs);
    auto it = m_devicePolls.find(registrationId);
    if (it == m_devicePolls.end()) {
        Bucket bucket;
        bucket.capacity = DevicePollsPerWindow;
        bucket.perMinute = DevicePollsPerWindow * 60'000.0 / double(DevicePollWindowMs);
        bucket.tokens = bucket.capacity;
        bucket.lastRefillMs = nowMs;
        it = m_devicePolls.insert(registrationId, bucket);
    }
    return take(it.value(), 1.0, nowMs);
}

void QuotaGate::pruneDevicePolls(qint64 nowMs)
{
    // A device idle for a whole window has its bucket full again: forgetting it changes nothing,
    // and keeps the map to the devices polling right now (not the whole fleet).
    const qint64 window = qMax<qint64>(1, qint64(double(DevicePollWindowMs) / m_timeScale));
    if (nowMs - m_lastPruneMs < window)
        return;
    m_lastPruneMs = nowMs;
    m_devicePolls.removeIf([nowMs, window](const QHash<QString, Bucket>::iterator &entry) {
        return nowMs - entry.value().lastRefillMs >= window;
    });
}

double QuotaGate::perMinute(QuotaClass quotaClass) const
{
    const auto it = m_buckets.constFind(quotaClass);
    return it == m_buckets.cend() ? 0.0 : it->perMinute;
}

void QuotaGate::setPerMinute(QuotaClass quotaClass, double perMinute)
{
    if (perMinute <= 0.0) {
        m_buckets.remove(quotaClass); // no limit
        return;
    }
    const qint64 nowMs = now();
    auto it = m_buckets.find(quotaClass);
    if (it == m_buckets.end()) {
        // A new bucket starts full: a minute's worth may be spent at once, as on a fresh hub.
        m_buckets.insert(quotaClass, Bucket{perMinute, perMinute, nowMs, perMinute});
        return;
    }
    refill(it.value(), nowMs);
    it->perMinute = perMinute;
    it->capacity = perMinute;
    it->tokens = qMin(it->tokens, perMinute);
}

void QuotaGate::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

qint64 QuotaGate::retryAfterSeconds(qint64 waitMs)
{
    return qMax<qint64>(1, (waitMs + 999) / 1000);
}

} // namespace StampDeck::Emulator
