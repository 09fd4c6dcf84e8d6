#include "DriftPage.h"
#include "DriftTableModel.h"
#include "Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace StampDeck;

namespace {

const QString HubA = QStringLiteral("weu-1.azure-devices.net");
const QString HubB = QStringLiteral("weu-2.azure-devices.net");
const QString HubC = QStringLiteral("neu-1.azure-devices.net");
const QString Hashed = QStringLiteral("dps-1/contoso-sensors");
const QString Geo = QStringLiteral("dps-1/fabrikam-meters");

DriftReport sampleReport()
{
    Workspace workspace;
    Stamp a;
    a.id = QStringLiteral("weu-1");
    a.name = QStringLiteral("West Europe 1");
    a.hub.hostName = HubA;
    Stamp b = a;
    b.id = QStringLiteral("weu-2");
    b.name = QStringLiteral("West Europe 2");
    b.hub.hostName = HubB;
    workspace.stamps = {a, b};

    GroupDistribution geo;
    geo.dpsHostName = QStringLiteral("dps-1");
    geo.groupId = QStringLiteral("fabrikam-meters");
    geo.tenant = QStringLiteral("fabrikam");
    geo.allocationPolicy = QStringLiteral("geoLatency");
    geo.hubHostNames = {HubA, HubB};
    geo.registrationsByHub = {{HubA, 300}, {HubB, 700}};

    GroupDistribution hashed;
    hashed.dpsHostName = QStringLiteral("dps-1");
    hashed.groupId = QStringLiteral("contoso-sensors");
    hashed.tenant = QStringLiteral("contoso");
    hashed.allocationPolicy = QStringLiteral("hashed");
    hashed.hubHostNames = {HubA, HubB};
    hashed.registrationsByHub = {{HubA, 650}, {HubB, 300}, {HubC, 50}};
    return DistributionDrift().evaluate({geo, hashed}, workspace);
}

QBarSeries *barSeries(DriftPage &page)
{
    auto *view = page.findChild<QChartView *>(QStringLiteral("driftChart"));
    if (!view || view->chart()->series().size() != 1)
        return nullptr;
    return qobject_cast<QBarSeries *>(view->chart()->series().first());
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

} // namespace

class TestDriftPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCensusState()
    {
        DriftTableModel model;
        DriftPage page(&model);
        auto *label = page.findChild<QLabel *>(QStringLiteral("driftCensusState"));
        QVERIFY(label);
        page.setCensusState(QStringLiteral("Census running: 2 of 5 groups"));
        QCOMPARE(label->text(), QStringLiteral("Census running: 2 of 5 groups"));
        QVERIFY(page.selectedGroup().isEmpty());
    }

    void onlyFlaggedFilter()
    {
        DriftTableModel model;
        DriftPage page(&model);
        model.setReport(sampleReport());
        auto *table = page.findChild<QTableView *>(QStringLiteral("driftTable"));
        auto *onlyFlagged = page.findChild<QCheckBox *>(QStringLiteral("driftOnlyFlagged"));
        QVERIFY(table && onlyFlagged);
        QCOMPARE(table->model()->rowCount(), 5);

        onlyFlagged->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const QModelIndex flag = table->model()->index(row, DriftTableModel::FlagColumn);
            QVERIFY(flag.data(DriftTableModel::FlaggedRole).toBool());
            // Marked in words, not only in colour.
            QCOMPARE(flag.data().toString(), QStringLiteral("Flagged"));
            QCOMPARE(flag.data(DriftTableModel::GroupKeyRole).toString(), Hashed);
        }
        onlyFlagged->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 5);
    }

    void chartShowsIntendedAgainstActual()
    {
        DriftTableModel model;
        DriftPage page(&model);
        model.setReport(sampleReport());
        // The flagged group is shown first.
        QCOMPARE(page.selectedGroup(), Hashed);
        QBarSeries *series = barSeries(page);
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QCOMPARE(values(series->barSets().at(0)), (QList<qreal>{50.0, 50.0, 0.0}));
        QCOMPARE(values(series->barSets().at(1)), (QList<qreal>{65.0, 30.0, 5.0}));
        auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
        if (!axis)
            axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(1));
        QVERIFY(axis);
        QCOMPARE(axis->count(), 3);
        QCOMPARE(axis->at(0), QStringLiteral("West Europe 1"));
        QVERIFY(axis->at(2).contains(HubC));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("driftGroupNote"))->text().contains(QLatin1String("Flagged")));
    }

    void selectingARowChartsItsGroup()
    {
        DriftTableModel model;
        DriftPage page(&model);
        model.setReport(sampleReport());
        auto *table = page.findChild<QTableView *>(QStringLiteral("driftTable"));
        int geoRow = -1;
        for (int row = 0; row < table->model()->rowCount() && geoRow < 0; ++row) {
            if (table->model()->index(row, 0).data(DriftTableModel::GroupKeyRole).toString() == Geo)
                geoRow = row;
        }
        QVERIFY(geoRow >= 0);
        table->selectionModel()->setCurrentIndex(table->model()->index(geoRow, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedGroup(), Geo);
        // Geo-latency intends no split that could be drawn: only the actual shares.
        QBarSeries *series = barSeries(page);
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        QCOMPARE(values(series->barSets().at(0)), (QList<qreal>{30.0, 70.0}));
        const QString note = page.findChild<QLabel *>(QStringLiteral("driftGroupNote"))->text();
        QCOMPARE(note, model.report().group(Geo)->note);

        page.selectGroup(Hashed);
        QCOMPARE(page.selectedGroup(), Hashed);
        QCOMPARE(barSeries(page)->count(), 2);
    }

    void newReportKeepsTheGroup()
    {
        DriftTableModel model;
        DriftPage page(&model);
        model.setReport(sampleReport());
        page.selectGroup(Geo);
        model.setReport(sampleReport());
        QCOMPARE(page.selectedGroup(), Geo);
        model.setReport({});
        QVERIFY(page.selectedGroup().isEmpty());
        QVERIFY(!barSeries(page));
    }
};

QTEST_MAIN(TestDriftPage)
#include "tst_driftpage.moc"
