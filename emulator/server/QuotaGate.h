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

// Per-minute limits from the documented defaults; hubs scale with tier and units
// (AZURE_WIRE_SOURCES.md §5.2 and §5.3):
//   registry operations  100/min/unit (F1, B1, S1, B2, S2), 5,000/min/unit (B3, S3)
//   queries              20/min/unit, 1,000/min/unit on S3/B3
//   twin reads           F1/B1/S1 100/s; S2/B2 max(100, 10/unit)/s; S3/B3 500/s/unit
//   twin updates         F1/B1/S1 50/s;  S2/B2 max(50, 5/unit)/s;   S3/B3 250/s/unit
//   direct methods       the bandwidth meter at 4 KB a call: 40/s/unit (S1), 120/s/unit (S2),
//                        6,144/s/unit (S3), i.e. generous for the console's use
//   DPS                  service operations 1,000/min, registrations 1,000/min; status lookups
//                        10,000/min per instance: the docs give no instance figure, only 5 polls per
//                        10 s per device (QuotaGate::admitDevicePoll); 10,000/min lets every one of
//                        1,000 registrations a minute poll several times and still stops a flood.
// An unknown tier counts as S1; F1 always has one unit.
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

    // DPS device polling, 5 per 10 s per registration id (the one documented per-device rule),
    // for operation-status polls and registration status lookups, on top of the instance's
    // DpsStatusLookups bucket. Same answer as admit(). Idle ids are forgotten after a window.
    std::optional<qint64> admitDevicePoll(const QString &registrationId);
    qsizetype trackedDevicePolls() const { return m_devicePolls.size(); } // ids polled lately

    // 0 when the class is not limited (no bucket: everything is admitted).
    double perMinute(QuotaClass quotaClass) const;
    void setPerMinute(QuotaClass quotaClass, double perMinute);
    void setEnabled(bool enabled); // off: everything is admitted
    bool isEnabled() const { return m_enabled; }
    double timeScale() const { return m_timeScale; }

    // Retry-After header value for a wait from admit(): whole seconds, rounded up, at least 1.
    static qint64 retryAfterSeconds(qint64 waitMs);

    static constexpr int DevicePollsPerWindow = 5;
    static constexpr qint64 DevicePollWindowMs = 10'000;

private:
    struct Bucket
    {
        double perMinute = 0;
        double tokens = 0;
        qint64 lastRefillMs = 0;
        double capacity = 0; // one minute's worth for the classes; 5 for a device's polls
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    std::optional<qint64> take(Bucket &bucket, double cost, qint64 nowMs) const;
    qint64 now() const;
    void pruneDevicePolls(qint64 nowMs);

    QHash<QuotaClass, Bucket> m_buckets;
    QHash<QString, Bucket> m_devicePolls; // by registration id
    qint64 m_lastPruneMs = 0;
    double m_timeScale = 1.0;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    bool m_enabled = true;
};

} // namespace StampDeck::Emulator
