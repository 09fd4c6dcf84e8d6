// Tests of HubQueryRunner: paging a query over a real HubRegistry with continuation tokens,
// while devices come and go; TOP; aggregates; token validation.

#include "hub/HubQueryRunner.h"
#include "hub/HubRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

namespace {

const QByteArray Key = QByteArray(32, 'k').toBase64();

QString idOf(int i)
{
    return QStringLiteral("dev-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QJsonObject twinFor(int i)
{
    return QJsonObject{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("tenant"), i % 3 == 0 ? QStringLiteral("contoso")
                                                                                                  : QStringLiteral("fabrikam")}}}};
}

HubQuery parse(const char *text)
{
    QString error;
    std::optional<HubQuery> query = HubQuery::parse(QString::fromLatin1(text), &error);
    if (!query)
        qFatal("bad query: %s", qPrintable(error));
    return *query;
}

// Pages through the whole answer; the ids seen, in order.
QStringList drain(const HubRegistry &registry, const HubQuery &query, int pageSize, int *pages = nullptr,
                  const std::function<void(int page)> &betweenPages = {})
{
    QStringList ids;
    QByteArray token;
    int count = 0;
    do {
        QString error;
        const std::optional<HubQueryPage> page = HubQueryRunner::run(registry, query, token, pageSize, &error);
        if (!page)
            qFatal("query failed: %s", qPrintable(error));
        for (const QJsonValue &item : page->items)
            ids.append(item.toObject().value(QLatin1StringView("deviceId")).toString());
        token = page->continuation;
        ++count;
        if (betweenPages && !token.isEmpty())
            betweenPages(count);
    } while (!token.isEmpty() && count < 100000);
    if (pages)
        *pages = count;
    return ids;
}

} // namespace

class TestHubQueryRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pagesThroughAThousandDevices();
    void lastPageHasNoToken();
    void filteredPaging();
    void pagingSurvivesChurn();
    void topLimitsAcrossPages();
    void aggregatePaging();
    void projectionRows();
    void emptyCollections();
    void rejectsForeignOrDamagedTokens();
    void pageSizeBounds();

private:
    std::unique_ptr<HubRegistry> m_registry;
};

void TestHubQueryRunner::init()
{
    m_registry = std::make_unique<HubRegistry>();
    for (int i = 0; i < 1000; ++i)
        m_registry->assignDevice(idOf(i), Key, Key, twinFor(i), false);
    QCOMPARE(m_registry->deviceCount(), 1000);
}

void TestHubQueryRunner::pagesThroughAThousandDevices()
{
    int pages = 0;
    const QStringList ids = drain(*m_registry, parse("SELECT * FROM devices"), 100, &pages);
    QCOMPARE(pages, 10);
    QCOMPARE(ids.size(), 1000);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 1000);
    QCOMPARE(ids.first(), idOf(0));
    QCOMPARE(ids.last(), idOf(999));
}

void TestHubQueryRunner::lastPageHasNoToken()
{
    QString error;
    // Exactly one page worth: no token, so the SDK does not fetch an empty page.
    const auto page = HubQueryRunner::run(*m_registry, parse("SELECT * FROM devices"), {}, 1000, &error);
    QVERIFY(page);
    QCOMPARE(page->items.size(), 1000);
    QVERIFY(page->continuation.isEmpty());
    QCOMPARE(page->itemType, Azure::QueryResultType::Twin);
    const QJsonObject first = page->items.first().toObject();
    QCOMPARE(first.value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("tenant")).toString(), QStringLiteral("contoso"));
    QVERIFY(first.contains(QLatin1StringView("etag")));
}

void TestHubQueryRunner::filteredPaging()
{
    int pages = 0;
    const QStringList ids = drain(*m_registry, parse("SELECT * FROM devices WHERE tags.tenant = 'contoso'"), 100, &pages);
    QCOMPARE(ids.size(), 334); // 0, 3, 6, ..., 999
    QCOMPARE(pages, 4);
    for (const QString &id : ids)
        QCOMPARE(id.mid(4).toInt() % 3, 0);
}

