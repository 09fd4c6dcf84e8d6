#include "DeviceBrowserPage.h"
#include "DeviceTableModel.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <map>
#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The device browser on the emulator's demo fleet, offscreen: pick a stamp, rows and the count
// appear, the detail pane shows the selected device, and disable / delete change the hub (checked
// with a separate client) only when the confirmation says yes.
class TestDeviceBrowserPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;      // the page's
    std::unique_ptr<AzureTransport> m_checkTransport; // the checker's, apart from the page
    std::map<QString, std::unique_ptr<HubRegistryClient>> m_hubs; // by host, lower case
    std::unique_ptr<DeviceBrowserPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    // What the confirmation seam was asked and answers.
    QString m_askedText;
    int m_asked = 0;
    bool m_answer = false;

    std::unique_ptr<HubRegistryClient> checker(const QString &hostName)
    {
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i) {
            if (m_emulator->endpoints().hubs.at(i).hostName.compare(hostName, Qt::CaseInsensitive) == 0)
                return std::make_unique<HubRegistryClient>(m_checkTransport.get(), m_clients->hubEndpoint(i));
        }
        return nullptr;
    }

    // Selects row and waits until the details show that device.
    QString select(int row)
    {
        QSignalSpy shown(m_page.get(), &DeviceBrowserPage::deviceShown);
        m_page->table()->setCurrentIndex(m_page->model()->index(row, 0));
        if (!shown.wait(30'000))
            return {};
        return shown.last().first().toString();
    }

    QPushButton *button(const char *name) { return m_page->findChild<QPushButton *>(QLatin1StringView(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("6000"), QStringLiteral("--no-quotas"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, 1.0, false);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        m_checkTransport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i)
            m_hubs[m_emulator->endpoints().hubs.at(i).hostName.toLower()] =
                std::make_unique<HubRegistryClient>(m_transport.get(), m_clients->hubEndpoint(i));

        m_page = std::make_unique<DeviceBrowserPage>(m_transport.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setHubProvider([this](const Stamp &stamp) -> HubRegistryClient * {
            const auto it = m_hubs.find(stamp.hub.hostName.toLower());
            return it == m_hubs.end() ? nullptr : it->second.get();
        });
        m_page->setConfirmation([this](const QString &, const QString &text, std::function<void(bool)> answer) {
            ++m_asked;
            m_askedText = text;
            answer(m_answer);
        });
        m_page->setWorkspace(m_workspace);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_hubs.clear();
        m_transport.reset();
        m_checkTransport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void picksAStampAndListsItsDevices()
    {
        const Stamp stamp = m_workspace.stamps.first();
        m_page->showStamp(stamp.id);
        std::unique_ptr<HubRegistryClient> check = checker(stamp.hub.hostName);
        QVERIFY(check);
        auto stats = EmulatorClients::finish(check->deviceStatistics(), 30'000);
        QVERIFY(stats->isSuccess());
        QVERIFY(stats->value().totalDeviceCount > 0);
        // The view asks for rows by itself (fetchMore) once it has a hub.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->matchingCount(), stats->value().totalDeviceCount, 30'000);
        auto *count = m_page->findChild<QLabel *>(QStringLiteral("matchCount"));
        QVERIFY(count->text().contains(QLocale().toString(stats->value().totalDeviceCount)));
        QVERIFY(!m_page->model()->index(0, DeviceTableModel::DeviceIdColumn).data().toString().isEmpty());
    }

    void showsTheSelectedDevice()
    {
        const QString expected = m_page->model()->deviceId(1);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(select(1), expected);
        const QString details = m_page->findChild<QPlainTextEdit *>(QStringLiteral("deviceDetails"))->toPlainText();
        // For a look by eye: STAMPDECK_SCREENSHOT_DIR=/tmp ctest -R tst_devicebrowserpage
        if (const QString dir = qEnvironmentVariable("STAMPDECK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_page->grab().save(dir + QStringLiteral("/device-browser.png"));
        QVERIFY2(details.contains(expected), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Tags:")));
        QVERIFY(details.contains(expected.section(u'-', 0, 0))); // the tenant tag
        QVERIFY(details.contains(QStringLiteral("Reported properties:")));
        QVERIFY(!details.contains(QStringLiteral("primaryKey"), Qt::CaseInsensitive)); // never a key
        QVERIFY(button("disableButton")->isEnabled());
        QVERIFY(!button("enableButton")->isEnabled());
        QVERIFY(button("deleteButton")->isEnabled());
    }

    void declinedConfirmationChangesNothing()
    {
        const QString id = select(2);
        QVERIFY(!id.isEmpty());
        QSignalSpy finished(m_page.get(), &DeviceBrowserPage::actionFinished);
        m_answer = false;
        const int asked = m_asked;
        QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
        QCOMPARE(m_asked, asked + 1);
        QVERIFY(m_askedText.contains(QStringLiteral("re-created when the device provisions again")));
        QTest::mouseClick(button("disableButton"), Qt::LeftButton);
        QCOMPARE(m_asked, asked + 2);
        QVERIFY(m_askedText.contains(QStringLiteral("DPS")));
        QVERIFY(!finished.wait(500)); // nothing was sent
        std::unique_ptr<HubRegistryClient> check = checker(m_page->currentDevice() ? m_workspace.stamps.first().hub.hostName : QString());
        QVERIFY(check);
        auto device = EmulatorClients::finish(check->getDevice(id), 30'000);
        QVERIFY(device->isSuccess());
        QVERIFY(device->value().isEnabled());
    }

    void disableReachesTheHub()
    {
        const QString id = select(3);
        QVERIFY(!id.isEmpty());
        DeviceTableModel *model = m_page->model();
        // Every page listed (the model tester fetches on), so a page read now would be a re-read.
        QTRY_VERIFY_WITH_TIMEOUT(!model->canFetchMore({}) && !model->isFetching(), 30'000);
        const int rows = model->rowCount();
        QSignalSpy loaded(model, &DeviceTableModel::pageLoaded);
        QSignalSpy finished(m_page.get(), &DeviceBrowserPage::actionFinished);
        m_answer = true;
        QTest::mouseClick(button("disableButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        std::unique_ptr<HubRegistryClient> check = checker(m_workspace.stamps.first().hub.hostName);
        auto device = EmulatorClients::finish(check->getDevice(id), 30'000);
        QVERIFY(device->isSuccess());
        QVERIFY(!device->value().isEnabled());
        // The row shows the hub's answer in place: same row, same neighbours, no page read again.
        QCOMPARE(model->index(3, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model->deviceId(3), id);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->index(4, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(loaded.size(), 0);
        // The details come back for the selected row, read again from the hub; then enable it again.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->currentDevice() && m_page->currentDevice()->deviceId == id
                                     && !m_page->currentDevice()->isEnabled(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(button("enableButton")->isEnabled(), 30'000);
        QVERIFY(!button("disableButton")->isEnabled());
        QTest::mouseClick(button("enableButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30'000));
        auto again = EmulatorClients::finish(check->getDevice(id), 30'000);
        QVERIFY(again->isSuccess());
        QVERIFY(again->value().isEnabled());
        QCOMPARE(model->index(3, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(model->deviceId(3), id);
        QCOMPARE(loaded.size(), 0);
    }

    void deleteRemovesTheIdentity()
    {
        const QString id = select(4);
        QVERIFY(!id.isEmpty());
        QSignalSpy finished(m_page.get(), &DeviceBrowserPage::actionFinished);
        m_answer = true;
        QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        std::unique_ptr<HubRegistryClient> check = checker(m_workspace.stamps.first().hub.hostName);
        auto device = EmulatorClients::finish(check->getDevice(id), 30'000);
        QVERIFY(!device->isSuccess());
        QCOMPARE(device->error().kind(), AzureErrorKind::NotFound);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->deviceId(4) != id && !m_page->model()->deviceId(4).isEmpty(), 30'000);
    }

    void deleteAtAPageBoundaryShowsNoDeviceTwice()
    {
        // Small pages, every one kept in memory: the device deleted is the last of the first page.
        constexpr int Small = 10;
        DeviceTableModel *model = m_page->model();
        model->setPageSize(Small);
        model->setResidentPageLimit(1000);
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 3 * Small && !model->canFetchMore({}) && !model->isFetching(), 60'000);
        QCOMPARE(model->residentPageCount(), model->pageCount());
        QTRY_VERIFY_WITH_TIMEOUT(model->matchingCount() == model->rowCount(), 30'000);
        const int rows = model->rowCount();
        const QString last = model->deviceId(Small - 1);
        const QString next = model->deviceId(Small);

        const QString id = select(Small - 1);
        QCOMPARE(id, last);
        QSignalSpy finished(m_page.get(), &DeviceBrowserPage::actionFinished);
        QSignalSpy shown(m_page.get(), &DeviceBrowserPage::deviceShown);
        m_answer = true;
        QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        // The row went; the next device took its place and is the one selected and shown.
        QCOMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->deviceId(Small - 1), next);
        QCOMPARE(m_page->table()->currentIndex().row(), Small - 1);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30'000);
        QCOMPARE(shown.last().first().toString(), next);
        QCOMPARE(model->matchingCount(), qint64(rows - 1));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("matchCount"))->text().contains(QLocale().toString(rows - 1)));

        // The table is the hub's listing, read apart from the page: no device twice, none skipped,
        // also after the first two pages are read again from their tokens.
        std::unique_ptr<HubRegistryClient> check = checker(m_workspace.stamps.first().hub.hostName);
        QStringList hub;
        std::unique_ptr<QueryPager> pager(check->queryDevices(QStringLiteral("SELECT deviceId FROM devices"), 1000));
        while (pager->hasMore()) {
            auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
            QVERIFY(page->isSuccess());
            for (const QJsonValue &item : page->value().items)
                hub.append(item.toObject().value(QLatin1StringView("deviceId")).toString());
        }
        QVERIFY(!hub.contains(id));
        QCOMPARE(hub.size(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->deviceId(row), hub.at(row));
        QSignalSpy loaded(model, &DeviceTableModel::pageLoaded);
        model->refreshRow(0);
        model->refreshRow(Small);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30'000);
        for (int row = 0; row < 3 * Small; ++row)
            QCOMPARE(model->deviceId(row), hub.at(row));

        model->setPageSize(DeviceTableModel::DefaultPageSize);
        model->setResidentPageLimit(DeviceTableModel::DefaultResidentPages);
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 30'000);
    }

    void filtersByPrefix()
    {
        const QString prefix = m_page->model()->deviceId(0).section(u'-', 0, 0) + u'-';
        m_page->findChild<QLineEdit *>(QStringLiteral("prefixFilter"))->setText(prefix);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("applyFilter")), Qt::LeftButton);
        QVERIFY(m_page->model()->query().contains(QStringLiteral("STARTSWITH(deviceId, '%1')").arg(prefix)));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->matchingCount() > 0, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, 30'000);
        for (int row = 0; row < std::min(50, m_page->model()->rowCount()); ++row)
            QVERIFY(m_page->model()->deviceId(row).startsWith(prefix));
        // A quote is refused with a message, and the listing stays.
        const QString query = m_page->model()->query();
        m_page->findChild<QLineEdit *>(QStringLiteral("prefixFilter"))->setText(QStringLiteral("it's"));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("applyFilter")), Qt::LeftButton);
        QCOMPARE(m_page->model()->query(), query);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("browserMessage"))->text().contains(QStringLiteral("quotes")));
    }
};

QTEST_MAIN(TestDeviceBrowserPage)
#include "tst_devicebrowserpage.moc"
