#include "HealthPolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace StampDeck {

namespace {

struct Finding
{
    HealthLevel level;
    QString text;
};

QString percent(double fraction)
{
    return QLocale().toString(std::floor(fraction * 1000.0) / 10.0, 'f', 1);
}

} // namespace

HealthPolicy::HealthPolicy(const HealthThresholds &thresholds, qint64 recentWindowMs)
    : m_thresholds(thresholds)
    , m_recentWindowMs(std::max<qint64>(recentWindowMs, 1000))
{
}

HealthLevel HealthPolicy::capacityLevel(double used) const
{
    if (used >= m_thresholds.red)
        return HealthLevel::Critical;
    if (used >= m_thresholds.amber)
        return HealthLevel::Warning;
    return HealthLevel::Healthy;
}

HealthPolicy::Assessment HealthPolicy::assess(const StampStatus &status, const QDateTime &now, qint64 pollIntervalMs) const
{
    if (!status.lastAttempt.isValid())
        return {HealthLevel::Unknown, {}};

    QList<Finding> findings;
    const QLocale locale;
    const qint64 age = status.ageSeconds(now);

    if (!status.reachable) {
        const QString error = status.lastError.isEmpty() ? tr("no answer") : status.lastError;
        findings.append({HealthLevel::Unreachable,
                         age >= 0 ? tr("Unreachable: %1. The figures are from %2 ago.").arg(error, formatAge(age))
                                  : tr("Unreachable: %1. No figures yet.").arg(error)});
    } else if (age >= 0 && pollIntervalMs > 0 && age * 1000 > StaleIntervals * pollIntervalMs) {
        // Answers stopped coming (a poll hangs in retries): say how old the figures are.
        findings.append({HealthLevel::Warning, tr("The figures are %1 old.").arg(formatAge(age))});
    }

    // Capacity is judged on the last figures even when they are old: they are all we know.
    if (status.plannedUsed >= 0 && status.plannedCapacity > 0) {
        const HealthLevel level = capacityLevel(status.plannedUsed);
        if (level != HealthLevel::Healthy) {
            findings.append({level, tr("%1% of the planned capacity is used (%2 of %3 devices).")
                                        .arg(percent(status.plannedUsed), locale.toString(status.totalDevices),
                                             locale.toString(status.plannedCapacity))});
        }
    }
    if (status.hubLimitUsed >= 0) {
        const HealthLevel level = capacityLevel(status.hubLimitUsed);
        if (level != HealthLevel::Healthy) {
            findings.append({level, tr("%1% of the hub's soft limit of %2 devices is used.")
                                        .arg(percent(status.hubLimitUsed), locale.toString(HubDeviceLimit))});
        }
    }
    if (status.dpsLimitUsed >= 0) {
        const HealthLevel level = capacityLevel(status.dpsLimitUsed);
        if (level != HealthLevel::Healthy) {
            findings.append({level, tr("%1% of the DPS limit of %2 registrations is used.")
                                        .arg(percent(status.dpsLimitUsed), locale.toString(DpsRegistrationLimit))});
        }
    }

    const qint64 windowMinutes = std::max<qint64>(1, m_recentWindowMs / 60'000);
    if (status.errorRate > ErrorRateWarning) {
        const HealthLevel level = status.errorRate > ErrorRateCritical ? HealthLevel::Critical : HealthLevel::Warning;
        findings.append({level, tr("%1% of the requests failed in the last %2 minutes.")
                                    .arg(percent(status.errorRate)).arg(windowMinutes)});
    }
    if (status.throttledRecently > 0) {
        findings.append({HealthLevel::Warning, tr("Throttled %n time(s) in the last %1 minutes.", nullptr,
                                                  status.throttledRecently).arg(windowMinutes)});
    }

    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.level) > int(b.level); });
    Assessment assessment;
    assessment.level = findings.isEmpty() ? HealthLevel::Healthy : findings.first().level;
    for (const Finding &finding : std::as_const(findings))
        assessment.reasons.append(finding.text);
    return assessment;
}

void HealthPolicy::apply(StampStatus &status, const QDateTime &now, qint64 pollIntervalMs) const
{
    Assessment assessment = assess(status, now, pollIntervalMs);
    status.health = assessment.level;
    status.reasons = std::move(assessment.reasons);
}

void HealthPolicy::fillCapacity(StampStatus &status)
{
    if (status.totalDevices < 0) {
        status.plannedUsed = -1;
        status.hubLimitUsed = -1;
        return;
    }
    status.plannedUsed = status.plannedCapacity > 0 ? double(status.totalDevices) / double(status.plannedCapacity) : -1;
    status.hubLimitUsed = double(status.totalDevices) / double(HubDeviceLimit);
}

QString HealthPolicy::formatAge(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 120)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace StampDeck
