#include "HubQueryRunner.h"

#include "HubQueryAggregation.h"
#include "HubRegistry.h"

#include <QDataStream>
#include <QIODevice>

namespace StampDeck::Emulator {

namespace {
constexpr quint8 TokenVersion = 1;
} // namespace

QByteArray HubQueryRunner::encode(const HubQuery &query, const Cursor &cursor)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out << TokenVersion << query.fingerprint() << cursor.position << cursor.emitted;
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<HubQueryRunner::Cursor> HubQueryRunner::decode(const HubQuery &query, const QByteArray &token, QString *error)
{
    const auto invalid = [&]() -> std::optional<Cursor> {
        if (error)
            *error = QStringLiteral("the continuation token is not valid for this query; start the query again without x-ms-continuation");
        return std::nullopt;
    };
    const auto decoded = QByteArray::fromBase64Encoding(token.trimmed(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid();
    QDataStream in(decoded.decoded);
    quint8 version = 0;
    quint32 fingerprint = 0;
    Cursor cursor;
    in >> version >> fingerprint >> cursor.position >> cursor.emitted;
    if (in.status() != QDataStream::Ok || !in.atEnd() || version != TokenVersion || fingerprint != query.fingerprint()
        || cursor.position < 0 || cursor.emitted < 0)
        return invalid();
    return cursor;
}

std::optional<HubQueryPage> HubQueryRunner::run(const HubRegistry &registry, const HubQuery &query,
                                                const QByteArray &continuation, int pageSize, QString *error)
{
    Cursor cursor;
    if (!continuation.isEmpty()) {
        const std::optional<Cursor> decoded = decode(query, continuation, error);
        if (!decoded)
            return std::nullopt;
        cursor = *decoded;
    }
    if (pageSize <= 0)
        pageSize = DefaultPageSize;
    pageSize = qMin(pageSize, MaxPageSize);
    qint64 limit = pageSize;
    if (query.top())
        limit = qMin(limit, qMax<qint64>(0, *query.top() - cursor.emitted));

    HubQueryPage page;
    page.itemType = query.resultType();
    // The emulator keeps no module identities and runs no jobs: those collections are empty.
    if (query.collection() != HubQuery::Collection::Devices || limit == 0)
        return page;

    if (query.isAggregate()) {
        HubQueryAggregation aggregation(query);
        registry.forEach(0, [&](int, const HubQueryRow &row) {
            if (query.matches(row))
                aggregation.add(row);
            return true;
        });
        const QJsonArray rows = aggregation.rows();
        qint64 total = rows.size();
        if (query.top())
            total = qMin(total, *query.top());
        const qint64 end = qMin(total, cursor.position + limit);
        for (qint64 i = cursor.position; i < end; ++i)
            page.items.append(rows.at(i));
        if (end < total)
            page.continuation = encode(query, {end, cursor.emitted + (end - cursor.position)});
        return page;
    }

    // Scan: fill the page, then look ahead for the next match so that a token is only handed out
    // when there is more to read (the SDKs would otherwise fetch one empty page at the end).
    qint64 nextSlot = -1;
    registry.forEach(int(cursor.position), [&](int slot, const HubQueryRow &row) {
        if (!query.matches(row))
            return true;
        if (page.items.size() < limit) {
            page.items.append(query.project(row));
            return true;
        }
        nextSlot = slot;
        return false;
    });
    const qint64 emitted = cursor.emitted + page.items.size();
    const bool topReached = query.top() && emitted >= *query.top();
    if (nextSlot >= 0 && !topReached)
        page.continuation = encode(query, {nextSlot, emitted});
    return page;
}

} // namespace StampDeck::Emulator
