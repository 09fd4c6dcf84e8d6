#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace StampDeck::Emulator {

// The throttles one hub or DPS instance enforces (AZURE_WIRE.md "Quotas"). Each class is a token
// bucket holding one minute's worth of operations, refilled continuously; the service asks before
// it does the work and answers 429 with Retry-After when the bucket is empty.
enum class QuotaClass {
    HubRegistryOperations, // identity create/get/update/delete, each device of a bulk call counts
    HubQueries,
    HubTwinReads,
    HubTwinUpdates,
    HubDirectMethods,
    DpsServiceOperations,  // enrollment and registration-state CRUD, queries, bulk
    DpsRegistrations,      // device register
    DpsStatusLookups,      // device operation-status polls and registration status lookups
};

QString quotaClassName(QuotaClass quotaClass);

// Per-minute limits from the documented defaults; hubs scale with tier and units.
struct QuotaLimits
{
    static QHash<QuotaClass, double> forHub(const QString &tier, int units);
    static QHash<QuotaClass, double> forDps();
};

class QuotaGate
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    // timeScale compresses the quota windows: 60 means a one-minute window lasts one second.
    explicit QuotaGate(QHash<QuotaClass, double> perMinute, double timeScale = 1.0,
                       Clock clock = {});

    // Takes cost tokens from the class's bucket. Returns std::nullopt when admitted, else the
    // wall-clock milliseconds until the bucket holds cost tokens again (nothing is taken).
    std::optional<qint64> admit(QuotaClass quotaClass, double cost = 1.0);

    double perMinute(QuotaClass quotaClass) const;
    void setPerMinute(QuotaClass quotaClass, double perMinute);
    void setEnabled(bool enabled); // off: everything is admitted

private:
    struct Bucket
    {
        double perMinute = 0;
        double tokens = 0;
        qint64 lastRefillMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;

    QHash<QuotaClass, Bucket> m_buckets;
    double m_timeScale = 1.0;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    bool m_enabled = true;
};

} // namespace StampDeck::Emulator
