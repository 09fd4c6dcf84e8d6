#include "DriftTableModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace StampDeck;

namespace {

const QString HubA = QStringLiteral("weu-1.azure-devices.net");
const QString HubB = QStringLiteral("weu-2.azure-devices.net");
const QString HubC = QStringLiteral("neu-1.azure-devices.net");

DriftReport sampleReport()
{
    Workspace workspace;
    Stamp a;
    a.id = QStringLiteral("weu-1");
    a.name = QStringLiteral("West Europe 1");
    a.hub.hostName = HubA;
    workspace.stamps = {a};

    GroupDistribution hashed;
    hashed.dpsHostName = QStringLiteral("dps-1");
    hashed.groupId = QStringLiteral("contoso-sensors");
    hashed.tenant = QStringLiteral("contoso");
    hashed.allocationPolicy = QStringLiteral("hashed");
    hashed.hubHostNames = {HubA, HubB};
    hashed.registrationsByHub = {{HubA, 700}, {HubB, 300}};

    GroupDistribution geo;
    geo.dpsHostName = QStringLiteral("dps-1");
    geo.groupId = QStringLiteral("fabrikam-meters");
    geo.tenant = QStringLiteral("fabrikam");
    geo.allocationPolicy = QStringLiteral("geoLatency");
    geo.hubHostNames = {HubA, HubB};
    geo.registrationsByHub = {{HubA, 10}, {HubB, 20}, {HubC, 1}};
    return DistributionDrift().evaluate({hashed, geo}, workspace);
}

} // namespace

class TestDriftTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheReport()
    {
        DriftTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DriftTableModel::ColumnCount));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setReport(sampleReport());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);

        // Row 0: contoso on weu-1, 70% against an intended 50%.
        QCOMPARE(model.index(0, DriftTableModel::GroupColumn).data().toString(), QStringLiteral("contoso-sensors"));
        QCOMPARE(model.index(0, DriftTableModel::TenantColumn).data().toString(), QStringLiteral("contoso"));
        QCOMPARE(model.index(0, DriftTableModel::HubColumn).data().toString(), QStringLiteral("West Europe 1"));
        QCOMPARE(model.index(0, DriftTableModel::HubColumn).data(Qt::ToolTipRole).toString(), HubA);
        QVERIFY(model.index(0, DriftTableModel::IntendedColumn).data().toString().contains(QLatin1String("50")));
        QVERIFY(model.index(0, DriftTableModel::ActualColumn).data().toString().contains(QLatin1String("70")));
        QVERIFY(model.index(0, DriftTableModel::CountColumn).data().toString().contains(QLatin1String("700")));
        QVERIFY(model.index(0, DriftTableModel::DeviationColumn).data().toString().contains(QLatin1String("20")));
        QCOMPARE(model.index(0, DriftTableModel::FlagColumn).data().toString(), QStringLiteral("Flagged"));
        QVERIFY(!model.index(0, DriftTableModel::ReasonColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, DriftTableModel::CountColumn).data(DriftTableModel::FlaggedRole).toBool(), true);
        QCOMPARE(model.index(0, DriftTableModel::CountColumn).data(DriftTableModel::SortRole).toLongLong(), 700);
        QCOMPARE(model.index(0, 0).data(DriftTableModel::GroupKeyRole).toString(), QStringLiteral("dps-1/contoso-sensors"));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());

        // Geo-latency rows on the list: no intended share, not flagged, no colour.
        QCOMPARE(model.index(2, DriftTableModel::GroupColumn).data().toString(), QStringLiteral("fabrikam-meters"));
        QCOMPARE(model.index(2, DriftTableModel::FlagColumn).data(DriftTableModel::FlaggedRole).toBool(), false);
        QCOMPARE(model.index(2, DriftTableModel::IntendedColumn).data().toString(), QStringLiteral("n/a"));
        QVERIFY(model.index(2, DriftTableModel::FlagColumn).data().toString().isEmpty());
        QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
        // ... but the hub off the list is.
        QCOMPARE(model.index(4, DriftTableModel::FlagColumn).data(DriftTableModel::FlaggedRole).toBool(), true);
        QVERIFY(model.index(4, DriftTableModel::HubColumn).data().toString().contains(HubC));

        QVERIFY(!model.headerData(DriftTableModel::DeviationColumn, Qt::Horizontal).toString().isEmpty());
    }

    void flagIconOnlyOnFlaggedRows()
    {
        DriftTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sampleReport());
        QVERIFY(!model.index(0, DriftTableModel::FlagColumn).data(Qt::DecorationRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QPixmap pixmap(8, 8);
        pixmap.fill(Qt::red);
        model.setFlagIcon(QIcon(pixmap));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, DriftTableModel::FlagColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(!model.index(2, DriftTableModel::FlagColumn).data(Qt::DecorationRole).isValid());
    }

    void sortsAndFiltersThroughAProxy()
    {
        DriftTableModel model;
        model.setReport(sampleReport());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(DriftTableModel::SortRole);
        proxy.sort(DriftTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DriftTableModel::CountColumn).data(DriftTableModel::SortRole).toLongLong(), 700);
        QCOMPARE(proxy.index(4, DriftTableModel::CountColumn).data(DriftTableModel::SortRole).toLongLong(), 1);

        // Sorting numbers as numbers: "1,000" would sort before "300" as text.
        proxy.sort(DriftTableModel::DeviationColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DriftTableModel::DeviationColumn).data(DriftTableModel::SortRole).toDouble(), 20.0);

        proxy.setFilterRole(DriftTableModel::FlaggedRole);
        proxy.setFilterFixedString(QStringLiteral("true"));
        QCOMPARE(proxy.rowCount(), 3);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(DriftTableModel::FlaggedRole).toBool());

        model.setReport({});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestDriftTableModel)
#include "tst_drifttablemodel.moc"