void TestHubQueryRunner::pagingSurvivesChurn()
{
    // Between pages: delete devices both behind and ahead of the cursor and add new ones.
    QSet<QString> deleted;
    const QStringList ids = drain(*m_registry, parse("SELECT * FROM devices"), 100, nullptr, [&](int page) {
        const QString behind = idOf(page * 100 - 50);
        const QString ahead = idOf(page * 100 + 50);
        for (const QString &id : {behind, ahead}) {
            if (m_registry->contains(id)) {
                QVERIFY(!m_registry->deleteDevice(id, QStringLiteral("*")));
                deleted.insert(id);
            }
        }
        m_registry->assignDevice(QStringLiteral("late-%1").arg(page), Key, Key, {}, false);
    });
    // Each device present the whole time appears exactly once; none deleted ahead of the cursor appears.
    for (int i = 0; i < 1000; ++i) {
        const QString id = idOf(i);
        const int seen = int(ids.count(id));
        if (!deleted.contains(id))
            QVERIFY2(seen == 1, qPrintable(id));
        else
            QVERIFY2(seen <= 1, qPrintable(id));
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

void TestHubQueryRunner::topLimitsAcrossPages()
{
    int pages = 0;
    const QStringList ids = drain(*m_registry, parse("SELECT TOP 250 * FROM devices"), 100, &pages);
    QCOMPARE(ids.size(), 250);
    QCOMPARE(pages, 3);
    QCOMPARE(ids.last(), idOf(249));
}

void TestHubQueryRunner::aggregatePaging()
{
    QString error;
    const HubQuery count = parse("SELECT COUNT() AS n FROM devices WHERE tags.tenant = 'fabrikam'");
    const auto page = HubQueryRunner::run(*m_registry, count, {}, 10, &error);
    QVERIFY(page);
    const QJsonArray expectedCount{QJsonObject{{QStringLiteral("n"), 666}}};
    QCOMPARE(page->items, expectedCount);
    QCOMPARE(page->itemType, Azure::QueryResultType::Raw);
    QVERIFY(page->continuation.isEmpty());

    // 1000 groups, paged 400 at a time.
    const HubQuery groups = parse("SELECT deviceId, COUNT() AS n FROM devices GROUP BY deviceId");
    int pages = 0;
    const QStringList ids = drain(*m_registry, groups, 400, &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 1000);
}

void TestHubQueryRunner::projectionRows()
{
    QString error;
    const auto page = HubQueryRunner::run(*m_registry, parse("SELECT deviceId, tags.tenant AS tenant FROM devices WHERE deviceId = 'dev-0004'"),
                                          {}, 0, &error);
    QVERIFY(page);
    const QJsonArray expected{QJsonObject{{QStringLiteral("deviceId"), QStringLiteral("dev-0004")},
                                          {QStringLiteral("tenant"), QStringLiteral("fabrikam")}}};
    QCOMPARE(page->items, expected);
    QCOMPARE(page->itemType, Azure::QueryResultType::Raw);
}

void TestHubQueryRunner::emptyCollections()
{
    QString error;
    const auto modules = HubQueryRunner::run(*m_registry, parse("SELECT * FROM devices.modules"), {}, 10, &error);
    QVERIFY(modules);
    QVERIFY(modules->items.isEmpty());
    QVERIFY(modules->continuation.isEmpty());
}

void TestHubQueryRunner::rejectsForeignOrDamagedTokens()
{
    QString error;
    const auto first = HubQueryRunner::run(*m_registry, parse("SELECT * FROM devices"), {}, 10, &error);
    QVERIFY(first && !first->continuation.isEmpty());
    QVERIFY(!HubQueryRunner::run(*m_registry, parse("SELECT * FROM devices WHERE status = 'enabled'"), first->continuation, 10, &error));
    QCOMPARE(error, QStringLiteral("the continuation token is not valid for this query; start the query again without x-ms-continuation"));
    QVERIFY(!HubQueryRunner::run(*m_registry, parse("SELECT * FROM devices"), QByteArray("garbage!!"), 10, &error));
    QByteArray tampered = first->continuation;
    tampered[3] = tampered[3] == 'A' ? 'B' : 'A';
    QVERIFY(!HubQueryRunner::run(*m_registry, parse("SELECT * FROM devices"), tampered, 10, &error));
}

void TestHubQueryRunner::pageSizeBounds()
{
    for (int i = 1000; i < 10500; ++i)
        m_registry->assignDevice(idOf(i), Key, Key, {}, false);
    QString error;
    const auto defaulted = HubQueryRunner::run(*m_registry, parse("SELECT deviceId FROM devices"), {}, 0, &error);
    QCOMPARE(defaulted->items.size(), HubQueryRunner::DefaultPageSize);
    const auto capped = HubQueryRunner::run(*m_registry, parse("SELECT deviceId FROM devices"), {}, 50000, &error);
    QCOMPARE(capped->items.size(), HubQueryRunner::MaxPageSize);
    QVERIFY(!capped->continuation.isEmpty());
}

QTEST_GUILESS_MAIN(TestHubQueryRunner)
#include "tst_hubqueryrunner.moc"
