#include "ConsistencyFindingsModel.h"
#include "ConsistencyReportPage.h"
#include "FleetConsistencyCheck.h"

#include "AzureTransport.h"
#include "DpsDeviceClient.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"
#include "FileDialogPick.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

using Kind = ConsistencyFinding::Kind;

// The consistency report page on the emulator's demo fleet, offscreen, driven through its buttons,
// with inconsistencies planted through the clients (as tst_fleetconsistency does): an identity
// created straight in a hub, a provisioned device's identity deleted, a device created again in a
// second hub, a registration left failed (the emulator's allocation "fail" mode); and, in a
// workspace without one stamp, enrollments naming a hub outside it. The run
// shows progress and lists the findings with their kinds; opening one asks for the lookup of its
// device; Export writes the CSV; Stop then Run resumes from the checkpoint.
class TestConsistencyReportPage : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;
    static constexpr qint64 Devices = 2000;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    QTemporaryDir m_dir;
    QStringList m_expected; // "kindKey deviceId" of the planted findings
    QString m_stray;        // the identity without registration
    QString m_deleted;      // the registration without identity
    QString m_twice;        // the device enabled in two hubs
    QString m_stuck;        // the registration left failed

    // One page with its check, as the console wires them.
    struct Rig
    {
        std::unique_ptr<FleetConsistencyCheck> check;
        std::unique_ptr<ConsistencyReportPage> page;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    Rig makeRig(const Workspace &workspace, const QString &checkpoint = {}, AzureTransport *transport = nullptr)
    {
        Rig rig;
        rig.check = std::make_unique<FleetConsistencyCheck>(transport ? transport : m_transport.get());
        rig.check->setWorkspace(workspace);
        rig.check->setCheckpointFile(checkpoint);
        m_clients->setEndpointsOn(rig.check.get());
        rig.page = std::make_unique<ConsistencyReportPage>(rig.check.get());
        rig.tester = std::make_unique<QAbstractItemModelTester>(rig.page->table()->model(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.page->resize(1100, 600);
        rig.page->show();
        return rig;
    }

    static QPushButton *button(const Rig &rig, const char *name)
    {
        return rig.page->findChild<QPushButton *>(QLatin1StringView(name));
    }

    // Clicks Run and waits for the check to end; true when it finished.
    static bool runToEnd(const Rig &rig)
    {
        QSignalSpy finished(rig.check.get(), &FleetConsistencyCheck::finished);
        QTest::mouseClick(button(rig, "runCheckButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 120'000))
            return false;
        return rig.check->phase() == FleetConsistencyCheck::Phase::Finished;
    }

    static QStringList summary(const ConsistencyFindingsModel *model)
    {
        QStringList lines;
        for (const ConsistencyFinding &finding : model->findings()) {
            if (finding.kind != Kind::EnrollmentNamesUnknownHub)
                lines.append(ConsistencyFinding::kindKey(finding.kind) + u' ' + finding.deviceId);
        }
        lines.sort();
        return lines;
    }

    QStringList deviceIds(int hub, int count)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
        std::unique_ptr<QueryPager> pager(client.queryDevices(QStringLiteral("SELECT deviceId FROM devices"), count));
        auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
        QStringList ids;
        if (page->isSuccess()) {
            for (const QJsonValue &row : page->value().items)
                ids.append(row.toObject().value(QLatin1StringView("deviceId")).toString());
        }
        return ids;
    }

    bool createIdentity(int hub, const QString &deviceId)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
        DeviceIdentity identity;
        identity.deviceId = deviceId;
        return EmulatorClients::finish(client.createDevice(identity), 30'000)->isSuccess();
    }

    bool deleteIdentity(int hub, const QString &deviceId)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
        return EmulatorClients::finish(client.deleteDevice(deviceId), 30'000)->isSuccess();
    }

    // The table's row (view order) of the finding of this kind and device, -1 if none.
    static int viewRow(const Rig &rig, Kind kind, const QString &deviceId)
    {
        const QAbstractItemModel *view = rig.page->table()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            const QModelIndex index = view->index(row, 0);
            if (index.data(ConsistencyFindingsModel::KindRole).toInt() == int(kind)
                && index.data(ConsistencyFindingsModel::DeviceIdRole).toString() == deviceId)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FleetConsistencyCheck::Progress>();
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QString::number(Devices), QStringLiteral("--time-scale"), QString::number(TimeScale),
            QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        QVERIFY(m_emulator->endpoints().hubs.size() >= 3);

        m_stray = QStringLiteral("stray-identity-7");
        QVERIFY(createIdentity(0, m_stray));
        m_expected.append(ConsistencyFinding::kindKey(Kind::IdentityWithoutRegistration) + u' ' + m_stray);

        const QStringList inHub1 = deviceIds(1, 3);
        QCOMPARE(inHub1.size(), 3);
        m_deleted = inHub1.at(0);
        QVERIFY(deleteIdentity(1, m_deleted));
        m_expected.append(ConsistencyFinding::kindKey(Kind::RegistrationWithoutIdentity) + u' ' + m_deleted);

        const QStringList inHub2 = deviceIds(2, 3);
        QCOMPARE(inHub2.size(), 3);
        m_twice = inHub2.at(1);
        QVERIFY(createIdentity(0, m_twice));
        m_expected.append(ConsistencyFinding::kindKey(Kind::EnabledInTwoHubs) + u' ' + m_twice);

        // A registration left failed: DPS 0 fails allocations while the device registers.
        m_stuck = QStringLiteral("stuck-device-7");
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(0));
        IndividualEnrollment enrollment;
        enrollment.registrationId = m_stuck;
        enrollment.attestation = AttestationMechanism::symmetric();
        auto created = EmulatorClients::finish(service.createOrUpdateEnrollment(enrollment), 30'000);
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QString adminError;
        QVERIFY2(m_clients->setAllocation(m_clients->dpsName(0), QJsonObject{{QStringLiteral("mode"), QStringLiteral("fail")}}, &adminError),
                 qPrintable(adminError));
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        auto refused = EmulatorClients::finish(
            device.provision(m_clients->idScope(0), m_stuck, created->value().attestation.symmetricKey->primaryKey.value_or(QString())),
            60'000);
        QVERIFY2(m_clients->clearAllocation(m_clients->dpsName(0), &adminError), qPrintable(adminError));
        QVERIFY(!refused->isSuccess());
        m_expected.append(ConsistencyFinding::kindKey(Kind::StuckRegistration) + u' ' + m_stuck);
        m_expected.sort();
    }

    void cleanupTestCase()
    {
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void runsTheCheckAndListsTheFindings()
    {
        Rig rig = makeRig(m_workspace);
        auto *progress = rig.page->findChild<QProgressBar *>(QStringLiteral("checkProgress"));
        QVERIFY(!button(rig, "exportFindingsButton")->isEnabled()); // nothing to export yet
        // Progress as it comes: a phase in the status line, the bar moving (or busy before the estimate).
        QStringList statuses;
        QList<int> values;
        QObject context;
        connect(rig.check.get(), &FleetConsistencyCheck::progressed, &context, [&] {
            statuses.append(rig.page->statusText());
            values.append(progress->maximum() == 0 ? -1 : progress->value());
        });
        QSignalSpy finished(rig.check.get(), &FleetConsistencyCheck::finished);
        QTest::mouseClick(button(rig, "runCheckButton"), Qt::LeftButton);
        QVERIFY(!button(rig, "runCheckButton")->isEnabled() || finished.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120'000);
        QCOMPARE(rig.check->phase(), FleetConsistencyCheck::Phase::Finished);
        QVERIFY(statuses.size() > 3);
        QVERIFY2(std::any_of(statuses.begin(), statuses.end(), [](const QString &s) { return s.contains(QStringLiteral("items read")); }),
                 qPrintable(statuses.join(u'\n')));
        const auto middle = std::find_if(values.begin(), values.end(), [](int v) { return v > 0 && v < 1000; });
        QVERIFY2(middle != values.end(), "the bar showed some progress before the end");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(button(rig, "runCheckButton")->isEnabled());
        QVERIFY(!button(rig, "stopCheckButton")->isEnabled());
        QVERIFY(button(rig, "exportFindingsButton")->isEnabled());

        // Every planted finding, nothing else, each with its kind in the table.
        const ConsistencyFindingsModel *model = rig.page->findings();
        QCOMPARE(summary(model), m_expected);
        QCOMPARE(rig.page->statusText(), QStringLiteral("Finished: %1 finding(s).").arg(model->rowCount()));
        const QAbstractItemModel *view = rig.page->table()->model();
        QCOMPARE(view->rowCount(), model->rowCount());
        for (const auto &[kind, id] : {std::pair{Kind::IdentityWithoutRegistration, m_stray},
                                       std::pair{Kind::RegistrationWithoutIdentity, m_deleted},
                                       std::pair{Kind::EnabledInTwoHubs, m_twice},
                                       std::pair{Kind::StuckRegistration, m_stuck}}) {
            const int row = viewRow(rig, kind, id);
            QVERIFY2(row >= 0, qPrintable(id));
            QCOMPARE(view->index(row, ConsistencyFindingsModel::KindColumn).data().toString(), ConsistencyFinding::kindName(kind));
            QCOMPARE(view->index(row, ConsistencyFindingsModel::DeviceColumn).data().toString(), id);
        }

        // The kind filter shows one kind.
        auto *filter = rig.page->findChild<QComboBox *>(QStringLiteral("findingKindFilter"));
        filter->setCurrentIndex(filter->findData(int(Kind::EnabledInTwoHubs)));
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, ConsistencyFindingsModel::DeviceColumn).data().toString(), m_twice);
        filter->setCurrentIndex(0);
        QCOMPARE(view->rowCount(), model->rowCount());

        // Opening a finding (Enter on the row) asks for the lookup of its device.
        QSignalSpy lookup(rig.page.get(), &ConsistencyReportPage::lookupRequested);
        QTableView *table = rig.page->table();
        for (const auto &[kind, id] : {std::pair{Kind::RegistrationWithoutIdentity, m_deleted},
                                       std::pair{Kind::IdentityWithoutRegistration, m_stray},
                                       std::pair{Kind::StuckRegistration, m_stuck}}) {
            table->setFocus();
            table->setCurrentIndex(view->index(viewRow(rig, kind, id), ConsistencyFindingsModel::HubsColumn));
            QTest::keyClick(table, Qt::Key_Return);
            QCOMPARE(lookup.count(), 1);
            QCOMPARE(lookup.takeFirst().first().toString(), id);
        }
        // Sorted by another column, the row opened is still the one under the cursor.
        table->sortByColumn(ConsistencyFindingsModel::DeviceColumn, Qt::DescendingOrder);
        table->setCurrentIndex(view->index(viewRow(rig, Kind::EnabledInTwoHubs, m_twice), 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(lookup.count(), 1);
        QCOMPARE(lookup.takeFirst().first().toString(), m_twice);

        // Export through the page's button and its file dialog: one row per finding, stable kinds.
        const QString path = m_dir.filePath(QStringLiteral("findings.csv"));
        QVERIFY(FileDialogPick::choose(rig.page.get(), button(rig, "exportFindingsButton"), path));
        QVERIFY2(rig.page->statusText().contains(QStringLiteral("exported")), qPrintable(rig.page->statusText()));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(lines.size(), model->rowCount() + 1);
        QStringList exported;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
            exported.append(QString::fromUtf8(fields.at(ConsistencyFindingsModel::KindColumn)) + u' '
                            + QString::fromUtf8(fields.at(ConsistencyFindingsModel::DeviceColumn)));
        }
        exported.sort();
        QCOMPARE(exported, m_expected);
    }

    void listsEnrollmentsNamingHubsOutsideTheWorkspace()
    {
        // The workspace without the last stamp: the groups that allocate over its hub name a hub
        // the workspace does not know.
        Workspace reduced = m_workspace;
        const QString leftOut = reduced.stamps.takeLast().hub.hostName.toLower();
        Rig rig = makeRig(reduced);
        QVERIFY(runToEnd(rig));
        const QAbstractItemModel *view = rig.page->table()->model();
        auto *filter = rig.page->findChild<QComboBox *>(QStringLiteral("findingKindFilter"));
        filter->setCurrentIndex(filter->findData(int(Kind::EnrollmentNamesUnknownHub)));
        QVERIFY(view->rowCount() > 0);
        for (int row = 0; row < view->rowCount(); ++row) {
            QCOMPARE(view->index(row, ConsistencyFindingsModel::KindColumn).data().toString(),
                     ConsistencyFinding::kindName(Kind::EnrollmentNamesUnknownHub));
            QVERIFY(view->index(row, ConsistencyFindingsModel::HubsColumn).data().toString().contains(leftOut, Qt::CaseInsensitive));
            QVERIFY(!view->index(row, ConsistencyFindingsModel::EnrollmentColumn).data().toString().isEmpty());
        }
        // An enrollment finding names no device: opening it asks for no lookup.
        QSignalSpy lookup(rig.page.get(), &ConsistencyReportPage::lookupRequested);
        rig.page->table()->setFocus();
        rig.page->table()->setCurrentIndex(view->index(0, 0));
        QTest::keyClick(rig.page->table(), Qt::Key_Return);
        QCOMPARE(lookup.count(), 0);
    }

    void resumesAfterStop()
    {
        const QString checkpoint = m_dir.filePath(QStringLiteral("resume.sqlite"));
        Rig rig = makeRig(m_workspace, checkpoint);
        rig.check->setPageSize(50);
        QSignalSpy finished(rig.check.get(), &FleetConsistencyCheck::finished);
        QTest::mouseClick(button(rig, "runCheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rig.check->progress().itemsRead >= 600 || !rig.check->isRunning(), 60'000);
        QVERIFY(rig.check->isRunning());
        QVERIFY(button(rig, "stopCheckButton")->isEnabled());
        QTest::mouseClick(button(rig, "stopCheckButton"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(rig.check->phase(), FleetConsistencyCheck::Phase::Cancelled);
        QVERIFY2(rig.page->statusText().contains(QStringLiteral("resume")), qPrintable(rig.page->statusText()));
        QVERIFY(button(rig, "runCheckButton")->isEnabled());
        QVERIFY(!button(rig, "stopCheckButton")->isEnabled());
        const qint64 firstRun = rig.check->progress().itemsReadThisRun;
        QVERIFY(firstRun >= 600);

        // Run again from the page: it goes on where it stopped and ends with the same findings.
        QVERIFY(runToEnd(rig));
        const FleetConsistencyCheck::Progress progress = rig.check->progress();
        QVERIFY2(progress.itemsReadThisRun < progress.itemsRead,
                 qPrintable(QStringLiteral("%1 of %2").arg(progress.itemsReadThisRun).arg(progress.itemsRead)));
        QCOMPARE(progress.itemsReadThisRun + firstRun, progress.itemsRead);
        QCOMPARE(summary(rig.page->findings()), m_expected);
        QVERIFY(rig.page->statusText().startsWith(QStringLiteral("Finished")));
    }

    void namesTheStampThatDidNotAnswer()
    {
        // Few quick retries: the stamp is down for the whole run.
        AzureTransport impatient(&m_network, &m_clock);
        RetryPolicy retry;
        retry.maxAttempts = 2;
        retry.baseDelayMs = 50;
        retry.minDelayMs = 20;
        retry.maxDelayMs = 100;
        impatient.setRetryPolicy(retry);
        const QString down = m_clients->hubName(1);
        QString error;
        QVERIFY2(m_clients->setFaults(down, QJsonObject{{QStringLiteral("errorRate"), 1}}, &error), qPrintable(error));
        Rig rig = makeRig(m_workspace, {}, &impatient);
        const bool finished = runToEnd(rig);
        QVERIFY2(m_clients->clearFaults(down, &error), qPrintable(error));
        QVERIFY(finished);
        const QString status = rig.page->statusText();
        QVERIFY2(status.contains(QStringLiteral("Not checked")), qPrintable(status));
        const QString host = m_emulator->endpoints().hubs.at(1).hostName;
        QVERIFY2(status.contains(host, Qt::CaseInsensitive), qPrintable(status));
        QCOMPARE(rig.check->notChecked().size(), 1);
    }
};

QTEST_MAIN(TestConsistencyReportPage)
#include "tst_consistencyreportpage.moc"
