#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck {

class Workspace;

// One enrollment group as the census saw it: what the group intends (policy and hub list) and
// where its devices are (assigned registrations per hub).
struct GroupDistribution
{
    QString dpsHostName;
    QString groupId;
    QString tenant;
    QString allocationPolicy; // wire names: hashed, static, geoLatency, custom
    // The group's iotHubs. DPS reads an empty list as "every linked hub", so the caller passes
    // the DPS instance's linked hubs then; an empty list here means "no hub is intended".
    QStringList hubHostNames;
    QHash<QString, qint64> registrationsByHub; // assigned registrations only
};

// What the comparison says about one hub of one group. Only the first three are flagged.
enum class DriftFinding {
    AsIntended,        // hashed within tolerance, or static on its one hub
    OffList,           // devices on a hub outside the group's hub list
    StaticSpread,      // static policy, but devices on more than one hub
    StaticElsewhere,   // static policy, and the group's one hub lacks devices that are elsewhere
    HashedOff,         // hashed share further from even than the tolerance
    TooFewToJudge,     // hashed group with fewer registrations than the minimum
    DependsOnLocation, // geoLatency: the intended split follows where devices are
    CustomAllocation,  // custom: a function decides; no intended split to compare
};

// One (group, hub) pair. Shares are fractions 0..1; deviation is in percentage points.
struct DriftRow
{
    QString dpsHostName;
    QString groupId;
    QString tenant;
    QString allocationPolicy;
    QString hubHostName;
    QString stampId;   // empty when no stamp of the workspace has this hub
    QString stampName;
    bool onHubList = true;
    std::optional<double> intendedShare; // none for geoLatency and custom
    double actualShare = 0;
    qint64 count = 0;
    std::optional<double> deviationPoints; // actual - intended
    DriftFinding finding = DriftFinding::AsIntended;
    QString reason;

    bool flagged() const;
    QString groupKey() const { return dpsHostName + QLatin1Char('/') + groupId; }
    QString hubLabel() const { return stampName.isEmpty() ? hubHostName : stampName; }
};

// One group at a glance.
struct DriftGroupSummary
{
    QString dpsHostName;
    QString groupId;
    QString tenant;
    QString allocationPolicy;
    qint64 total = 0;
    std::optional<double> worstDeviationPoints; // largest |deviation| among judged rows
    bool flagged = false;
    QString note; // what the policy lets us judge, in words

    QString groupKey() const { return dpsHostName + QLatin1Char('/') + groupId; }
};

struct DriftReport
{
    QList<DriftRow> rows;
    QList<DriftGroupSummary> groups;

    const DriftGroupSummary *group(const QString &groupKey) const;
    QList<DriftRow> rowsOf(const QString &groupKey) const;
};

// Compares the split each enrollment group intends with the split that is. Pure computation;
// the census that counts registrations per hub runs elsewhere.
class DistributionDrift
{
    Q_DECLARE_TR_FUNCTIONS(DistributionDrift)

public:
    static constexpr double DefaultTolerancePoints = 5.0;
    static constexpr qint64 DefaultMinimumRegistrations = 100;

    double tolerancePoints() const { return m_tolerancePoints; }
    void setTolerancePoints(double points);
    // Below this many registrations a hashed split is noise, not drift.
    qint64 minimumRegistrations() const { return m_minimumRegistrations; }
    void setMinimumRegistrations(qint64 count);

    DriftReport evaluate(const QList<GroupDistribution> &groups, const Workspace &workspace) const;

    static QString policyText(const QString &allocationPolicy);

private:
    void evaluateGroup(const GroupDistribution &group, const Workspace &workspace, DriftReport &report) const;

    double m_tolerancePoints = DefaultTolerancePoints;
    qint64 m_minimumRegistrations = DefaultMinimumRegistrations;
};

} // namespace StampDeck
