#include "CapacityPlanner.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace StampDeck {

namespace {

// Beyond this a date is meaningless (QDate copes, people do not) and int arithmetic stays safe.
constexpr double MaxDays = 365.0 * 1000.0;
constexpr double MaxDevices = 1e15;

bool isFree(const QString &tier)
{
    return tier.compare(QLatin1String("F1"), Qt::CaseInsensitive) == 0;
}

double devicesAfter(const CapacityPlanInput &input, double days)
{
    double devices = double(input.currentDevices);
    if (input.growthUnit == CapacityPlanInput::GrowthUnit::DevicesPerDay)
        devices += input.growth * days;
    else
        devices *= std::pow(1.0 + input.growth / 100.0, days / CapacityPlanner::DaysPerMonth);
    return std::clamp(devices, 0.0, MaxDevices);
}

// Days from today until `limit` devices at the input's growth; none when growth never gets there.
std::optional<double> daysUntil(const CapacityPlanInput &input, qint64 limit)
{
    const double current = double(input.currentDevices);
    if (current >= double(limit))
        return 0.0;
    if (input.growth <= 0)
        return std::nullopt;
    double days = 0;
    if (input.growthUnit == CapacityPlanInput::GrowthUnit::DevicesPerDay) {
        days = (double(limit) - current) / input.growth;
    } else {
        if (current <= 0) // compound growth of nothing stays nothing
            return std::nullopt;
        days = std::log(double(limit) / current) / std::log(1.0 + input.growth / 100.0) * CapacityPlanner::DaysPerMonth;
    }
    if (!std::isfinite(days) || days > MaxDays)
        return std::nullopt;
    return days;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

} // namespace

std::optional<qint64> CapacityPlanner::messagesPerDayPerUnit(const QString &tier)
{
    const QString t = tier.trimmed().toUpper();
    if (t == QLatin1String("F1"))
        return 8'000;
    if (t == QLatin1String("S1") || t == QLatin1String("B1"))
        return 400'000;
    if (t == QLatin1String("S2") || t == QLatin1String("B2"))
        return 6'000'000;
    if (t == QLatin1String("S3") || t == QLatin1String("B3"))
        return 300'000'000;
    return std::nullopt;
}

qint64 CapacityPlanner::dailyMessageQuota(const QString &tier, int units)
{
    const std::optional<qint64> perUnit = messagesPerDayPerUnit(tier);
    if (!perUnit)
        return 0;
    // The free tier has one unit and 8,000 messages a day in total.
    return isFree(tier) ? *perUnit : *perUnit * std::max(units, 0);
}

CapacityPlan CapacityPlanner::plan(const CapacityPlanInput &input)
{
    CapacityPlan plan;
    const QDate today = input.today.isValid() ? input.today : QDate::currentDate();
    plan.knownTier = messagesPerDayPerUnit(input.tier).has_value();
    plan.dailyMessageQuota = dailyMessageQuota(input.tier, input.units);
    const double perDevice = std::max(0.0, input.messagesPerDevicePerDay);
    plan.messagesPerDayNow = double(input.currentDevices) * perDevice;
    plan.headroomMessages = double(plan.dailyMessageQuota) - plan.messagesPerDayNow;
    plan.headroomPercent = plan.dailyMessageQuota > 0 ? plan.headroomMessages / double(plan.dailyMessageQuota) * 100.0 : 0.0;

    // The smallest limit binds; on a tie the first named here wins (the one the user set).
    struct Candidate { CapacityPlan::Limit limit; qint64 devices; };
    QList<Candidate> candidates;
    if (input.plannedCapacity > 0)
        candidates.append({CapacityPlan::Limit::PlannedCapacity, input.plannedCapacity});
    if (input.hubSoftLimit > 0)
        candidates.append({CapacityPlan::Limit::HubSoftLimit, input.hubSoftLimit});
    if (plan.knownTier && perDevice > 0) {
        plan.messageQuotaDevices = qint64(std::min(std::floor(double(plan.dailyMessageQuota) / perDevice), MaxDevices));
        candidates.append({CapacityPlan::Limit::MessageQuota, plan.messageQuotaDevices});
    }
    const Candidate binding = candidates.isEmpty()
        ? Candidate{CapacityPlan::Limit::HubSoftLimit, qint64(MaxDevices)}
        : *std::min_element(candidates.cbegin(), candidates.cend(),
                            [](const Candidate &a, const Candidate &b) { return a.devices < b.devices; });
    plan.bindingLimit = binding.limit;
    plan.deviceLimit = binding.devices;
    plan.moreDevices = plan.deviceLimit - input.currentDevices;

    const std::optional<double> days = daysUntil(input, plan.deviceLimit);
    if (days) {
        plan.daysUntilLimit = int(std::ceil(*days));
        plan.limitReached = today.addDays(*plan.daysUntilLimit);
        const QDate due = plan.limitReached.addDays(-std::max(input.leadTimeDays, 0));
        if (due <= today) {
            plan.due = CapacityPlan::Due::Now;
        } else {
            plan.due = CapacityPlan::Due::OnDate;
            plan.newStampDue = due;
        }
    }

    // Far enough to show the limit being reached with some margin, near enough to read.
    int horizon = 365;
    if (plan.daysUntilLimit)
        horizon = std::max({90, *plan.daysUntilLimit + *plan.daysUntilLimit / 4, input.leadTimeDays + 30});
    horizon = std::min(horizon, MaxHorizonDays);
    const int step = std::max(1, horizon / 60);
    for (int day = 0;; day += step) {
        day = std::min(day, horizon);
        plan.projection.append({today.addDays(day), qint64(std::llround(devicesAfter(input, day)))});
        if (day == horizon)
            break;
    }
    return plan;
}

QString CapacityPlanner::limitText(CapacityPlan::Limit limit)
{
    switch (limit) {
    case CapacityPlan::Limit::PlannedCapacity:
        return tr("planned capacity");
    case CapacityPlan::Limit::HubSoftLimit:
        return tr("hub's soft limit");
    case CapacityPlan::Limit::MessageQuota:
        return tr("daily message quota");
    }
    return {};
}

QString CapacityPlanner::dueText(const CapacityPlan &plan)
{
    switch (plan.due) {
    case CapacityPlan::Due::Never:
        return tr("At this growth rate no new stamp is due.");
    case CapacityPlan::Due::Now:
        return plan.moreDevices <= 0
            ? tr("A new stamp is due now: this stamp is already at its %1.").arg(limitText(plan.bindingLimit))
            : tr("A new stamp is due now: the %1 is reached on %2, sooner than a new stamp can be stood up.")
                  .arg(limitText(plan.bindingLimit), QLocale().toString(plan.limitReached, QLocale::LongFormat));
    case CapacityPlan::Due::OnDate:
        return tr("A new stamp is due by %1: the %2 is reached on %3, in %Ln day(s).", nullptr, plan.daysUntilLimit.value_or(0))
            .arg(QLocale().toString(plan.newStampDue, QLocale::LongFormat), limitText(plan.bindingLimit),
                 QLocale().toString(plan.limitReached, QLocale::LongFormat));
    }
    return {};
}

QString CapacityPlanner::summary(const CapacityPlanInput &input, const CapacityPlan &plan)
{
    const QLocale locale;
    QStringList lines;
    if (!plan.knownTier)
        lines << tr("The message quota of tier \"%1\" is not known, so it is left out.").arg(input.tier);
    else if (isFree(input.tier))
        lines << tr("Daily message quota: %1 messages (free tier).").arg(locale.toString(plan.dailyMessageQuota));
    else
        lines << tr("Daily message quota: %1 messages (%2, %n unit(s)).", nullptr, input.units)
                     .arg(locale.toString(plan.dailyMessageQuota), input.tier.toUpper());
    if (plan.knownTier) {
        lines << (plan.headroomMessages >= 0
                      ? tr("Today %1 messages a day from %2 devices; headroom %3 messages a day (%4% of the quota).")
                            .arg(number(plan.messagesPerDayNow), locale.toString(input.currentDevices),
                                 number(plan.headroomMessages), locale.toString(plan.headroomPercent, 'f', 1))
                      : tr("Today %1 messages a day from %2 devices: %3 over the quota.")
                            .arg(number(plan.messagesPerDayNow), locale.toString(input.currentDevices),
                                 number(-plan.headroomMessages)));
    }
    lines << (plan.moreDevices >= 0
                  ? tr("The stamp can take %1 more devices; its %2 (%3 devices) is the limit that binds.")
                        .arg(locale.toString(plan.moreDevices), limitText(plan.bindingLimit),
                             locale.toString(plan.deviceLimit))
                  : tr("The stamp is %1 devices past its %2 (%3 devices).")
                        .arg(locale.toString(-plan.moreDevices), limitText(plan.bindingLimit),
                             locale.toString(plan.deviceLimit)));
    lines << dueText(plan);
    return lines.join(QLatin1Char('\n'));
}

} // namespace StampDeck
