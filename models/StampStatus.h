#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace StampDeck {

// How a stamp is doing, worst wins. Unknown until the first answer (or failure) arrives.
enum class HealthLevel { Unknown, Healthy, Warning, Critical, Unreachable };

// One poll's figures, kept as a short time series per stamp for the charts. -1: not known.
struct StampSample
{
    QDateTime at;
    qint64 totalDevices = -1;
    qint64 enabledDevices = -1;
    qint64 disabledDevices = -1;
    qint64 connectedDevices = -1;
    qint64 registrations = -1; // DPS registrations assigned to this stamp's hub (census), -1 before it
};

// Progress of the DPS registration census (the registration states of every enrollment group,
// paged in the background at the DPS service quota).
struct CensusProgress
{
    bool running = false;
    qint64 registrationsRead = 0;
    int groupsDone = 0;
    int groupsTotal = 0;
    QDateTime completedAt; // of the last full pass; invalid before the first one
};

// What the fleet monitor knows about one stamp: the last figures, how fresh they are, its health
// with the reasons, and a short history. A value type: the monitor publishes copies.
struct StampStatus
{
    QString stampId;

    // Reachability: the last attempt, the last success and why the last attempt failed.
    bool reachable = false;
    QDateTime lastAttempt;
    QDateTime lastSuccess;   // figures below are as of this time (the card shows their age)
    QString lastError;       // user-facing, no secrets

    // Hub figures (-1: not known yet).
    qint64 totalDevices = -1;
    qint64 enabledDevices = -1;
    qint64 disabledDevices = -1;
    qint64 connectedDevices = -1;

    // Capacity: totalDevices against the plan and the hub's 1M soft limit (0..1+; -1 unknown).
    qint64 plannedCapacity = 0;
    double plannedUsed = -1;
    double hubLimitUsed = -1;

    // DPS figures from the census: registrations assigned to this hub, by enrollment group and by
    // tenant (a group's tenant is its initial twin's "tenant" tag, else the group id).
    qint64 registrations = -1;
    QHash<QString, qint64> registrationsByGroup;
    QHash<QString, qint64> registrationsByTenant;
    // The fullest linked DPS instance's registrations against its 1M limit (0..1+; -1 unknown).
    double dpsLimitUsed = -1;
    // When the census pass these DPS figures come from completed (invalid before the first one).
    QDateTime registrationsAsOf;

    // Transport health over the recent window (the last few minutes).
    int throttledRecently = 0;  // 429 answers
    double errorRate = 0;       // failed requests / requests, 0..1

    HealthLevel health = HealthLevel::Unknown;
    QStringList reasons;        // user-facing, worst first; empty when healthy

    QList<StampSample> series;  // oldest first, bounded

    // Seconds since lastSuccess at `now`; -1 when there was none.
    qint64 ageSeconds(const QDateTime &now) const
    {
        return lastSuccess.isValid() ? lastSuccess.secsTo(now) : -1;
    }
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::StampStatus)
Q_DECLARE_METATYPE(StampDeck::CensusProgress)
