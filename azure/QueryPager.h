#pragma once

#include "AzureCall.h"
#include "AzureEndpoint.h"
#include "AzureRequest.h"
#include "WireJson.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace StampDeck::Azure {

class AzureTransport;

// One page of a query: the rows (twins, enrollments, registration states or projections such as
// {"n": 42}), the x-ms-item-type, and the token of the next page (empty on the last one).
struct QueryPage
{
    QJsonArray items;
    QString itemType;
    QString continuationToken;

    bool isLast() const { return continuationToken.isEmpty(); }

    // The rows as records (lenient parsing); nullopt and *error at the first row that does not fit.
    template<typename T>
    std::optional<QList<T>> as(QString *error = nullptr) const
    {
        QList<T> rows;
        rows.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString message;
            std::optional<T> row = items.at(i).isObject()
                ? T::fromJson(items.at(i).toObject(), &message, JsonParseMode::Lenient) : std::nullopt;
            if (!row) {
                if (error)
                    *error = QStringLiteral("row %1: %2").arg(i).arg(message.isEmpty() ? QStringLiteral("not an object") : message);
                return std::nullopt;
            }
            rows.append(std::move(*row));
        }
        return rows;
    }
};

// Pulls a query page by page with continuation tokens (x-ms-continuation), so a model can offer
// canFetchMore()/fetchMore() and fetch only what is shown. One page at a time: fetchNext() while a
// page is in flight fails with BadRequest. A failed page can be fetched again (the token is only
// advanced on success); the transport has already retried it where that made sense.
class QueryPager : public QObject
{
    Q_OBJECT
public:
    // prototype: method, path, body and operation class of the query request.
    QueryPager(AzureTransport *transport, const AzureEndpoint &endpoint, const AzureRequest &prototype,
               int pageSize, QObject *parent = nullptr);

    bool hasMore() const { return !m_started || !m_continuation.isEmpty(); }
    bool isFetching() const { return !m_inFlight.isNull(); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize) { m_pageSize = std::max(1, pageSize); }
    QString continuationToken() const { return m_continuation; }
    int pagesFetched() const { return m_pages; }
    qint64 itemsFetched() const { return m_items; }

    // The next page. The call is owned by the caller (see AzureCall).
    AzureResult<QueryPage> *fetchNext();
    // Starts over from the first page (cancels a page in flight).
    void restart();
    // Starts over from the page a saved continuation token names (empty: the first page), so a
    // model can read an evicted page again or a check can resume mid-query.
    void resumeFrom(const QString &continuationToken);

private:
    AzureTransport *m_transport;
    AzureEndpoint m_endpoint;
    AzureRequest m_prototype;
    int m_pageSize;
    QString m_continuation;
    bool m_started = false;
    int m_generation = 0; // bumped by restart(): a page fetched before it is not counted
    int m_pages = 0;
    qint64 m_items = 0;
    QPointer<AzureResult<QueryPage>> m_inFlight;
};

} // namespace StampDeck::Azure
