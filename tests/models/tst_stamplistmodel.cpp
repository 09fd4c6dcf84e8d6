#include "StampListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;

class TestStampListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryStamp()
    {
        StampListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        Workspace workspace;
        Stamp test;
        test.id = QStringLiteral("weu-test-1");
        test.name = QStringLiteral("Test");
        test.ring = Stamp::Ring::Test;
        test.tenancy = Stamp::Tenancy::Dedicated;
        test.tenants = {QStringLiteral("contoso")};
        test.hub.hostName = QStringLiteral("localhost:4000");
        test.hub.tier = QStringLiteral("S1");
        test.hub.units = 1;
        test.plannedCapacity = 1000;
        Stamp production = test;
        production.id = QStringLiteral("weu-prod-1");
        production.ring = Stamp::Ring::Production;
        production.hub.hostName = QStringLiteral("localhost:4001");
        production.hub.tier = QStringLiteral("S2");
        production.hub.units = 4;
        workspace.stamps = {test, production};

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setWorkspace(workspace);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, StampListModel::IdColumn).data().toString(), QStringLiteral("weu-prod-1"));
        QCOMPARE(model.index(1, StampListModel::IdColumn).data(StampListModel::StampIdRole).toString(), QStringLiteral("weu-prod-1"));
        QCOMPARE(model.index(0, StampListModel::RingColumn).data().toString(), QStringLiteral("Test"));
        QCOMPARE(model.index(0, StampListModel::TenancyColumn).data().toString(), QStringLiteral("Dedicated to contoso"));
        QCOMPARE(model.index(1, StampListModel::TierColumn).data().toString(), QStringLiteral("S2 × 4"));
        QCOMPARE(model.index(1, StampListModel::HubColumn).data().toString(), QStringLiteral("localhost:4001"));
        QVERIFY(!model.headerData(StampListModel::PlannedCapacityColumn, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStampListModel)
#include "tst_stamplistmodel.moc"
