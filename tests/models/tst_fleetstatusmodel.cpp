#include "FleetStatusModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;

// The board's model: rows follow the workspace, statuses come in one stamp at a time, and
// populated() fires once, when the last stamp has its first answer.
class TestFleetStatusModel : public QObject
{
    Q_OBJECT

private:
    static Workspace workspace(int stamps)
    {
        Workspace result;
        for (int i = 0; i < stamps; ++i) {
            Stamp stamp;
            stamp.id = QStringLiteral("stamp-%1").arg(i);
            stamp.name = QStringLiteral("Stamp %1").arg(i);
            stamp.region = i % 2 ? QStringLiteral("westeurope") : QStringLiteral("northeurope");
            stamp.ring = i == 0 ? Stamp::Ring::Test : Stamp::Ring::Production;
            stamp.tenancy = Stamp::Tenancy::Dedicated;
            stamp.tenants = {QStringLiteral("tenant-%1").arg(i)};
            stamp.hub.hostName = QStringLiteral("localhost:%1").arg(4000 + i);
            stamp.plannedCapacity = 1000 * (i + 1);
            result.stamps.append(stamp);
        }
        return result;
    }

    static StampStatus answered(const QString &stampId, qint64 total)
    {
        StampStatus status;
        status.stampId = stampId;
        status.reachable = true;
        status.lastAttempt = QDateTime::currentDateTimeUtc();
        status.lastSuccess = status.lastAttempt;
        status.totalDevices = total;
        status.connectedDevices = total / 2;
        status.health = HealthLevel::Healthy;
        return status;
    }

private Q_SLOTS:
    void rowsFollowTheWorkspace()
    {
        FleetStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setWorkspace(workspace(3));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(FleetStatusModel::StampIdRole).toString(), QStringLiteral("stamp-1"));
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("Stamp 1"));
        QCOMPARE(second.data(FleetStatusModel::RingRole).toString(), QStringLiteral("production"));
        QCOMPARE(second.data(FleetStatusModel::TenancyRole).toString(), QStringLiteral("dedicated"));
        QCOMPARE(second.data(FleetStatusModel::PlannedCapacityRole).toLongLong(), 2000);
        QCOMPARE(second.data(FleetStatusModel::HealthRole).toInt(), int(HealthLevel::Unknown));
        QCOMPARE(second.data(FleetStatusModel::TotalDevicesRole).toLongLong(), -1);
        // A status starts with the stamp's planned capacity.
        QCOMPARE(model.status(QStringLiteral("stamp-1")).plannedCapacity, 2000);
        model.setWorkspace(workspace(1));
        QCOMPARE(model.rowCount(), 1);
    }

    void updateChangesOneRow()
    {
        FleetStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(workspace(3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        StampStatus status = answered(QStringLiteral("stamp-2"), 900);
        status.reasons = {QStringLiteral("Throttled 2 times")};
        model.updateStatus(status);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        const QModelIndex row = model.index(2);
        QCOMPARE(row.data(FleetStatusModel::TotalDevicesRole).toLongLong(), 900);
        QCOMPARE(row.data(FleetStatusModel::ConnectedDevicesRole).toLongLong(), 450);
        QCOMPARE(row.data(FleetStatusModel::ReasonsRole).toStringList(), status.reasons);
        QCOMPARE(row.data(Qt::ToolTipRole).toString(), status.reasons.first());
        QCOMPARE(row.data(FleetStatusModel::StatusRole).value<StampStatus>().totalDevices, 900);
        QVERIFY(row.data(FleetStatusModel::ReachableRole).toBool());

        // A stamp not in the workspace changes nothing.
        model.updateStatus(answered(QStringLiteral("elsewhere"), 1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("elsewhere")), -1);
    }

    void populatedOnceWhenEveryStampAnswered()
    {
        FleetStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(workspace(3));
        QSignalSpy populated(&model, &FleetStatusModel::populated);
        model.updateStatus(answered(QStringLiteral("stamp-0"), 10));
        QVERIFY(!model.isPopulated());

        // A failure counts as an answer: an unreachable stamp must not hold the board back.
        StampStatus failed;
        failed.stampId = QStringLiteral("stamp-1");
        failed.lastAttempt = QDateTime::currentDateTimeUtc();
        failed.lastError = QStringLiteral("refused");
        failed.health = HealthLevel::Unreachable;
        model.updateStatus(failed);
        QCOMPARE(populated.size(), 0);

        model.updateStatus(answered(QStringLiteral("stamp-2"), 30));
        QCOMPARE(populated.size(), 1);
        QVERIFY(model.isPopulated());
        model.updateStatus(answered(QStringLiteral("stamp-2"), 31));
        QCOMPARE(populated.size(), 1);

        // A new workspace is populated again from scratch.
        model.setWorkspace(workspace(1));
        QVERIFY(!model.isPopulated());
        model.updateStatus(answered(QStringLiteral("stamp-0"), 10));
        QCOMPARE(populated.size(), 2);
    }

    void emptyWorkspaceIsNeverPopulated()
    {
        FleetStatusModel model;
        model.setWorkspace(Workspace());
        QVERIFY(!model.isPopulated());
    }

    void roleNamesAndHealthNames()
    {
        FleetStatusModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(FleetStatusModel::HealthRole), QByteArray("health"));
        QCOMPARE(names.value(FleetStatusModel::StatusRole), QByteArray("status"));
        QCOMPARE(FleetStatusModel::healthName(HealthLevel::Unreachable), QStringLiteral("Unreachable"));
        QVERIFY(!FleetStatusModel::healthName(HealthLevel::Unknown).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleetStatusModel)
#include "tst_fleetstatusmodel.moc"
