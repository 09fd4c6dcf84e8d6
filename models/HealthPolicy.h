#pragma once

#include "HealthThresholds.h"
#include "StampStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace StampDeck {

// Decides a stamp's health from what the monitor knows about it, with the reasons in the
// operator's words, worst first. Pure: no network, no clock of its own (the caller passes now),
// so every rule is unit-tested on plain values.
class HealthPolicy
{
    Q_DECLARE_TR_FUNCTIONS(HealthPolicy)

public:
    // Azure's documented limits: a hub's soft limit on device identities, DPS's registrations.
    static constexpr qint64 HubDeviceLimit = 1'000'000;
    static constexpr qint64 DpsRegistrationLimit = 1'000'000;
    // Share of failed requests that makes a stamp a warning, and critical.
    static constexpr double ErrorRateWarning = 0.05;
    static constexpr double ErrorRateCritical = 0.50;
    // Figures older than this many poll intervals are stale.
    static constexpr int StaleIntervals = 3;

    struct Assessment
    {
        HealthLevel level = HealthLevel::Unknown;
        QStringList reasons; // worst first
    };

    explicit HealthPolicy(const HealthThresholds &thresholds = {}, qint64 recentWindowMs = 5 * 60 * 1000);

    const HealthThresholds &thresholds() const { return m_thresholds; }
    qint64 recentWindowMs() const { return m_recentWindowMs; }

    // pollIntervalMs: how often this stamp is polled (figures older than StaleIntervals of it are stale).
    Assessment assess(const StampStatus &status, const QDateTime &now, qint64 pollIntervalMs) const;
    // Sets status.health and status.reasons from assess().
    void apply(StampStatus &status, const QDateTime &now, qint64 pollIntervalMs) const;

    // Fills plannedUsed and hubLimitUsed from totalDevices and plannedCapacity (-1 when unknown).
    static void fillCapacity(StampStatus &status);
    // "45 s", "12 min", "3 h", "2 days": how old figures are.
    static QString formatAge(qint64 seconds);

private:
    HealthLevel capacityLevel(double used) const;

    HealthThresholds m_thresholds;
    qint64 m_recentWindowMs;
};

} // namespace StampDeck
