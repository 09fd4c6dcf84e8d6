#include "DeviceTableModel.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"

#include <QJsonObject>

#include <algorithm>

namespace StampDeck {

using namespace Azure;

namespace {

const QString Placeholder = QString(QChar(0x2026)); // "…"

} // namespace

DeviceTableModel::DeviceTableModel(AzureTransport *transport, QObject *parent)
    : QAbstractTableModel(parent)
    , m_transport(transport)
{
}

DeviceTableModel::~DeviceTableModel()
{
    // Deleting an unfinished call cancels its request without emitting.
    delete m_forward.data();
    delete m_count.data();
    for (const auto &call : std::as_const(m_refetching))
        delete call.data();
}

void DeviceTableModel::setHub(HubRegistryClient *hub)
{
    m_hub = hub;
    startOver();
}

bool DeviceTableModel::setFilter(const DeviceQueryFilter &filter)
{
    QString error;
    if (!filter.whereClause(&error)) {
        reportError(error);
        return false;
    }
    m_filter = filter;
    startOver();
    return true;
}

bool DeviceTableModel::setTagColumn(const QString &tagName)
{
    if (!tagName.isEmpty() && !DeviceQueryFilter::isValidTagName(tagName)) {
        reportError(tr("The tag name \"%1\" can hold letters, digits and _, with dots between names (location.region).")
                        .arg(tagName));
        return false;
    }
    m_tagColumn = tagName;
    Q_EMIT headerDataChanged(Qt::Horizontal, TagColumn, TagColumn);
    startOver();
    return true;
}

void DeviceTableModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 10'000);
}

void DeviceTableModel::setResidentPageLimit(int pages)
{
    m_residentLimit = std::max(2, pages);
    evictBeyondLimit(-1);
}

void DeviceTableModel::reload()
{
    startOver();
}

void DeviceTableModel::rebuildQuery()
{
    QString projection = QStringLiteral("deviceId, status, connectionState, lastActivityTime, cloudToDeviceMessageCount, "
                                        "authenticationType");
    if (!m_tagColumn.isEmpty())
        projection += QStringLiteral(", tags.%1 AS tagValue").arg(m_tagColumn);
    m_query = m_hub ? m_filter.query(projection).value_or(QString()) : QString();
    m_countQuery = m_hub ? m_filter.countQuery().value_or(QString()) : QString();
}

void DeviceTableModel::startOver()
{
    beginResetModel();
    ++m_generation;
    delete m_forward.data();
    delete m_count.data();
    for (const auto &call : std::as_const(m_refetching))
        delete call.data();
    m_refetching.clear();
    m_refetchQueue.clear();
    m_pages.clear();
    m_rowCount = 0;
    m_nextToken.clear();
    m_atEnd = false;
    m_error.clear();
    rebuildQuery();
    endResetModel();
    if (m_matchingCount != -1) {
        m_matchingCount = -1;
        Q_EMIT matchingCountChanged(-1);
    }
    countMatches();
}

AzureResult<QueryPage> *DeviceTableModel::fetch(const QString &query, const QString &token, int pageSize)
{
    // A page read again starts from its saved token.
    QueryPager *pager = m_hub->queryDevices(query, pageSize);
    pager->resumeFrom(token);
    AzureResult<QueryPage> *call = pager->fetchNext();
    pager->setParent(call); // one page per pager: it lives as long as its call
    return call;
}

void DeviceTableModel::countMatches()
{
    if (!m_hub || m_countQuery.isEmpty())
        return;
    auto *call = fetch(m_countQuery, {}, 1);
    m_count = call;
    const int generation = m_generation;
    connect(call, &AzureCall::finished, this, [this, call, generation] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        m_count = nullptr;
        if (!call->isSuccess()) {
            // Not sticky: the rows can still be read without the total.
            Q_EMIT errorOccurred(tr("Could not count the devices: %1").arg(call->error().message()));
            return;
        }
        const QJsonArray items = call->value().items;
        m_matchingCount = items.isEmpty() ? 0 : qint64(items.first().toObject().value(QLatin1StringView("n")).toDouble());
        Q_EMIT matchingCountChanged(m_matchingCount);
    });
}

bool DeviceTableModel::canFetchMore(const QModelIndex &parent) const
{
    // A failed page stays failed until reload(): the view would otherwise ask again at once.
    return !parent.isValid() && m_hub && !m_query.isEmpty() && !m_atEnd && m_error.isEmpty();
}

void DeviceTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_forward)
        return;
    const QString token = m_nextToken;
    auto *call = fetch(m_query, token, m_pageSize);
    m_forward = call;
    const int generation = m_generation;
    connect(call, &AzureCall::finished, this, [this, call, generation, token] {
        call->deleteLater();
        if (m_forward == call)
            m_forward = nullptr;
        if (generation == m_generation)
            onForwardPage(call, token);
    });
}

void DeviceTableModel::onForwardPage(AzureResult<QueryPage> *call, const QString &token)
{
    if (!call->isSuccess()) {
        reportError(tr("Could not read the devices: %1").arg(call->error().message()));
        return;
    }
    const QueryPage &answer = call->value();
    m_nextToken = answer.continuationToken;
    m_atEnd = answer.isLast();
    if (!answer.items.isEmpty()) {
        Page page;
        page.token = token;
        page.firstRow = m_rowCount;
        page.rows = DeviceTableRow::fromQueryItems(answer.items);
        page.rowCount = int(page.rows.size());
        page.resident = true;
        page.lastUse = ++m_useClock;
        // Room first, so the window is never exceeded, not even while the view reads the new rows.
        evictBeyondLimit(-1, m_residentLimit - 1);
        beginInsertRows({}, m_rowCount, m_rowCount + page.rowCount - 1);
        m_rowCount += page.rowCount;
        m_pages.push_back(std::move(page));
        endInsertRows();
        Q_EMIT pageLoaded(int(m_pages.size()) - 1);
    }
}

void DeviceTableModel::refreshRow(int row)
{
    const int index = pageOfRow(row);
    if (index < 0)
        return;
    Page &page = m_pages[size_t(index)];
    if (page.loading)
        return;
    page.failed = false;
    page.resident = false;
    page.rows.clear();
    requestPage(index);
}

int DeviceTableModel::rowOf(const QString &deviceId) const
{
    for (const Page &page : m_pages) {
        if (!page.resident)
            continue;
        for (int i = 0; i < page.rows.size(); ++i) {
            if (page.rows.at(i).deviceId == deviceId)
                return page.firstRow + i;
        }
    }
    return -1;
}

bool DeviceTableModel::removeDevice(const QString &deviceId)
{
    const int row = deviceId.isEmpty() ? -1 : rowOf(deviceId);
    if (row < 0)
        return false;
    const int pageIndex = pageOfRow(row);
    Page &page = m_pages[size_t(pageIndex)];
    beginRemoveRows({}, row, row);
    page.rows.removeAt(row - page.firstRow);
    --page.rowCount; // read again from its token, the page now holds one device less
    for (size_t i = size_t(pageIndex) + 1; i < m_pages.size(); ++i)
        --m_pages[i].firstRow;
    --m_rowCount;
    endRemoveRows();
    if (m_matchingCount > 0) {
        --m_matchingCount;
        Q_EMIT matchingCountChanged(m_matchingCount);
    }
    return true;
}

