#include "BatchLookup.h"
#include "BatchLookupModel.h"
#include "DeviceLocator.h"
#include "DeviceLookupCache.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// A batch of 500 IDs (devices of every stamp and a few unknown ones) against the emulator: every
// row answered with its stamp, progress to the end, at most the set number in flight, CSV export
// and cancel.
class TestBatchLookup : public QObject
{
    Q_OBJECT

    static constexpr double TimeScale = 60;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    QTemporaryDir m_dir;
    QStringList m_known; // device IDs with the hub index they live on
    QHash<QString, int> m_hubOf;

    void configure(DeviceLocator &locator)
    {
        locator.setWorkspace(m_workspace);
        m_clients->setEndpointsOn(&locator);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("20000"), QStringLiteral("--time-scale"), QString::number(TimeScale)});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        for (int hub = 0; hub < m_emulator->endpoints().hubs.size(); ++hub) {
            HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
            std::unique_ptr<QueryPager> pager(client.queryDevices(QStringLiteral("SELECT * FROM devices"), 124));
            auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
            QVERIFY2(page->isSuccess(), qPrintable(page->error().toString()));
            for (const QJsonValue &item : page->value().items) {
                const QString id = item.toObject().value(QLatin1StringView("deviceId")).toString();
                m_known.append(id);
                m_hubOf.insert(id, hub);
            }
        }
        QCOMPARE(m_known.size(), 496);
    }

    void parsesPastedLists()
    {
        QCOMPARE(BatchLookup::parseIds(QStringLiteral("deviceId\r\na-1\r\n\"b-2\", c-3;a-1\n\n  d-4 ")),
                 (QStringList{QStringLiteral("a-1"), QStringLiteral("b-2"), QStringLiteral("c-3"), QStringLiteral("d-4")}));
        QVERIFY(BatchLookup::parseIds(QStringLiteral(" \n ,")).isEmpty());
    }

    void looksUpFiveHundredIds()
    {
        DeviceLookupCache cache(m_dir.filePath(QStringLiteral("batch.sqlite")));
        DeviceLocator locator(m_transport.get(), &cache);
        configure(locator);
        BatchLookupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BatchLookup batch(&locator, &model);
        batch.setMaxInFlight(16);
        QStringList ids = m_known;
        for (int i = 0; i < 4; ++i)
            ids.append(QStringLiteral("unknown-device-%1").arg(i));
        QCOMPARE(ids.size(), 500);

        int maxInFlight = 0;
        connect(m_transport.get(), &AzureTransport::inFlightChanged, this, [&](int n) { maxInFlight = qMax(maxInFlight, n); });
        QSignalSpy progressed(&batch, &BatchLookup::progressed);
        QSignalSpy finished(&batch, &BatchLookup::finished);
        batch.start(ids);
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(batch.isRunning());
        QVERIFY(finished.wait(240'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(progressed.last().at(0).toInt(), 500);
        QCOMPARE(progressed.last().at(1).toInt(), 500);
        QCOMPARE(model.answeredCount(), 500);
        QCOMPARE(model.foundCount(), 496);
        // 16 lookups, each at most one request per hub and DPS instance at a time.
        QVERIFY2(maxInFlight <= 16 * 8, qPrintable(QString::number(maxInFlight)));

        for (int row = 0; row < 496; row += 37) {
            const DeviceLookupAnswer answer = model.answer(row);
            const QString hub = m_emulator->endpoints().hubs.at(m_hubOf.value(ids.at(row))).hostName;
            QCOMPARE(answer.hubHost.toLower(), hub.toLower());
            QCOMPARE(model.data(model.index(row, BatchLookupModel::StampColumn)).toString(),
                     m_workspace.stampForHub(hub)->name.isEmpty() ? m_workspace.stampForHub(hub)->id : m_workspace.stampForHub(hub)->name);
            QVERIFY(model.data(model.index(row, 0), BatchLookupModel::AnswerRole).canConvert<DeviceLookupAnswer>());
        }
        QVERIFY(!model.answer(499).found);
        QVERIFY(!model.data(model.index(499, BatchLookupModel::ResolutionColumn)).toString().isEmpty());
        // The demo fleet enrolls through groups: each row names its group.
        QVERIFY2(model.data(model.index(0, BatchLookupModel::EnrollmentColumn)).toString().startsWith(QStringLiteral("group ")),
                 qPrintable(model.data(model.index(0, BatchLookupModel::EnrollmentColumn)).toString()));

        const QString path = m_dir.filePath(QStringLiteral("batch.csv"));
        QString error;
        QVERIFY2(model.writeCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 502); // header, 500 rows, the empty tail after the last CRLF
        QVERIFY(lines.first().startsWith("ID,Stamp,IoT hub"));
        QVERIFY(lines.at(1).startsWith(QByteArray(ids.first().toUtf8() + ',')));
        QVERIFY(lines.at(1).contains(m_emulator->endpoints().hubs.at(m_hubOf.value(ids.first())).hostName.toUtf8()));

        // Every found device is cached: a second run is served by cache hits.
        QCOMPARE(cache.size(), 496);
    }

    void cancelStopsTheRest()
    {
        DeviceLocator locator(m_transport.get(), nullptr);
        configure(locator);
        BatchLookupModel model;
        BatchLookup batch(&locator, &model);
        batch.setMaxInFlight(2);
        QSignalSpy finished(&batch, &BatchLookup::finished);
        batch.start(m_known);
        QTRY_VERIFY(batch.done() >= 1);
        batch.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!batch.isRunning());
        const int answered = model.answeredCount();
        QVERIFY(answered < m_known.size());
        QTest::qWait(200); // nothing arrives after a cancel
        QCOMPARE(model.answeredCount(), answered);
    }
};

QTEST_GUILESS_MAIN(TestBatchLookup)
#include "tst_batchlookup.moc"
