// The console's main window on the demo fleet, under the offscreen platform: the same pieces
// main() composes (credential book, demo key import, transport, fleet session, main window), a
// real emulator, and the board's cards checked against the emulator's own statistics.
#include "ActivityLog.h"
#include "AzureTransport.h"
#include "CredentialBook.h"
#include "DemoCredentialImporter.h"
#include "DeviceLookupPage.h"
#include "DriftTableModel.h"
#include "EmulatorEndpoints.h"
#include "EmulatorClients.h"
#include "EmulatorProcess.h"
#include "FleetSession.h"
#include "HubRegistryClient.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RequestActivity.h"
#include "StampBoardPage.h"
#include "StampCard.h"
#include "SystemClock.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;
using namespace StampDeck::Azure;
using StampDeck::Testing::EmulatorClients;
using StampDeck::Testing::EmulatorProcess;

class TestBoardWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardShowsTheEmulatorsFigures();
    void cleanupTestCase();

private:
    static constexpr qint64 Devices = 20'000;
    EmulatorProcess m_emulator{{QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"),
                                QStringLiteral("--devices"), QString::number(Devices)}};
};

void TestBoardWindow::initTestCase()
{
    QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
}

void TestBoardWindow::cleanupTestCase()
{
    QCOMPARE(m_emulator.stop(), 0);
}

