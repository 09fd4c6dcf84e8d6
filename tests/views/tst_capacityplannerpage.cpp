#include "CapacityPlannerPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QTest>

using namespace StampDeck;

namespace {

const QDate Today(2026, 3, 1);

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

Workspace fleet()
{
    Workspace workspace;
    Stamp small;
    small.id = QStringLiteral("weu-1");
    small.name = QStringLiteral("West Europe 1");
    small.hub.hostName = QStringLiteral("weu-1.azure-devices.net");
    small.hub.tier = QStringLiteral("S1");
    small.hub.units = 1;
    small.plannedCapacity = 500'000;
    Stamp big = small;
    big.id = QStringLiteral("neu-1");
    big.name = QStringLiteral("North Europe 1");
    big.hub.hostName = QStringLiteral("neu-1.azure-devices.net");
    big.hub.tier = QStringLiteral("S3");
    big.hub.units = 2;
    big.plannedCapacity = 2'000'000;
    workspace.stamps = {small, big};
    return workspace;
}

} // namespace

class TestCapacityPlannerPage : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(QWidget &page, const char *name)
    {
        return page.findChild<T *>(QString::fromLatin1(name));
    }

    QLineSeries *series(QWidget &page, const char *name)
    {
        auto *view = child<QChartView>(page, "plannerChart");
        if (!view)
            return nullptr;
        const auto all = view->chart()->series();
        for (QAbstractSeries *s : all) {
            if (s->objectName() == QLatin1String(name))
                return qobject_cast<QLineSeries *>(s);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void prefillsFromTheStamp()
    {
        CapacityPlannerPage page;
        page.setToday(Today);
        page.setFleet(fleet(), {{QStringLiteral("weu-1"), 150'000}, {QStringLiteral("neu-1"), 1'200'000}});
        auto *stamp = child<QComboBox>(page, "plannerStamp");
        QCOMPARE(stamp->count(), 2);
        QCOMPARE(page.selectedStamp(), QStringLiteral("weu-1"));
        QCOMPARE(child<QComboBox>(page, "plannerTier")->currentText(), QStringLiteral("S1"));
        QCOMPARE(child<QSpinBox>(page, "plannerUnits")->value(), 1);
        QCOMPARE(child<QSpinBox>(page, "plannerCurrentDevices")->value(), 150'000);
        QCOMPARE(child<QSpinBox>(page, "plannerPlannedCapacity")->value(), 500'000);

        page.selectStamp(QStringLiteral("neu-1"));
        QCOMPARE(child<QComboBox>(page, "plannerTier")->currentText(), QStringLiteral("S3"));
        QCOMPARE(child<QSpinBox>(page, "plannerUnits")->value(), 2);
        QCOMPARE(page.input().currentDevices, qint64(1'200'000));
        // 1.2M devices on a hub with a 1M soft limit: past it, a new stamp is due now.
        const QString text = child<QLabel>(page, "plannerResults")->text();
        QVERIFY2(text.contains(QLatin1String("200,000 devices past")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("due now")), qPrintable(text));
        QLineSeries *due = series(page, "newStampDue");
        QVERIFY(due);
        QCOMPARE(due->count(), 2);
        QCOMPARE(due->at(0).x(), msecs(Today));

        // A new fleet keeps the chosen stamp.
        page.setFleet(fleet(), {{QStringLiteral("neu-1"), 10}});
        QCOMPARE(page.selectedStamp(), QStringLiteral("neu-1"));
        QCOMPARE(child<QSpinBox>(page, "plannerCurrentDevices")->value(), 10);
    }

    void resultsFollowInputs()
    {
        CapacityPlannerPage page;
        page.setToday(Today);
        page.setFleet(fleet(), {{QStringLiteral("weu-1"), 150'000}});
        auto *results = child<QLabel>(page, "plannerResults");
        child<QDoubleSpinBox>(page, "plannerMessagesPerDevice")->setValue(1);
        QVERIFY2(results->text().contains(QLatin1String("250,000 more devices")), qPrintable(results->text()));
        QVERIFY(results->text().contains(QLatin1String("daily message quota")));
        QVERIFY(results->text().contains(QLatin1String("no new stamp is due")));
        QCOMPARE(series(page, "newStampDue")->count(), 0);

        // What-if: two units double the quota; the planned 500,000 binds.
        child<QSpinBox>(page, "plannerUnits")->setValue(2);
        QVERIFY2(results->text().contains(QLatin1String("350,000 more devices")), qPrintable(results->text()));
        QVERIFY(results->text().contains(QLatin1String("planned capacity")));
        QCOMPARE(series(page, "limit")->at(0).y(), 500'000.0);

        child<QComboBox>(page, "plannerTier")->setCurrentText(QStringLiteral("F1"));
        QVERIFY2(results->text().contains(QLatin1String("8,000 messages")), qPrintable(results->text()));
    }

    void chartShowsProjectionLimitAndDueDate()
    {
        CapacityPlannerPage page;
        page.setToday(Today);
        page.setFleet(fleet(), {{QStringLiteral("weu-1"), 150'000}});
        child<QDoubleSpinBox>(page, "plannerMessagesPerDevice")->setValue(1); // quota binds at 400,000
        child<QSpinBox>(page, "plannerLeadTime")->setValue(30);
        child<QDoubleSpinBox>(page, "plannerGrowth")->setValue(1'000);
        QCOMPARE(page.plan().daysUntilLimit.value_or(-1), 250);

        QLineSeries *projection = series(page, "projection");
        QVERIFY(projection);
        QCOMPARE(projection->count(), page.plan().projection.size());
        QCOMPARE(projection->at(0), QPointF(msecs(Today), 150'000.0));
        const QPointF last = projection->at(projection->count() - 1);
        QCOMPARE(last.y(), 150'000.0 + 1'000.0 * Today.daysTo(page.plan().projection.last().date));

        QLineSeries *limit = series(page, "limit");
        QCOMPARE(limit->count(), 2);
        QCOMPARE(limit->at(0).y(), 400'000.0);
        QCOMPARE(limit->at(1).y(), 400'000.0);

        QLineSeries *due = series(page, "newStampDue");
        QCOMPARE(due->count(), 2);
        QCOMPARE(due->at(0).x(), msecs(Today.addDays(220)));
        QVERIFY(child<QLabel>(page, "plannerResults")->text().contains(
            QLocale().toString(Today.addDays(220), QLocale::LongFormat)));

        // The same stamp at 10% a month: compounded, the first month adds 15,000.
        auto *unit = child<QComboBox>(page, "plannerGrowthUnit");
        unit->setCurrentIndex(unit->findData(int(CapacityPlanInput::GrowthUnit::PercentPerMonth)));
        child<QDoubleSpinBox>(page, "plannerGrowth")->setValue(10);
        QCOMPARE(page.input().growthUnit, CapacityPlanInput::GrowthUnit::PercentPerMonth);
        // log(400/150)/log(1.1) months = 10.29 months = 313.2 days.
        QCOMPARE(page.plan().daysUntilLimit.value_or(-1), 314);
        QCOMPARE(series(page, "newStampDue")->at(0).x(), msecs(Today.addDays(314 - 30)));

        child<QDoubleSpinBox>(page, "plannerGrowth")->setValue(0);
        QCOMPARE(series(page, "newStampDue")->count(), 0);
    }
};

QTEST_MAIN(TestCapacityPlannerPage)
#include "tst_capacityplannerpage.moc"
