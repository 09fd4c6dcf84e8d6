#include "DistributionDrift.h"

#include "Workspace.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace StampDeck {

namespace {

enum class Policy { Hashed, Static, GeoLatency, Custom };

Policy policyOf(const QString &name)
{
    // DPS treats a missing policy as hashed; anything unknown cannot be judged, like custom.
    if (name.isEmpty() || name.compare(QLatin1String("hashed"), Qt::CaseInsensitive) == 0)
        return Policy::Hashed;
    if (name.compare(QLatin1String("static"), Qt::CaseInsensitive) == 0)
        return Policy::Static;
    if (name.compare(QLatin1String("geoLatency"), Qt::CaseInsensitive) == 0)
        return Policy::GeoLatency;
    return Policy::Custom;
}

// Judged figures are compared after rounding noise is gone: 5.0000001 points is still "5".
constexpr double Epsilon = 1e-9;

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

bool DriftRow::flagged() const
{
    switch (finding) {
    case DriftFinding::OffList:
    case DriftFinding::StaticSpread:
    case DriftFinding::StaticElsewhere:
    case DriftFinding::HashedOff:
        return true;
    case DriftFinding::AsIntended:
    case DriftFinding::TooFewToJudge:
    case DriftFinding::DependsOnLocation:
    case DriftFinding::CustomAllocation:
        break;
    }
    return false;
}

const DriftGroupSummary *DriftReport::group(const QString &groupKey) const
{
    for (const DriftGroupSummary &summary : groups) {
        if (summary.groupKey() == groupKey)
            return &summary;
    }
    return nullptr;
}

QList<DriftRow> DriftReport::rowsOf(const QString &groupKey) const
{
    QList<DriftRow> result;
    for (const DriftRow &row : rows) {
        if (row.groupKey() == groupKey)
            result.append(row);
    }
    return result;
}

void DistributionDrift::setTolerancePoints(double points)
{
    m_tolerancePoints = std::max(0.0, points);
}

void DistributionDrift::setMinimumRegistrations(qint64 count)
{
    m_minimumRegistrations = std::max<qint64>(0, count);
}

QString DistributionDrift::policyText(const QString &allocationPolicy)
{
    switch (policyOf(allocationPolicy)) {
    case Policy::Hashed:
        return tr("Evenly weighted (hashed)");
    case Policy::Static:
        return tr("Static");
    case Policy::GeoLatency:
        return tr("Lowest latency (geo)");
    case Policy::Custom:
        break;
    }
    return allocationPolicy.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0
        ? tr("Custom")
        : allocationPolicy;
}

DriftReport DistributionDrift::evaluate(const QList<GroupDistribution> &groups, const Workspace &workspace) const
{
    DriftReport report;
    for (const GroupDistribution &group : groups)
        evaluateGroup(group, workspace, report);
    return report;
}

void DistributionDrift::evaluateGroup(const GroupDistribution &group, const Workspace &workspace,
                                      DriftReport &report) const
{
    const Policy policy = policyOf(group.allocationPolicy);

    // Host names compare case-insensitively (DNS); the first spelling seen is the one shown.
    QStringList hubs;
    QStringList keys;
    QHash<QString, qint64> counts;
    for (const QString &hub : group.hubHostNames) {
        const QString key = hub.toLower();
        if (!keys.contains(key)) {
            keys.append(key);
            hubs.append(hub);
        }
    }
    const qsizetype listed = hubs.size();
    QStringList offList;
    for (auto it = group.registrationsByHub.cbegin(); it != group.registrationsByHub.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        const QString key = it.key().toLower();
        counts[key] += it.value();
        if (!keys.contains(key)) {
            keys.append(key);
            offList.append(it.key());
        }
    }
    std::sort(offList.begin(), offList.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    hubs += offList;

    qint64 total = 0;
    int hubsWithDevices = 0;
    for (const qint64 count : std::as_const(counts)) {
        total += count;
        ++hubsWithDevices;
    }

    DriftGroupSummary summary;
    summary.dpsHostName = group.dpsHostName;
    summary.groupId = group.groupId;
    summary.tenant = group.tenant;
    summary.allocationPolicy = group.allocationPolicy;
    summary.total = total;

    for (qsizetype i = 0; i < hubs.size(); ++i) {
        DriftRow row;
        row.dpsHostName = group.dpsHostName;
        row.groupId = group.groupId;
        row.tenant = group.tenant;
        row.allocationPolicy = group.allocationPolicy;
        row.hubHostName = hubs.at(i);
        if (const Stamp *stamp = workspace.stampForHub(row.hubHostName)) {
            row.stampId = stamp->id;
            row.stampName = stamp->name.isEmpty() ? stamp->id : stamp->name;
        }
        row.onHubList = i < listed;
        row.count = counts.value(hubs.at(i).toLower());
        row.actualShare = total > 0 ? double(row.count) / double(total) : 0.0;

        if (!row.onHubList)
            row.intendedShare = 0.0;
        else if (policy == Policy::Hashed)
            row.intendedShare = 1.0 / double(listed);
        else if (policy == Policy::Static && listed == 1)
            row.intendedShare = 1.0;
        if (row.intendedShare && total > 0)
            row.deviationPoints = (row.actualShare - *row.intendedShare) * 100.0;

        if (!row.onHubList) {
            row.finding = DriftFinding::OffList;
            row.reason = tr("%Ln device(s) on a hub outside the group's hub list", nullptr, clampToInt(row.count));
        } else if (policy == Policy::Static) {
            if (row.count > 0 && hubsWithDevices > 1) {
                row.finding = DriftFinding::StaticSpread;
                row.reason = tr("Static policy, but the group's devices are on %1 hubs").arg(hubsWithDevices);
            } else if (row.count == 0 && total > 0 && listed == 1) {
                row.finding = DriftFinding::StaticElsewhere;
                row.reason = tr("Static policy: this is the group's hub, but its devices are elsewhere");
            } else {
                row.reason = tr("On the group's static hub");
            }
        } else if (policy == Policy::Hashed) {
            if (total < m_minimumRegistrations) {
                row.finding = DriftFinding::TooFewToJudge;
                row.reason = tr("Too few to judge: %1 registrations, at least %2 needed")
                                 .arg(QLocale().toString(total), QLocale().toString(m_minimumRegistrations));
            } else if (row.deviationPoints && std::abs(*row.deviationPoints) > m_tolerancePoints + Epsilon) {
                row.finding = DriftFinding::HashedOff;
                row.reason = tr("%1 points from an even split (tolerance %2)")
                                 .arg(points(*row.deviationPoints), points(m_tolerancePoints));
            } else {
                row.reason = tr("Within %1 points of an even split").arg(points(m_tolerancePoints));
            }
        } else if (policy == Policy::GeoLatency) {
            row.finding = DriftFinding::DependsOnLocation;
            row.reason = tr("Geo-latency: the intended split depends on where devices are");
        } else {
            row.finding = DriftFinding::CustomAllocation;
            row.reason = tr("Custom allocation: a function decides the split");
        }

        if (row.flagged())
            summary.flagged = true;
        const bool judged = row.deviationPoints && row.finding != DriftFinding::TooFewToJudge;
        if (judged && (!summary.worstDeviationPoints
                       || std::abs(*row.deviationPoints) > std::abs(*summary.worstDeviationPoints)))
            summary.worstDeviationPoints = row.deviationPoints;
        report.rows.append(row);
    }

    switch (policy) {
    case Policy::Hashed:
        summary.note = total < m_minimumRegistrations
            ? tr("Too few registrations to judge the split (%1 of %2 needed); only hubs off the list are flagged.")
                  .arg(QLocale().toString(total), QLocale().toString(m_minimumRegistrations))
            : tr("Hashed: every hub on the list should hold an equal share, within %1 points.")
                  .arg(points(m_tolerancePoints));
        break;
    case Policy::Static:
        summary.note = tr("Static: every device belongs on the group's one hub.");
        break;
    case Policy::GeoLatency:
        summary.note = tr("Geo-latency: the intended split depends on where the devices are, so only hubs "
                          "off the list are flagged.");
        break;
    case Policy::Custom:
        summary.note = tr("Custom allocation: a function decides the split, so only hubs off the list are "
                          "flagged.");
        break;
    }
    report.groups.append(summary);
}

} // namespace StampDeck
