#include "BatchLookup.h"
#include "BatchLookupModel.h"
#include "BatchLookupPage.h"
#include "DeviceLocator.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"
#include "FileDialogPick.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The batch lookup page on the emulator's demo fleet, offscreen, driven through its buttons: a
// pasted list (devices of every stamp, an unknown ID, a repeat, blank lines) runs to the end with
// progress, every row names the stamp the emulator has the device on, the unknown one says "not
// found anywhere", the CSV written through the page's Export button matches the table; a list
// opened through the page's Open button; Stop halts a run and nothing more is asked; and the GUI
// thread keeps turning while the lookups run.
class TestBatchLookupPage : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;
    static constexpr int PerHub = 6;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    std::unique_ptr<DeviceLocator> m_locator;
    std::unique_ptr<BatchLookupPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
    QStringList m_known;             // device IDs of every hub, PerHub each
    QHash<QString, QString> m_stampOf; // device ID -> the stamp's name as the table shows it

    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1StringView(name)); }
    QProgressBar *progress() const { return m_page->findChild<QProgressBar *>(QStringLiteral("batchProgress")); }

    bool chooseFile(const char *buttonName, const QString &path)
    {
        return FileDialogPick::choose(m_page.get(), button(buttonName), path);
    }

    static QString stampLabel(const Stamp *stamp) { return stamp->name.isEmpty() ? stamp->id : stamp->name; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("2000"), QStringLiteral("--time-scale"), QString::number(TimeScale), QStringLiteral("--seed"),
            QStringLiteral("3")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);

        // Where the emulator has its devices, asked of each hub apart from the page.
        for (int hub = 0; hub < m_emulator->endpoints().hubs.size(); ++hub) {
            HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
            std::unique_ptr<QueryPager> pager(client.queryDevices(QStringLiteral("SELECT deviceId FROM devices"), PerHub));
            auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
            QVERIFY2(page->isSuccess(), qPrintable(page->error().toString()));
            const Stamp *stamp = m_workspace.stampForHub(m_emulator->endpoints().hubs.at(hub).hostName);
            QVERIFY(stamp);
            for (const QJsonValue &item : page->value().items) {
                const QString id = item.toObject().value(QLatin1StringView("deviceId")).toString();
                m_known.append(id);
                m_stampOf.insert(id, stampLabel(stamp));
            }
        }
        QCOMPARE(m_known.size(), PerHub * int(m_emulator->endpoints().hubs.size()));

        m_locator = std::make_unique<DeviceLocator>(m_transport.get(), nullptr);
        m_locator->setWorkspace(m_workspace);
        m_clients->setEndpointsOn(m_locator.get());

        m_page = std::make_unique<BatchLookupPage>(m_locator.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_locator.reset();
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void looksUpAPastedListWithoutBlocking()
    {
        // Devices of every stamp, one unknown, one repeat, blank lines and a header.
        const QString unknown = QStringLiteral("nobody-knows-this-device");
        QString text = QStringLiteral("deviceId\n\n");
        QStringList expected; // the rows, in the list's order
        for (int i = 0; i < m_known.size(); ++i) {
            text += m_known.at(i) + u'\n';
            expected.append(m_known.at(i));
            if (i == 3) {
                text += QStringLiteral("\n   \n") + unknown + u'\n';
                expected.append(unknown);
            }
        }
        text += m_known.at(1) + QStringLiteral("\n\n"); // a repeat: asked once
        m_page->input()->setPlainText(text);

        // The GUI thread keeps turning: a 10 ms timer never waits long while the lookups run.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });

        QSignalSpy finished(m_page->batch(), &BatchLookup::finished);
        QElapsedTimer click;
        click.start();
        QTest::mouseClick(button("batchStartButton"), Qt::LeftButton);
        const qint64 clickMs = click.elapsed();
        // The click returned at once with the lookups under way: the page does not wait for them.
        QVERIFY(m_page->batch()->isRunning());
        QVERIFY2(clickMs < 1000, qPrintable(QString::number(clickMs)));
        QCOMPARE(m_page->results()->rowCount(), int(expected.size()));
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(m_page->results()->id(row), expected.at(row));
        QVERIFY(!button("batchStartButton")->isEnabled());
        QVERIFY(button("batchStopButton")->isEnabled());
        QVERIFY(!button("batchExportButton")->isEnabled());
        sinceTick.start();
        ticker.start();

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120'000);
        ticker.stop();
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        qInfo("longest stall of the GUI thread during the batch: %lld ms", longestGap);

        // Progress reached the end, and the buttons are back.
        QCOMPARE(progress()->maximum(), int(expected.size()));
        QCOMPARE(progress()->value(), int(expected.size()));
        QVERIFY2(m_page->statusText().contains(QString::number(expected.size())), qPrintable(m_page->statusText()));
        QVERIFY(button("batchStartButton")->isEnabled());
        QVERIFY(!button("batchStopButton")->isEnabled());
        QVERIFY(button("batchExportButton")->isEnabled());

        // Every row names the stamp the emulator has the device on; the unknown one is not found.
        const BatchLookupModel *model = m_page->results();
        QCOMPARE(model->answeredCount(), int(expected.size()));
        QCOMPARE(model->foundCount(), int(m_known.size()));
        for (int row = 0; row < expected.size(); ++row) {
            const QString id = expected.at(row);
            const QString stamp = model->index(row, BatchLookupModel::StampColumn).data().toString();
            const QString resolution = model->index(row, BatchLookupModel::ResolutionColumn).data().toString();
            if (id == unknown) {
                QVERIFY(stamp.isEmpty());
                QCOMPARE(resolution, QStringLiteral("not found anywhere"));
                QVERIFY(!model->answer(row).found);
            } else {
                QCOMPARE(stamp, m_stampOf.value(id));
                QCOMPARE(model->index(row, BatchLookupModel::DeviceIdColumn).data().toString(), id);
                QVERIFY(model->answer(row).found);
            }
        }

        // Export through the page's button and its file dialog.
        const QString path = m_dir.filePath(QStringLiteral("answers.csv"));
        QVERIFY(chooseFile("batchExportButton", path));
        QTRY_VERIFY(m_page->statusText().contains(QStringLiteral("Exported")));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.takeLast(), QByteArray()); // the empty tail after the last CRLF
        QCOMPARE(lines.size(), expected.size() + 1);
        QVERIFY(lines.first().startsWith("ID,Stamp,IoT hub"));
        for (int row = 0; row < expected.size(); ++row) {
            const QList<QByteArray> fields = lines.at(row + 1).trimmed().split(',');
            QCOMPARE(QString::fromUtf8(fields.at(BatchLookupModel::IdColumn)), expected.at(row));
            QCOMPARE(QString::fromUtf8(fields.at(BatchLookupModel::StampColumn)),
                     model->index(row, BatchLookupModel::StampColumn).data().toString());
            QCOMPARE(QString::fromUtf8(fields.at(BatchLookupModel::HubColumn)),
                     model->index(row, BatchLookupModel::HubColumn).data().toString());
        }
        QVERIFY(lines.at(int(expected.indexOf(unknown)) + 1).contains("not found anywhere"));
    }

    void opensAListFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ids.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1\r\n%2;%3\r\n\r\n").arg(m_known.at(0), m_known.at(7), m_known.at(13)).toUtf8());
        file.close();
        m_page->input()->clear();
        QVERIFY(chooseFile("batchOpenButton", path));
        QTRY_COMPARE(BatchLookup::parseIds(m_page->input()->toPlainText()),
                     (QStringList{m_known.at(0), m_known.at(7), m_known.at(13)}));
        QVERIFY(!m_page->batch()->isRunning()); // opening only fills the list

        // An empty list says so instead of starting.
        m_page->input()->setPlainText(QStringLiteral(" \n ,; "));
        QTest::mouseClick(button("batchStartButton"), Qt::LeftButton);
        QVERIFY(!m_page->batch()->isRunning());
        QVERIFY(m_page->statusText().contains(QStringLiteral("No IDs")));
    }

    void stopHaltsTheRun()
    {
        // Many unknown IDs (each asks every DPS and hub), one at a time: slow enough to stop midway.
        QStringList ids = m_known;
        for (int i = 0; i < 40; ++i)
            ids.append(QStringLiteral("unknown-%1").arg(i));
        m_page->batch()->setMaxInFlight(1);
        m_page->input()->setPlainText(ids.join(u'\n'));
        QSignalSpy finished(m_page->batch(), &BatchLookup::finished);
        QTest::mouseClick(button("batchStartButton"), Qt::LeftButton);
        QVERIFY(m_page->batch()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->batch()->done() >= 2, 60'000);
        QVERIFY(m_transport->inFlight() > 0 || m_page->batch()->isRunning());

        QTest::mouseClick(button("batchStopButton"), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!m_page->batch()->isRunning());
        const int answered = m_page->results()->answeredCount();
        QVERIFY(answered < ids.size());
        QVERIFY(progress()->value() < progress()->maximum());
        QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Stopped after")), qPrintable(m_page->statusText()));
        QVERIFY(button("batchStartButton")->isEnabled());
        QVERIFY(!button("batchStopButton")->isEnabled());

        // The requests of the lookup in flight went with it, and nothing more is asked.
        QCOMPARE(m_transport->inFlight(), 0);
        int started = 0;
        QObject context;
        connect(m_transport.get(), &AzureTransport::inFlightChanged, &context, [&](int inFlight) {
            if (inFlight > 0)
                ++started;
        });
        QTest::qWait(500); // an observation window, not a synchronisation
        QCOMPARE(started, 0);
        QCOMPARE(m_page->results()->answeredCount(), answered);
        m_page->batch()->setMaxInFlight(BatchLookup::DefaultMaxInFlight);
    }
};

QTEST_MAIN(TestBatchLookupPage)
#include "tst_batchlookuppage.moc"