bool DeviceTableModel::updateDevice(const DeviceIdentity &identity)
{
    const int row = identity.deviceId.isEmpty() ? -1 : rowOf(identity.deviceId);
    if (row < 0)
        return false;
    Page &page = m_pages[size_t(pageOfRow(row))];
    page.rows[row - page.firstRow].apply(identity);
    page.lastUse = ++m_useClock;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void DeviceTableModel::requestPage(int pageIndex)
{
    const Page &page = m_pages[size_t(pageIndex)];
    if (!m_hub || page.resident || page.loading || page.failed)
        return;
    m_refetchQueue.removeAll(pageIndex);
    m_refetchQueue.append(pageIndex);
    // Only the latest asks matter: the view has scrolled past the older ones.
    while (m_refetchQueue.size() > m_residentLimit)
        m_refetchQueue.removeFirst();
    pumpRefetches();
}

void DeviceTableModel::pumpRefetches()
{
    while (m_hub && m_refetching.size() < MaxRefetchesInFlight && !m_refetchQueue.isEmpty()) {
        const int index = m_refetchQueue.takeLast();
        Page &page = m_pages[size_t(index)];
        if (page.resident || page.loading)
            continue;
        page.loading = true;
        auto *call = fetch(m_query, page.token, page.rowCount);
        m_refetching.insert(index, call);
        const int generation = m_generation;
        connect(call, &AzureCall::finished, this, [this, call, generation, index] {
            call->deleteLater();
            if (generation != m_generation)
                return;
            m_refetching.remove(index);
            onRefetchedPage(call, index);
            pumpRefetches();
        });
    }
}

void DeviceTableModel::onRefetchedPage(AzureResult<QueryPage> *call, int pageIndex)
{
    Page &page = m_pages[size_t(pageIndex)];
    page.loading = false;
    if (!call->isSuccess()) {
        page.failed = true;
        Q_EMIT errorOccurred(tr("Could not read rows %1 to %2 again: %3")
                        .arg(page.firstRow + 1).arg(page.firstRow + page.rowCount).arg(call->error().message()));
        return;
    }
    QList<DeviceTableRow> rows = DeviceTableRow::fromQueryItems(call->value().items);
    // The row count of a page changes only through removeDevice, so the rows below do not move:
    // devices deleted elsewhere since leave empty rows (or the next page's first ones) until the
    // next reload.
    rows.resize(page.rowCount);
    page.rows = std::move(rows);
    page.resident = true;
    page.lastUse = ++m_useClock;
    evictBeyondLimit(pageIndex);
    Q_EMIT dataChanged(index(page.firstRow, 0), index(page.firstRow + page.rowCount - 1, ColumnCount - 1));
    Q_EMIT pageLoaded(pageIndex);
}

void DeviceTableModel::evictBeyondLimit(int keep, int limit)
{
    if (limit < 0)
        limit = m_residentLimit;
    int resident = residentPageCount();
    while (resident > limit) {
        int oldest = -1;
        for (int i = 0; i < int(m_pages.size()); ++i) {
            const Page &page = m_pages[size_t(i)];
            if (page.resident && i != keep && (oldest < 0 || page.lastUse < m_pages[size_t(oldest)].lastUse))
                oldest = i;
        }
        if (oldest < 0)
            return;
        Page &evicted = m_pages[size_t(oldest)];
        evicted.resident = false;
        QList<DeviceTableRow>().swap(evicted.rows); // give the memory back
        --resident;
    }
}

int DeviceTableModel::residentPageCount() const
{
    return int(std::count_if(m_pages.begin(), m_pages.end(), [](const Page &page) { return page.resident; }));
}

void DeviceTableModel::reportError(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
}

int DeviceTableModel::pageOfRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    const auto it = std::upper_bound(m_pages.begin(), m_pages.end(), row,
                                     [](int r, const Page &page) { return r < page.firstRow; });
    return int(it - m_pages.begin()) - 1;
}

QString DeviceTableModel::deviceId(int row) const
{
    const int index = pageOfRow(row);
    if (index < 0 || !m_pages[size_t(index)].resident)
        return {};
    const Page &page = m_pages[size_t(index)];
    return page.rows.at(row - page.firstRow).deviceId;
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pageIndex = pageOfRow(index.row());
    const Page &page = m_pages[size_t(pageIndex)];
    if (role == LoadedRole)
        return page.resident;
    if (!page.resident) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != DeviceIdRole)
            return {};
        // Reading an evicted row asks for its page again; the view gets dataChanged when it is here.
        const_cast<DeviceTableModel *>(this)->requestPage(pageIndex);
        if (role == DeviceIdRole)
            return QString();
        return role == Qt::ToolTipRole ? tr("Loading this page again from the hub") : Placeholder;
    }
    page.lastUse = ++m_useClock;
    const DeviceTableRow &row = page.rows.at(index.row() - page.firstRow);
    switch (role) {
    case Qt::DisplayRole:
        return row.display(index.column());
    case DeviceIdRole:
        return row.deviceId;
    case Qt::TextAlignmentRole:
        return index.column() == MessagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return tr("The IoT hub query language has no ORDER BY, so the devices come in the hub's order and the table cannot be sorted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceIdColumn:
        return tr("Device ID");
    case StatusColumn:
        return tr("Status");
    case ConnectionColumn:
        return tr("Connection");
    case LastActivityColumn:
        return tr("Last activity");
    case MessagesColumn:
        return tr("Queued C2D");
    case AuthenticationColumn:
        return tr("Authentication");
    case TagColumn:
        return m_tagColumn.isEmpty() ? tr("Tag") : tr("Tag: %1").arg(m_tagColumn);
    default:
        return {};
    }
}

} // namespace StampDeck
