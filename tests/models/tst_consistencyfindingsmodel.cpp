#include "ConsistencyFindingsModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

using Kind = ConsistencyFinding::Kind;

// The report's table: columns, the roles the view opens the lookup with, resets, and the CSV.
class TestConsistencyFindingsModel : public QObject
{
    Q_OBJECT

private:
    static QList<ConsistencyFinding> sample()
    {
        ConsistencyFinding lost;
        lost.kind = Kind::RegistrationWithoutIdentity;
        lost.deviceId = QStringLiteral("dev-7");
        lost.registrationId = QStringLiteral("reg-7");
        lost.hubs = {QStringLiteral("hub-a.example")};
        lost.dpsHostName = QStringLiteral("dps-1.example");
        lost.enrollment = QStringLiteral("contoso-prod");
        lost.groupEnrollment = true;
        lost.detail = QStringLiteral("missing, \"really\"");
        ConsistencyFinding twice;
        twice.kind = Kind::EnabledInTwoHubs;
        twice.deviceId = QStringLiteral("dev-8");
        twice.registrationId = QStringLiteral("dev-8");
        twice.hubs = {QStringLiteral("hub-a.example"), QStringLiteral("hub-b.example")};
        twice.enrollment = QStringLiteral("dev-8");
        twice.detail = QStringLiteral("two");
        ConsistencyFinding unknown;
        unknown.kind = Kind::EnrollmentNamesUnknownHub;
        unknown.hubs = {QStringLiteral("gone.example")};
        unknown.enrollment = QStringLiteral("legacy");
        unknown.groupEnrollment = true;
        unknown.detail = QStringLiteral("line\nbreak");
        return {lost, twice, unknown};
    }

private Q_SLOTS:
    void columnsAndRoles()
    {
        ConsistencyFindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFindings(sample());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ConsistencyFindingsModel::ColumnCount));
        QCOMPARE(model.headerData(ConsistencyFindingsModel::DeviceColumn, Qt::Horizontal).toString(), QStringLiteral("Device"));
        const QModelIndex kind = model.index(0, ConsistencyFindingsModel::KindColumn);
        QCOMPARE(kind.data().toString(), QStringLiteral("Registration without identity"));
        QCOMPARE(model.index(0, ConsistencyFindingsModel::EnrollmentColumn).data().toString(), QStringLiteral("group: contoso-prod"));
        QCOMPARE(model.index(1, ConsistencyFindingsModel::EnrollmentColumn).data().toString(), QStringLiteral("individual: dev-8"));
        QCOMPARE(model.index(1, ConsistencyFindingsModel::HubsColumn).data().toString(),
                 QStringLiteral("hub-a.example, hub-b.example"));
        QCOMPARE(kind.data(ConsistencyFindingsModel::DeviceIdRole).toString(), QStringLiteral("dev-7"));
        QCOMPARE(kind.data(ConsistencyFindingsModel::RegistrationIdRole).toString(), QStringLiteral("reg-7"));
        QCOMPARE(kind.data(ConsistencyFindingsModel::KindRole).toInt(), int(Kind::RegistrationWithoutIdentity));
        QCOMPARE(kind.data(ConsistencyFindingsModel::FindingRole).value<ConsistencyFinding>(), sample().first());
        QCOMPARE(model.index(2, ConsistencyFindingsModel::DeviceColumn).data(ConsistencyFindingsModel::DeviceIdRole).toString(), QString());
        QCOMPARE(model.count(Kind::EnabledInTwoHubs), 1);
        QCOMPARE(model.count(Kind::StuckRegistration), 0);
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void csv()
    {
        ConsistencyFindingsModel model;
        model.setFindings(sample());
        const QString expected = QStringLiteral(
            "kind,deviceId,registrationId,hubs,dps,enrollmentType,enrollment,detail\r\n"
            "registrationWithoutIdentity,dev-7,reg-7,hub-a.example,dps-1.example,group,contoso-prod,\"missing, \"\"really\"\"\"\r\n"
            "enabledInTwoHubs,dev-8,dev-8,hub-a.example;hub-b.example,,individual,dev-8,two\r\n"
            "enrollmentNamesUnknownHub,,,gone.example,,group,legacy,\"line\nbreak\"\r\n");
        QCOMPARE(model.toCsv(), expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("findings.csv"));
        QString error;
        QVERIFY2(model.writeCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), expected);
        QVERIFY(!model.writeCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsistencyFindingsModel)
#include "tst_consistencyfindingsmodel.moc"
