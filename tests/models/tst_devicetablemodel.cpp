#include "DeviceQueryFilter.h"
#include "DeviceTableModel.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The device table against the real emulator: scrolls a hub of ~10k devices end to end with a
// small window of pages in memory, reads evicted pages again from their tokens, and checks the
// server-side filters against COUNT() queries.
class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int PageSize = 500;
    static constexpr int ResidentPages = 3;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    std::unique_ptr<HubRegistryClient> m_hub;
    qint64 m_total = 0;
    int m_hubIndex = -1;
    QStringList m_disabled;
    QString m_tenant;

    qint64 countOf(const QString &query)
    {
        std::unique_ptr<QueryPager> pager(m_hub->queryDevices(query, 1));
        auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
        if (!page->isSuccess() || page->value().items.isEmpty())
            return -2;
        return qint64(page->value().items.first().toObject().value(QLatin1StringView("n")).toDouble());
    }

    // fetchMore until the hub has no more pages (the model tester also fetches on every insert,
    // as a view does). The ids of the rows as they arrive in *ids, the most pages ever held at once
    // in *maxResident.
    static bool scrollToEnd(DeviceTableModel &model, int *maxResident = nullptr, QStringList *ids = nullptr)
    {
        QObject context;
        connect(&model, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first, int last) {
            for (int row = first; ids && row <= last; ++row)
                ids->append(model.deviceId(row));
            if (maxResident)
                *maxResident = std::max(*maxResident, model.residentPageCount());
        });
        while (model.canFetchMore({}) || model.isFetching()) {
            model.fetchMore({});
            if (!QTest::qWaitFor([&] { return !model.isFetching(); }, 60'000))
                return false;
        }
        return model.errorString().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("20000"), QStringLiteral("--no-quotas"), QStringLiteral("--seed"), QStringLiteral("11")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, 1.0, false);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        // The hub with the most devices.
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i) {
            auto hub = std::make_unique<HubRegistryClient>(m_transport.get(), m_clients->hubEndpoint(i));
            auto stats = EmulatorClients::finish(hub->deviceStatistics(), 30'000);
            QVERIFY(stats->isSuccess());
            if (stats->value().totalDeviceCount > m_total) {
                m_total = stats->value().totalDeviceCount;
                m_hubIndex = i;
                m_hub = std::move(hub);
            }
        }
        QVERIFY2(m_total > 3 * PageSize, "the hub needs several pages");

        // Plant a few disabled devices for the status filter.
        std::unique_ptr<QueryPager> pager(m_hub->queryDevices(QStringLiteral("SELECT deviceId FROM devices"), 3));
        auto first = EmulatorClients::finish(pager->fetchNext(), 30'000);
        QVERIFY(first->isSuccess());
        for (const QJsonValue &row : first->value().items) {
            const QString id = row.toObject().value(QLatin1StringView("deviceId")).toString();
            auto device = EmulatorClients::finish(m_hub->getDevice(id), 30'000);
            QVERIFY(device->isSuccess());
            DeviceIdentity disabled = device->value();
            disabled.status = DeviceStatus::Disabled;
            auto updated = EmulatorClients::finish(m_hub->updateDevice(disabled, *disabled.etag), 30'000);
            QVERIFY2(updated->isSuccess(), qPrintable(updated->error().toString()));
            m_disabled.append(id);
        }
        m_tenant = m_disabled.first().section(u'-', 0, 0);
        QVERIFY(!m_tenant.isEmpty());
    }

    void cleanupTestCase()
    {
        m_hub.reset();
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void writesTheWhereClause()
    {
        DeviceQueryFilter filter;
        QCOMPARE(filter.query(QStringLiteral("*")).value(), QStringLiteral("SELECT * FROM devices"));
        filter.status = DeviceStatus::Disabled;
        filter.connectionState = ConnectionState::Connected;
        filter.tagName = QStringLiteral("location.region");
        filter.tagValue = QStringLiteral("west eu");
        filter.idPrefix = QStringLiteral("acme-");
        QCOMPARE(filter.whereClause().value(),
                 QStringLiteral("status = 'disabled' AND connectionState = 'Connected' AND tags.location.region = 'west eu'"
                                " AND STARTSWITH(deviceId, 'acme-')"));
        QCOMPARE(filter.countQuery().value(),
                 QStringLiteral("SELECT COUNT() AS n FROM devices WHERE ") + filter.whereClause().value());

        QString error;
        DeviceQueryFilter quoted;
        quoted.idPrefix = QStringLiteral("x' OR 1=1 OR deviceId='");
        QVERIFY(!quoted.whereClause(&error));
        QVERIFY(error.contains(QStringLiteral("quotes")));
        DeviceQueryFilter badTag;
        badTag.tagName = QStringLiteral("site = 'a' OR tags.site");
        QVERIFY(!badTag.whereClause(&error));
        badTag.tagName = QStringLiteral("site");
        badTag.tagValue = QStringLiteral("a\\'");
        QVERIFY(!badTag.whereClause(&error));
    }

    void scrollsTheWholeHubWithinTheWindow()
    {
        DeviceTableModel model(m_transport.get());
        model.setPageSize(PageSize);
        model.setResidentPageLimit(ResidentPages);
        model.setHub(m_hub.get());
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
        // Created after setHub: its fetchMore on creation comes after the id collector is connected.
        std::unique_ptr<QAbstractItemModelTester> tester;
        QTRY_COMPARE_WITH_TIMEOUT(model.matchingCount(), m_total, 30'000);

        int maxResident = 0;
        QStringList ids;
        QObject collect;
        connect(&model, &QAbstractItemModel::rowsInserted, &collect, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                ids.append(model.deviceId(row));
            maxResident = std::max(maxResident, model.residentPageCount());
        });
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(scrollToEnd(model), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), int(m_total));
        QCOMPARE(model.pageCount(), int((m_total + PageSize - 1) / PageSize));
        QVERIFY(maxResident <= ResidentPages);
        QCOMPARE(model.residentPageCount(), ResidentPages);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // no row twice
        QVERIFY(!ids.contains(QString()));

        // The second page was evicted long ago (the model tester keeps reading row 0, so the first
        // page stays in use): it shows placeholders and is read again from its token.
        const int second = PageSize;
        QCOMPARE(model.index(second, 0).data(DeviceTableModel::LoadedRole).toBool(), false);
        QCOMPARE(model.deviceId(second), QString());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loaded(&model, &DeviceTableModel::pageLoaded);
        QCOMPARE(model.index(second, 0).data().toString(), QString(QChar(0x2026)));
        QTRY_VERIFY_WITH_TIMEOUT(!model.deviceId(second).isEmpty(), 30'000);
        QVERIFY(loaded.contains(QVariantList{1}));
        bool announced = false;
        for (const QVariantList &signal : std::as_const(changed)) {
            announced = announced || (signal.at(0).toModelIndex().row() == second
                                      && signal.at(1).toModelIndex().row() == 2 * PageSize - 1);
        }
        QVERIFY(announced);
        for (int row = second; row < 2 * PageSize; ++row)
            QCOMPARE(model.index(row, DeviceTableModel::DeviceIdColumn).data().toString(), ids.at(row));
        QVERIFY(model.residentPageCount() <= ResidentPages);
        // A page in the middle, too.
        const int middle = (model.pageCount() / 2) * PageSize + 7;
        QVERIFY(model.deviceId(middle).isEmpty());
        model.index(middle, DeviceTableModel::StatusColumn).data();
        QTRY_COMPARE_WITH_TIMEOUT(model.deviceId(middle), ids.at(middle), 30'000);
        QVERIFY(model.residentPageCount() <= ResidentPages);
    }

    void filtersOnTheHub_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("disabled") << QStringLiteral("disabled");
        QTest::newRow("connected") << QStringLiteral("connected");
        QTest::newRow("prefix") << QStringLiteral("prefix");
        QTest::newRow("tag") << QStringLiteral("tag");
        QTest::newRow("prefix and disconnected") << QStringLiteral("prefix+disconnected");
    }

    void filtersOnTheHub()
    {
        QFETCH(QString, what);
        DeviceQueryFilter filter;
        if (what == QStringLiteral("disabled"))
            filter.status = DeviceStatus::Disabled;
        if (what == QStringLiteral("connected"))
            filter.connectionState = ConnectionState::Connected;
        if (what.startsWith(QStringLiteral("prefix")))
            filter.idPrefix = m_tenant + u'-';
        if (what.endsWith(QStringLiteral("disconnected")))
            filter.connectionState = ConnectionState::Disconnected;
        if (what == QStringLiteral("tag")) {
            filter.tagName = QStringLiteral("tenant");
            filter.tagValue = m_tenant;
        }
        const qint64 expected = countOf(filter.countQuery().value());
        QVERIFY(expected >= 0);
        QVERIFY(expected < m_total || what == QStringLiteral("connected"));

        DeviceTableModel model(m_transport.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(PageSize);
        model.setTagColumn(QStringLiteral("tenant"));
        QVERIFY(model.setFilter(filter));
        model.setHub(m_hub.get());
        QVERIFY2(scrollToEnd(model), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), int(expected));
        QTRY_COMPARE_WITH_TIMEOUT(model.matchingCount(), expected, 30'000);
        if (what == QStringLiteral("disabled")) {
            QCOMPARE(model.rowCount(), m_disabled.size());
            for (int row = 0; row < model.rowCount(); ++row) {
                QVERIFY(m_disabled.contains(model.deviceId(row)));
                QCOMPARE(model.index(row, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
            }
        }
        // The last page is in memory: every row on it matches.
        for (int row = std::max(0, model.rowCount() - 50); row < model.rowCount(); ++row) {
            if (!filter.idPrefix.isEmpty())
                QVERIFY(model.deviceId(row).startsWith(filter.idPrefix));
            if (what == QStringLiteral("tag"))
                QCOMPARE(model.index(row, DeviceTableModel::TagColumn).data().toString(), m_tenant);
            if (filter.connectionState == ConnectionState::Connected)
                QCOMPARE(model.index(row, DeviceTableModel::ConnectionColumn).data().toString(), QStringLiteral("Connected"));
        }
    }

    void refusesAFilterThatWouldBreakTheQuery()
    {
        DeviceTableModel model(m_transport.get());
        model.setHub(m_hub.get());
        const QString before = model.query();
        QSignalSpy errors(&model, &DeviceTableModel::errorOccurred);
        DeviceQueryFilter filter;
        filter.idPrefix = QStringLiteral("it's");
        QVERIFY(!model.setFilter(filter));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.query(), before);
        QVERIFY(!model.setTagColumn(QStringLiteral("a b")));
        QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("ORDER BY")));
    }

    void stopsAtAFailedPageUntilReload()
    {
        DeviceTableModel model(m_transport.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(PageSize);
        // The hub answers every request with an error (one attempt each, to be quick).
        QString error;
        QVERIFY2(m_clients->setFaults(m_clients->hubName(m_hubIndex), QJsonObject{{QStringLiteral("errorRate"), 1}}, &error),
                 qPrintable(error));
        const RetryPolicy normal = m_transport->retryPolicy();
        RetryPolicy once;
        once.maxAttempts = 1;
        m_transport->setRetryPolicy(once);
        QSignalSpy errors(&model, &DeviceTableModel::errorOccurred);
        model.setHub(m_hub.get());
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching() && errors.size() >= 1, 30'000);
        m_transport->setRetryPolicy(normal);
        QVERIFY(m_clients->clearFaults(m_clients->hubName(m_hubIndex)));
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // sticky: the view does not ask again by itself
        model.reload();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= PageSize, 30'000);
        QVERIFY(model.errorString().isEmpty());
    }

    // Last but one: it deletes devices of the hub, which the counts above rely on. The model tester
    // fetches on every insert, as a view does, so the whole hub is listed (all pages in memory).
    void deleteKeepsThePageBoundary()
    {
        DeviceTableModel model(m_transport.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(PageSize);
        model.setResidentPageLimit(int(m_total / PageSize) + 2);
        model.setHub(m_hub.get());
        QVERIFY2(scrollToEnd(model), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), int(m_total));
        QCOMPARE(model.residentPageCount(), model.pageCount());
        QTRY_COMPARE_WITH_TIMEOUT(model.matchingCount(), m_total, 30'000);
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.deviceId(row));

        // The last row of the first page, one in the middle of the second, the first of the third.
        const QStringList gone{ids.at(PageSize - 1), ids.at(PageSize + 5), ids.at(2 * PageSize)};
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (const QString &id : gone) {
            auto call = EmulatorClients::finish(m_hub->deleteDevice(id), 30'000);
            QVERIFY2(call->isSuccess(), qPrintable(call->error().toString()));
            const int row = model.rowOf(id);
            QCOMPARE(row, int(ids.indexOf(id)));
            QVERIFY(model.removeDevice(id));
            QCOMPARE(removed.last().at(1).toInt(), row);
            QCOMPARE(removed.last().at(2).toInt(), row);
            ids.removeOne(id);
        }
        m_total -= gone.size();
        QVERIFY(!model.removeDevice(gone.first())); // not listed any more
        QCOMPARE(removed.size(), gone.size());
        QCOMPARE(model.rowCount(), int(m_total));
        QCOMPARE(model.matchingCount(), m_total);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.deviceId(row), ids.at(row));

        // The hub's own order, read apart from the model, is what the table must show.
        QStringList hub;
        std::unique_ptr<QueryPager> pager(m_hub->queryDevices(QStringLiteral("SELECT deviceId FROM devices"), 1000));
        while (pager->hasMore()) {
            auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
            QVERIFY(page->isSuccess());
            for (const QJsonValue &item : page->value().items)
                hub.append(item.toObject().value(QLatin1StringView("deviceId")).toString());
        }
        QCOMPARE(ids, hub);

        // Each page read again from its token holds exactly its devices: the first page does not
        // end with the second's first device, the second not with the third's, and the third,
        // whose token pointed at the deleted device, starts with the one after it.
        QSignalSpy loaded(&model, &DeviceTableModel::pageLoaded);
        for (int page : {0, 1, 2})
            model.refreshRow(page * PageSize);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30'000);
        QCOMPARE(model.residentPageCount(), model.pageCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.deviceId(row), hub.at(row));
        QCOMPARE(QSet<QString>(hub.begin(), hub.end()).size(), hub.size());
    }

    void changeUpdatesTheRowInPlace()
    {
        DeviceTableModel model(m_transport.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHub(m_hub.get()); // default pages: the whole hub stays in memory
        QVERIFY2(scrollToEnd(model), qPrintable(model.errorString()));
        QCOMPARE(model.residentPageCount(), model.pageCount());
        const int row = 10;
        const QString id = model.deviceId(row);
        QCOMPARE(model.index(row, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Enabled"));
        auto device = EmulatorClients::finish(m_hub->getDevice(id), 30'000);
        QVERIFY(device->isSuccess());
        DeviceIdentity disabled = device->value();
        disabled.status = DeviceStatus::Disabled;
        auto updated = EmulatorClients::finish(m_hub->updateDevice(disabled, *disabled.etag), 30'000);
        QVERIFY2(updated->isSuccess(), qPrintable(updated->error().toString()));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy loaded(&model, &DeviceTableModel::pageLoaded);
        QVERIFY(model.updateDevice(updated->value()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
        QCOMPARE(model.index(row, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(model.deviceId(row), id);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(loaded.size(), 0); // nothing read again

        // Enabled again, as it was.
        DeviceIdentity enabled = updated->value();
        enabled.status = DeviceStatus::Enabled;
        auto back = EmulatorClients::finish(m_hub->updateDevice(enabled, *enabled.etag), 30'000);
        QVERIFY(back->isSuccess());
        QVERIFY(model.updateDevice(back->value()));
        QCOMPARE(model.index(row, DeviceTableModel::StatusColumn).data().toString(), QStringLiteral("Enabled"));
        DeviceIdentity stranger = back->value();
        stranger.deviceId = QStringLiteral("not-listed-here");
        QVERIFY(!model.updateDevice(stranger));
    }
};

QTEST_GUILESS_MAIN(TestDeviceTableModel)
#include "tst_devicetablemodel.moc"
