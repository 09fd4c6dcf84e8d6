#include "DistributionDrift.h"
#include "Workspace.h"

#include <QTest>

#include <cmath>

using namespace StampDeck;

namespace {

const QString HubA = QStringLiteral("weu-1.azure-devices.net");
const QString HubB = QStringLiteral("weu-2.azure-devices.net");
const QString HubC = QStringLiteral("neu-1.azure-devices.net");
const QString Dps = QStringLiteral("weu-dps.azure-devices-provisioning.net");

Workspace workspace()
{
    Workspace w;
    Stamp a;
    a.id = QStringLiteral("weu-1");
    a.name = QStringLiteral("West Europe 1");
    a.hub.hostName = HubA;
    Stamp b = a;
    b.id = QStringLiteral("weu-2");
    b.name = QStringLiteral("West Europe 2");
    b.hub.hostName = HubB;
    w.stamps = {a, b}; // HubC is deliberately in no stamp
    return w;
}

GroupDistribution group(const QString &policy, const QStringList &hubs, const QHash<QString, qint64> &counts)
{
    GroupDistribution g;
    g.dpsHostName = Dps;
    g.groupId = QStringLiteral("contoso-sensors");
    g.tenant = QStringLiteral("contoso");
    g.allocationPolicy = policy;
    g.hubHostNames = hubs;
    g.registrationsByHub = counts;
    return g;
}

const DriftRow &rowFor(const DriftReport &report, const QString &hub)
{
    for (const DriftRow &row : report.rows) {
        if (row.hubHostName.compare(hub, Qt::CaseInsensitive) == 0)
            return row;
    }
    qFatal("no row for hub");
    static const DriftRow none;
    return none;
}

} // namespace

class TestDistributionDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashedWithinToleranceIsNotFlagged()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("hashed"), {HubA, HubB}, {{HubA, 540}, {HubB, 460}})}, workspace());
        QCOMPARE(report.rows.size(), 2);
        const DriftRow &a = rowFor(report, HubA);
        QCOMPARE(*a.intendedShare, 0.5);
        QCOMPARE(a.actualShare, 0.54);
        QCOMPARE(a.count, 540);
        QVERIFY(qFuzzyCompare(*a.deviationPoints, 4.0));
        QCOMPARE(a.finding, DriftFinding::AsIntended);
        QVERIFY(!a.flagged());
        QCOMPARE(a.stampId, QStringLiteral("weu-1"));
        QCOMPARE(a.hubLabel(), QStringLiteral("West Europe 1"));
        QVERIFY(!a.reason.isEmpty());
        QCOMPARE(report.groups.size(), 1);
        QVERIFY(!report.groups.first().flagged);
        QCOMPARE(report.groups.first().total, 1000);
        QVERIFY(qFuzzyCompare(std::abs(*report.groups.first().worstDeviationPoints), 4.0));
    }

    void hashedExactlyAtToleranceIsNotFlagged()
    {
        // 55% against 50% is 5 points, give or take rounding: on the line, not over it.
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("hashed"), {HubA, HubB}, {{HubA, 550}, {HubB, 450}})}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::AsIntended);
        QCOMPARE(rowFor(report, HubB).finding, DriftFinding::AsIntended);
    }

    void hashedOffByMoreThanToleranceIsFlagged()
    {
        const GroupDistribution g = group(QStringLiteral("hashed"), {HubA, HubB}, {{HubA, 560}, {HubB, 440}});
        DistributionDrift drift;
        DriftReport report = drift.evaluate({g}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::HashedOff);
        QCOMPARE(rowFor(report, HubB).finding, DriftFinding::HashedOff);
        QVERIFY(qFuzzyCompare(*rowFor(report, HubB).deviationPoints, -6.0));
        QVERIFY(report.groups.first().flagged);
        QVERIFY(qFuzzyCompare(std::abs(*report.groups.first().worstDeviationPoints), 6.0));

        // The tolerance is the user's: at 7 points the same split is fine.
        drift.setTolerancePoints(7);
        report = drift.evaluate({g}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::AsIntended);
        QVERIFY(!report.groups.first().flagged);
    }

    void hashedHubWithoutDevicesStillHasItsRow()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("hashed"), {HubA, HubB, HubC}, {{HubA, 500}, {HubB, 500}})}, workspace());
        QCOMPARE(report.rows.size(), 3);
        const DriftRow &c = rowFor(report, HubC);
        QCOMPARE(c.count, 0);
        QVERIFY(c.stampId.isEmpty());
        QCOMPARE(c.hubLabel(), HubC);
        QVERIFY(qAbs(*c.deviationPoints + 100.0 / 3.0) < 1e-9);
        QCOMPARE(c.finding, DriftFinding::HashedOff);
    }

    void offListHubIsFlaggedForEveryPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("hashed") << QStringLiteral("hashed");
        QTest::newRow("static") << QStringLiteral("static");
        QTest::newRow("geoLatency") << QStringLiteral("geoLatency");
        QTest::newRow("custom") << QStringLiteral("custom");
    }

    void offListHubIsFlaggedForEveryPolicy()
    {
        QFETCH(QString, policy);
        // The off-list hub is spelt in other case: host names compare case-insensitively.
        const DriftReport report = DistributionDrift().evaluate(
            {group(policy, {HubA}, {{HubA, 990}, {HubB.toUpper(), 10}})}, workspace());
        QCOMPARE(report.rows.size(), 2);
        const DriftRow &b = rowFor(report, HubB);
        QVERIFY(!b.onHubList);
        QCOMPARE(b.finding, DriftFinding::OffList);
        QVERIFY(b.flagged());
        QCOMPARE(*b.intendedShare, 0.0);
        QVERIFY(qFuzzyCompare(*b.deviationPoints, 1.0));
        QCOMPARE(b.stampId, QStringLiteral("weu-2"));
        QVERIFY(b.reason.contains(QLatin1String("10")));
        QVERIFY(report.groups.first().flagged);
    }

    void offListIsFlaggedEvenWhenTooFew()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("hashed"), {HubA, HubB}, {{HubA, 5}, {HubC, 1}})}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::TooFewToJudge);
        QCOMPARE(rowFor(report, HubC).finding, DriftFinding::OffList);
        QVERIFY(report.groups.first().flagged);
    }

    void staticOnItsHubIsAsIntended()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("static"), {HubA}, {{HubA, 12}})}, workspace());
        QCOMPARE(report.rows.size(), 1);
        QCOMPARE(report.rows.first().finding, DriftFinding::AsIntended);
        QCOMPARE(*report.rows.first().intendedShare, 1.0);
        QCOMPARE(*report.rows.first().deviationPoints, 0.0);
        QVERIFY(!report.groups.first().flagged);
    }

    void staticSpreadOverTwoHubsIsFlagged()
    {
        // Both hubs on the list (a static group should list one; this one lists two).
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("static"), {HubA, HubB}, {{HubA, 7}, {HubB, 3}})}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::StaticSpread);
        QCOMPARE(rowFor(report, HubB).finding, DriftFinding::StaticSpread);
        QVERIFY(rowFor(report, HubA).reason.contains(QLatin1String("2")));
        QVERIFY(report.groups.first().flagged);
    }

    void staticHubWithoutItsDevicesIsFlagged()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("static"), {HubA}, {{HubB, 40}})}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::StaticElsewhere);
        QVERIFY(qFuzzyCompare(*rowFor(report, HubA).deviationPoints, -100.0));
        QCOMPARE(rowFor(report, HubB).finding, DriftFinding::OffList);
    }

    void geoLatencyFlagsOnlyOffListHubs()
    {
        // A lopsided split is what geo-latency does when devices sit near one hub.
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("geoLatency"), {HubA, HubB}, {{HubA, 950}, {HubB, 50}})}, workspace());
        for (const DriftRow &row : report.rows) {
            QCOMPARE(row.finding, DriftFinding::DependsOnLocation);
            QVERIFY(!row.flagged());
            QVERIFY(!row.intendedShare);
            QVERIFY(!row.deviationPoints);
        }
        QCOMPARE(rowFor(report, HubA).actualShare, 0.95);
        QVERIFY(!report.groups.first().flagged);
        QVERIFY(!report.groups.first().worstDeviationPoints);
        QVERIFY(!report.groups.first().note.isEmpty());
    }

    void customIsNotJudged()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QStringLiteral("custom"), {HubA, HubB}, {{HubA, 1000}})}, workspace());
        QCOMPARE(rowFor(report, HubB).finding, DriftFinding::CustomAllocation);
        QVERIFY(!report.groups.first().flagged);
    }

    void tooFewToJudge()
    {
        DistributionDrift drift;
        const GroupDistribution g = group(QStringLiteral("hashed"), {HubA, HubB}, {{HubA, 90}, {HubB, 9}});
        DriftReport report = drift.evaluate({g}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::TooFewToJudge);
        QVERIFY(rowFor(report, HubA).reason.contains(QLatin1String("99")));
        QVERIFY(!report.groups.first().flagged);
        QVERIFY(!report.groups.first().worstDeviationPoints);

        drift.setMinimumRegistrations(50);
        report = drift.evaluate({g}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::HashedOff);
        QVERIFY(report.groups.first().flagged);
    }

    void missingPolicyMeansHashed()
    {
        const DriftReport report = DistributionDrift().evaluate(
            {group(QString(), {HubA, HubB}, {{HubA, 900}, {HubB, 100}})}, workspace());
        QCOMPARE(rowFor(report, HubA).finding, DriftFinding::HashedOff);
    }

    void groupsStaySeparate()
    {
        GroupDistribution first = group(QStringLiteral("hashed"), {HubA, HubB}, {{HubA, 500}, {HubB, 500}});
        GroupDistribution second = group(QStringLiteral("static"), {HubB}, {{HubA, 1}, {HubB, 1}});
        second.groupId = QStringLiteral("fabrikam-meters");
        const DriftReport report = DistributionDrift().evaluate({first, second}, workspace());
        QCOMPARE(report.groups.size(), 2);
        QVERIFY(!report.group(first.dpsHostName + QLatin1Char('/') + first.groupId)->flagged);
        QVERIFY(report.group(second.dpsHostName + QLatin1Char('/') + second.groupId)->flagged);
        QCOMPARE(report.rowsOf(report.groups.at(1).groupKey()).size(), 2);
        QCOMPARE(report.rows.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDistributionDrift)
#include "tst_distributiondrift.moc"
