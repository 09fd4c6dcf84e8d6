#include "CapacityPlanner.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace StampDeck;

namespace {

const QDate Today(2026, 1, 1);

CapacityPlanInput input(const QString &tier, int units, qint64 current, qint64 planned, double perDevice)
{
    CapacityPlanInput in;
    in.tier = tier;
    in.units = units;
    in.currentDevices = current;
    in.plannedCapacity = planned;
    in.messagesPerDevicePerDay = perDevice;
    in.today = Today;
    return in;
}

} // namespace

class TestCapacityPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The texts are checked for figures; pin the number format.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void dailyQuotaByTier_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("units");
        QTest::addColumn<qint64>("quota");
        QTest::newRow("F1 is 8,000 in total") << QStringLiteral("F1") << 1 << qint64(8'000);
        QTest::newRow("F1 ignores units") << QStringLiteral("f1") << 4 << qint64(8'000);
        QTest::newRow("S1") << QStringLiteral("S1") << 1 << qint64(400'000);
        QTest::newRow("S1 x 3") << QStringLiteral("S1") << 3 << qint64(1'200'000);
        QTest::newRow("B1") << QStringLiteral("B1") << 2 << qint64(800'000);
        QTest::newRow("S2 x 2") << QStringLiteral("S2") << 2 << qint64(12'000'000);
        QTest::newRow("S3") << QStringLiteral("S3") << 1 << qint64(300'000'000);
        QTest::newRow("B3 x 10") << QStringLiteral("B3") << 10 << qint64(3'000'000'000);
        QTest::newRow("unknown") << QStringLiteral("X9") << 1 << qint64(0);
    }

    void dailyQuotaByTier()
    {
        QFETCH(QString, tier);
        QFETCH(int, units);
        QFETCH(qint64, quota);
        QCOMPARE(CapacityPlanner::dailyMessageQuota(tier, units), quota);
        QCOMPARE(CapacityPlanner::plan(input(tier, units, 0, 0, 1)).dailyMessageQuota, quota);
    }

    void headroom()
    {
        const CapacityPlan plan = CapacityPlanner::plan(input(QStringLiteral("S1"), 1, 100'000, 500'000, 2));
        QCOMPARE(plan.messagesPerDayNow, 200'000.0);
        QCOMPARE(plan.headroomMessages, 200'000.0);
        QCOMPARE(plan.headroomPercent, 50.0);
        QCOMPARE(plan.messageQuotaDevices, qint64(200'000));
    }

    void plannedCapacityBinds()
    {
        const CapacityPlan plan = CapacityPlanner::plan(input(QStringLiteral("S3"), 1, 50'000, 100'000, 100));
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::PlannedCapacity);
        QCOMPARE(plan.deviceLimit, qint64(100'000));
        QCOMPARE(plan.moreDevices, qint64(50'000));
        QVERIFY(CapacityPlanner::summary(input(QStringLiteral("S3"), 1, 50'000, 100'000, 100), plan)
                    .contains(QLatin1String("50,000 more devices")));
    }

    void hubSoftLimitBinds()
    {
        const CapacityPlan plan = CapacityPlanner::plan(input(QStringLiteral("S3"), 10, 250'000, 2'000'000, 100));
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::HubSoftLimit);
        QCOMPARE(plan.deviceLimit, qint64(1'000'000));
        QCOMPARE(plan.moreDevices, qint64(750'000));
        QCOMPARE(plan.messageQuotaDevices, qint64(30'000'000));
    }

    void messageQuotaBinds()
    {
        const CapacityPlanInput in = input(QStringLiteral("S1"), 1, 150'000, 500'000, 1);
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::MessageQuota);
        QCOMPARE(plan.deviceLimit, qint64(400'000));
        QCOMPARE(plan.moreDevices, qint64(250'000));
        const QString text = CapacityPlanner::summary(in, plan);
        QVERIFY2(text.contains(CapacityPlanner::limitText(CapacityPlan::Limit::MessageQuota)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("400,000 messages")), qPrintable(text));
    }

    void noMessageLoadLeavesTheQuotaOut()
    {
        const CapacityPlan plan = CapacityPlanner::plan(input(QStringLiteral("F1"), 1, 100, 0, 0));
        QCOMPARE(plan.messageQuotaDevices, qint64(-1));
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::HubSoftLimit);
    }

    void freeTierQuotaBindsEarly()
    {
        // 8,000 messages a day carry 80 devices sending 100 each.
        const CapacityPlan plan = CapacityPlanner::plan(input(QStringLiteral("F1"), 1, 20, 500, 100));
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::MessageQuota);
        QCOMPARE(plan.deviceLimit, qint64(80));
        QCOMPARE(plan.moreDevices, qint64(60));
    }

    void linearGrowth()
    {
        CapacityPlanInput in = input(QStringLiteral("S1"), 1, 100'000, 500'000, 1); // quota binds at 400k
        in.growth = 1'000;
        in.growthUnit = CapacityPlanInput::GrowthUnit::DevicesPerDay;
        in.leadTimeDays = 30;
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.daysUntilLimit.value_or(-1), 300);
        QCOMPARE(plan.limitReached, Today.addDays(300));
        QCOMPARE(plan.due, CapacityPlan::Due::OnDate);
        QCOMPARE(plan.newStampDue, Today.addDays(270));
        QVERIFY(CapacityPlanner::dueText(plan).contains(QLocale().toString(Today.addDays(270), QLocale::LongFormat)));

        QVERIFY(plan.projection.size() > 10);
        QCOMPARE(plan.projection.first().date, Today);
        QCOMPARE(plan.projection.first().devices, qint64(100'000));
        for (qsizetype i = 1; i < plan.projection.size(); ++i) {
            const CapacityPlan::Point &p = plan.projection.at(i);
            QVERIFY(p.date > plan.projection.at(i - 1).date);
            QCOMPARE(p.devices, qint64(100'000) + 1'000 * Today.daysTo(p.date));
        }
        // The projection runs past the day the limit is reached.
        QVERIFY(plan.projection.last().date > plan.limitReached);
    }

    void percentPerMonthGrowth()
    {
        CapacityPlanInput in = input(QStringLiteral("S2"), 1, 100'000, 200'000, 1);
        in.growth = 10;
        in.growthUnit = CapacityPlanInput::GrowthUnit::PercentPerMonth;
        in.leadTimeDays = 60;
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::PlannedCapacity);
        // Doubling at 10% a month takes log(2)/log(1.1) = 7.27 months, about 221.4 days.
        QCOMPARE(plan.daysUntilLimit.value_or(-1), 222);
        QCOMPARE(plan.newStampDue, Today.addDays(222 - 60));
        // Compounded: a month after today the population is 10% larger.
        const double month = CapacityPlanner::DaysPerMonth;
        for (const CapacityPlan::Point &p : plan.projection) {
            const double expected = 100'000.0 * std::pow(1.1, Today.daysTo(p.date) / month);
            QVERIFY(std::abs(double(p.devices) - expected) <= 1.0);
        }
    }

    void percentGrowthOfNothingNeverArrives()
    {
        CapacityPlanInput in = input(QStringLiteral("S1"), 1, 0, 1000, 1);
        in.growth = 50;
        in.growthUnit = CapacityPlanInput::GrowthUnit::PercentPerMonth;
        QCOMPARE(CapacityPlanner::plan(in).due, CapacityPlan::Due::Never);
    }

    void zeroGrowthIsNever()
    {
        CapacityPlanInput in = input(QStringLiteral("S1"), 1, 100'000, 500'000, 1);
        in.growth = 0;
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.due, CapacityPlan::Due::Never);
        QVERIFY(!plan.daysUntilLimit);
        QVERIFY(!plan.newStampDue.isValid());
        QCOMPARE(CapacityPlanner::dueText(plan), QStringLiteral("At this growth rate no new stamp is due."));
        QCOMPARE(plan.projection.last().date, Today.addDays(365));
        QCOMPARE(plan.projection.last().devices, qint64(100'000));
    }

    void alreadyPastIsNow()
    {
        CapacityPlanInput in = input(QStringLiteral("S3"), 2, 1'200'000, 2'000'000, 10);
        in.growth = 100;
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.bindingLimit, CapacityPlan::Limit::HubSoftLimit);
        QCOMPARE(plan.moreDevices, qint64(-200'000));
        QCOMPARE(plan.due, CapacityPlan::Due::Now);
        QCOMPARE(plan.daysUntilLimit.value_or(-1), 0);
        QVERIFY(CapacityPlanner::summary(in, plan).contains(QLatin1String("200,000 devices past")));

        // Past the limit counts even with no growth at all.
        in.growth = 0;
        QCOMPARE(CapacityPlanner::plan(in).due, CapacityPlan::Due::Now);
    }

    void withinTheLeadTimeIsNow()
    {
        CapacityPlanInput in = input(QStringLiteral("S1"), 1, 390'000, 500'000, 1);
        in.growth = 1'000; // 10 days to the quota's 400,000
        in.leadTimeDays = 30;
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.daysUntilLimit.value_or(-1), 10);
        QCOMPARE(plan.due, CapacityPlan::Due::Now);
        QVERIFY(plan.moreDevices > 0);
        in.leadTimeDays = 5;
        QCOMPARE(CapacityPlanner::plan(in).newStampDue, Today.addDays(5));
    }

    void overTheMessageQuota()
    {
        const CapacityPlanInput in = input(QStringLiteral("S1"), 1, 300'000, 0, 2);
        const CapacityPlan plan = CapacityPlanner::plan(in);
        QCOMPARE(plan.headroomMessages, -200'000.0);
        QVERIFY(CapacityPlanner::summary(in, plan).contains(QLatin1String("200,000 over the quota")));
    }
};

QTEST_GUILESS_MAIN(TestCapacityPlanner)
#include "tst_capacityplanner.moc"
