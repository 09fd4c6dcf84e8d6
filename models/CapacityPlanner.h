#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace StampDeck {

// What the planner is asked: one stamp's hub, population and the growth the user expects.
struct CapacityPlanInput
{
    enum class GrowthUnit { DevicesPerDay, PercentPerMonth };

    QString tier = QStringLiteral("S1");
    int units = 1;
    qint64 currentDevices = 0;
    qint64 plannedCapacity = 0; // 0: the workspace plans none, so it does not bind
    double messagesPerDevicePerDay = 0;
    double growth = 0;
    GrowthUnit growthUnit = GrowthUnit::DevicesPerDay;
    int leadTimeDays = 30; // how long standing up a new stamp takes
    qint64 hubSoftLimit = 1'000'000;
    QDate today;
};

// The answer, in numbers; CapacityPlanner's text functions put it in words.
struct CapacityPlan
{
    enum class Limit { PlannedCapacity, HubSoftLimit, MessageQuota };
    enum class Due { Never, Now, OnDate };

    struct Point
    {
        QDate date;
        qint64 devices = 0;
    };

    bool knownTier = true;
    qint64 dailyMessageQuota = 0;
    double messagesPerDayNow = 0;
    double headroomMessages = 0; // negative: over the quota
    double headroomPercent = 0;  // of the quota
    qint64 messageQuotaDevices = -1; // devices the quota carries; -1: no message load given
    qint64 deviceLimit = 0;      // the smallest of the limits
    Limit bindingLimit = Limit::HubSoftLimit;
    qint64 moreDevices = 0;      // deviceLimit - current; negative: already past
    std::optional<int> daysUntilLimit; // none: never at this growth
    QDate limitReached;
    Due due = Due::Never;
    QDate newStampDue;           // set for OnDate
    QList<Point> projection;
};

// Daily message headroom, device headroom and when the next stamp is due. Pure computation.
class CapacityPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CapacityPlanner)

public:
    // Messages per day per unit by tier (AZURE_WIRE_SOURCES.md: F1 8,000 in total; B1/S1
    // 400,000; B2/S2 6,000,000; B3/S3 300,000,000). None for an unknown tier.
    static std::optional<qint64> messagesPerDayPerUnit(const QString &tier);
    static qint64 dailyMessageQuota(const QString &tier, int units);

    static CapacityPlan plan(const CapacityPlanInput &input);

    static QString limitText(CapacityPlan::Limit limit);
    // The plan in plain words, a few lines.
    static QString summary(const CapacityPlanInput &input, const CapacityPlan &plan);
    static QString dueText(const CapacityPlan &plan);

    // A month in "% per month" growth: the mean Gregorian month.
    static constexpr double DaysPerMonth = 365.2425 / 12.0;
    // The projection never runs further than this (five years).
    static constexpr int MaxHorizonDays = 1826;
};

} // namespace StampDeck
