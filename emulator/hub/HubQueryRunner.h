#pragma once

#include "HubQuery.h"

#include <WireEnums.h>

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

class HubRegistry;

// One page of a query answer: the rows, the continuation token for the next page (empty on the
// last page: the service then sends no x-ms-continuation header at all, which is how the SDKs
// know they are done), and the x-ms-item-type.
struct HubQueryPage
{
    QJsonArray items;
    QByteArray continuation;
    Azure::QueryResultType itemType = Azure::QueryResultType::Twin;
};

// Runs a hub query one page at a time. SELECT * and projections walk the registry in its stable
// slot order and the token remembers the slot to go on from, so devices added or removed between
// pages do not make others repeat or vanish. Aggregates are computed whole and paged by row.
// Tokens are opaque to clients and tied to the query text; one that does not belong is refused.
class HubQueryRunner
{
public:
    // Without x-ms-max-item-count the Node SDK documents a default of 1000 and a maximum of 10000
    // (azure-iothub registry.createQuery); larger requests are served 10000 at a time.
    static constexpr int DefaultPageSize = 1000;
    static constexpr int MaxPageSize = 10000;

    static std::optional<HubQueryPage> run(const HubRegistry &registry, const HubQuery &query,
                                           const QByteArray &continuation, int pageSize, QString *error);

private:
    struct Cursor
    {
        qint64 position = 0; // slot (scans) or row (aggregates)
        qint64 emitted = 0;  // rows returned so far, for TOP
    };
    static QByteArray encode(const HubQuery &query, const Cursor &cursor);
    static std::optional<Cursor> decode(const HubQuery &query, const QByteArray &token, QString *error);
};

} // namespace StampDeck::Emulator
