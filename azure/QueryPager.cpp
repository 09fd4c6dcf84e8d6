#include "QueryPager.h"

#include "AzureTransport.h"
#include "CallChain.h"

namespace StampDeck::Azure {

QueryPager::QueryPager(AzureTransport *transport, const AzureEndpoint &endpoint, const AzureRequest &prototype,
                       int pageSize, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(endpoint)
    , m_prototype(prototype)
    , m_pageSize(std::max(1, pageSize))
{
}

AzureResult<QueryPage> *QueryPager::fetchNext()
{
    if (isFetching() || !hasMore()) {
        auto *refused = new AzureResult<QueryPage>();
        refused->failLater(AzureError(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("PagerBusy"),
                                      isFetching() ? QStringLiteral("a page is already being fetched")
                                                   : QStringLiteral("the query has no more pages")));
        return refused;
    }
    AzureRequest request = m_prototype;
    request.headers.append({QByteArrayLiteral("x-ms-max-item-count"), QByteArray::number(m_pageSize)});
    if (!m_continuation.isEmpty())
        request.headers.append({QByteArrayLiteral("x-ms-continuation"), m_continuation.toUtf8()});

    const int generation = m_generation;
    QPointer<QueryPager> self(this);
    auto *call = CallChain::chain<QueryPage>(
        m_transport->send(m_endpoint, request),
        [self, generation](const AzureResponse &response, AzureError *error) -> std::optional<QueryPage> {
            const QJsonDocument document = response.json();
            if (!document.isArray()) {
                *error = AzureError::invalidResponse(QStringLiteral("a query answer must be a JSON array"));
                return std::nullopt;
            }
            QueryPage page;
            page.items = document.array();
            page.itemType = QString::fromUtf8(response.header("x-ms-item-type"));
            page.continuationToken = QString::fromUtf8(response.header("x-ms-continuation"));
            // Advance only on success, and only if nobody restarted the pager meanwhile.
            if (self && self->m_generation == generation) {
                self->m_started = true;
                self->m_continuation = page.continuationToken;
                ++self->m_pages;
                self->m_items += page.items.size();
            }
            return page;
        });
    m_inFlight = call;
    return call;
}

void QueryPager::resumeFrom(const QString &continuationToken)
{
    restart();
    m_continuation = continuationToken;
    m_started = !continuationToken.isEmpty();
}

void QueryPager::restart()
{
    if (m_inFlight)
        m_inFlight->cancel();
    m_inFlight = nullptr;
    ++m_generation;
    m_continuation.clear();
    m_started = false;
    m_pages = 0;
    m_items = 0;
}

} // namespace StampDeck::Azure
