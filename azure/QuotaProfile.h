#pragma once

#include "OperationClass.h"

#include <QHash>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// Rate and burst of one throttle class: a token bucket holding `burst` operations, refilled at
// perMinute. Services meter a minute window, so the documented bucket holds one minute's worth.
struct QuotaRate
{
    double perMinute = 0;
    double burst = 0;
};

// The documented throttles of one endpoint, from which the transport sizes its token buckets.
// Hub: by tier and units (AZURE_WIRE_SOURCES.md §5.2); DPS: per instance (§5.3, 2024 revision).
class QuotaProfile
{
public:
    QuotaProfile() = default;

    // tier: F1, B1, B2, B3, S1, S2, S3 (case-insensitive; unknown tiers count as S1).
    static QuotaProfile forHub(const QString &tier, int units);
    static QuotaProfile forDps();
    // No pacing (tests of the emulator with --no-quotas; the transport still retries 429).
    static QuotaProfile unlimited();

    // nullopt: the class is not paced.
    std::optional<QuotaRate> rate(OperationClass operationClass) const;
    void setRate(OperationClass operationClass, QuotaRate rate);

    // Rates are multiplied by this (the emulator's --time-scale: 60 means a minute lasts a second);
    // bursts stay the same, as in the emulator, so the whole schedule is compressed.
    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }

    // The share of the quota the client aims at (0 < f <= 1). Below 1 so requests arriving a
    // little bunched up at the service (network jitter) still find tokens there.
    double utilisation() const { return m_utilisation; }
    void setUtilisation(double fraction);

private:
    QHash<OperationClass, QuotaRate> m_rates;
    double m_timeScale = 1.0;
    double m_utilisation = 0.95;
};

} // namespace StampDeck::Azure