void TestBoardWindow::boardShowsTheEmulatorsFigures()
{
    // Keys go through the credential book into a store, and the fleet reads them back from it,
    // as in `stampdeck --demo` (the keychain itself is covered by the app/keychain suites).
    MemorySecretStore keychain;
    MemorySecretStore memory;
    CredentialBook book(&keychain, &memory);
    book.load();
    DemoCredentialImporter importer(&book);
    QSignalSpy imported(&importer, &DemoCredentialImporter::finished);
    QString loadError;
    const auto endpoints = StampDeck::EmulatorEndpoints::load(m_emulator.endpointsFilePath(), &loadError);
    QVERIFY2(endpoints, qPrintable(loadError));
    importer.import(*endpoints);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20'000);
    QCOMPARE(imported.first().at(0).toInt(), m_emulator.endpoints().hubs.size() + m_emulator.endpoints().dps.size());

    QNetworkAccessManager network;
    SystemClock clock;
    AzureTransport transport(&network, &clock);
    ActivityLog log;
    log.attach(&transport);
    RequestActivity activity(&clock);
    activity.attach(&transport);
    QTemporaryDir data;
    QVERIFY(data.isValid());
    FleetSession session(&transport, &book, data.path());
    MainWindow window(&session, &log, &activity);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    WorkspaceError error;
    const auto workspace = Workspace::load(m_emulator.endpoints().workspace, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QSignalSpy populated(session.statusModel(), &FleetStatusModel::populated);
    QSignalSpy settled(&session, &FleetSession::endpointsSettledChanged);
    session.open(*workspace, QStringLiteral("the demo fleet"));
    QCOMPARE(window.tabs()->currentWidget(), window.board());
    QTRY_COMPARE_WITH_TIMEOUT(populated.count(), 1, 30'000);

    StampBoardPage *board = window.board();
    QCOMPARE(board->cards().size(), 4);

    // The emulator's own answers, asked on a separate transport.
    EmulatorClients clients(m_emulator);
    AzureTransport checkTransport(&network, &clock);
    const QLocale locale;
    qint64 sum = 0;
    for (int i = 0; i < m_emulator.endpoints().hubs.size(); ++i) {
        HubRegistryClient hub(&checkTransport, clients.hubEndpoint(i));
        auto statistics = EmulatorClients::finish(hub.deviceStatistics(), 20'000);
        QVERIFY2(statistics->isSuccess(), qPrintable(statistics->error().message()));
        const qint64 total = statistics->value().totalDeviceCount;
        sum += total;

        const Stamp *stamp = workspace->stampForHub(clients.hubEndpoint(i).hostName);
        QVERIFY(stamp);
        StampCard *card = board->card(stamp->id);
        QVERIFY(card);
        QCOMPARE(card->status().totalDevices, total);
        QCOMPARE(card->status().health == HealthLevel::Unreachable, false);
        auto *devices = card->findChild<QLabel *>(QStringLiteral("cardDevices"));
        QVERIFY(devices);
        QVERIFY2(devices->text().contains(locale.toString(total)), qPrintable(devices->text()));

        QueryPager *pager = hub.queryDevices(QStringLiteral("SELECT COUNT() AS connected FROM devices WHERE connectionState = 'Connected'"));
        auto page = EmulatorClients::finish(pager->fetchNext(), 20'000);
        QVERIFY(page->isSuccess());
        const qint64 connected = page->value().items.first().toObject().value(QStringLiteral("connected")).toInteger();
        QCOMPARE(card->status().connectedDevices, connected);
        auto *connectedLabel = card->findChild<QLabel *>(QStringLiteral("cardConnected"));
        QVERIFY(connectedLabel);
        QVERIFY2(connectedLabel->text().startsWith(locale.toString(connected)), qPrintable(connectedLabel->text()));
        delete pager;
    }
    QCOMPARE(sum, Devices);

    // The census runs in the background and says so in the status bar.
    auto *census = window.statusBar()->findChild<QLabel *>(QStringLiteral("censusStatus"));
    QVERIFY(census);
    QTRY_VERIFY_WITH_TIMEOUT(!census->text().isEmpty(), 30'000);
    // The census feeds the distribution page: every assigned registration of the demo fleet lands
    // in a row whose hub is a stamp of the workspace.
    DriftTableModel *drift = window.driftModel();
    QTRY_VERIFY_WITH_TIMEOUT(drift->rowCount() > 0, 60'000);
    qint64 counted = 0;
    for (const DriftRow &row : drift->report().rows) {
        QVERIFY2(!row.stampId.isEmpty(), qPrintable(row.hubHostName));
        counted += row.count;
    }
    QCOMPARE(counted, Devices);

    // Support staff: Ctrl+F from the board opens the lookup with the cursor in its field; a device
    // of the first hub is found on that hub's stamp, an unknown ID nowhere, with what was asked.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.lookup());
    auto *field = window.lookup()->findChild<QLineEdit *>(QStringLiteral("lookupField"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    HubRegistryClient firstHub(&checkTransport, clients.hubEndpoint(0));
    QueryPager *ids = firstHub.queryDevices(QStringLiteral("SELECT deviceId FROM devices"), 1);
    auto idPage = EmulatorClients::finish(ids->fetchNext(), 20'000);
    QVERIFY(idPage->isSuccess());
    const QString deviceId = idPage->value().items.first().toObject().value(QStringLiteral("deviceId")).toString();
    delete ids;
    QVERIFY(!deviceId.isEmpty());
    QTest::keyClicks(field, deviceId);
    QTest::keyClick(field, Qt::Key_Return);
    const Stamp *firstStamp = workspace->stampForHub(clients.hubEndpoint(0).hostName);
    QTRY_VERIFY_WITH_TIMEOUT(!window.lookup()->isBusy(), 20'000);
    QVERIFY2(window.lookup()->answer().found, qPrintable(window.lookup()->headline()));
    QCOMPARE(window.lookup()->answer().stampId, firstStamp->id);
    QVERIFY2(window.lookup()->headline().contains(firstStamp->name), qPrintable(window.lookup()->headline()));
    // The group that placed it is named (DPS does not say; the lookup narrows the groups down).
    const DeviceLookupAnswer &found = window.lookup()->answer();
    QVERIFY2(!found.enrollmentId.isEmpty(), qPrintable(found.toText()));
    auto *enrollment = window.lookup()->findChild<QLabel *>(QStringLiteral("enrollment"));
    QVERIFY(enrollment);
    QVERIFY2(enrollment->text().contains(found.enrollmentId), qPrintable(enrollment->text()));
    // --find waits for this: every stamp's key has been read from the book, signalled once.
    QCOMPARE(settled.count(), 1);
    QVERIFY(session.endpointsSettled());
    window.findDevice(QStringLiteral("no-such-device-anywhere"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.lookup()->isBusy(), 20'000);
    QVERIFY(!window.lookup()->answer().found);
    QCOMPARE(window.lookup()->answer().askedHubs.size(), 4);

    // Every request went through the transport the status bar watches.
    QVERIFY(transport.statistics().requests >= 8);
}

QTEST_MAIN(TestBoardWindow)
#include "tst_boardwindow.moc"
