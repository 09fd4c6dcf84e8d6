#pragma once

#include "DeviceQueryFilter.h"
#include "DeviceTableRow.h"

#include "AzureCall.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <limits>
#include <vector>

namespace StampDeck {

namespace Azure {
class AzureTransport;
} // namespace Azure

// The devices of one hub as a table, read page by page with the hub query's continuation tokens
// as the view scrolls (canFetchMore/fetchMore). A hub holds up to a million devices, so only a
// bounded window stays in memory: every page keeps its start token and row count, and only the
// pages used last keep their rows. Reading an evicted row shows a placeholder and reads that page
// again from its token (hub tokens can be reused), then emits dataChanged. Changes made from the
// browser land without a re-read: a deleted identity's row is removed, a changed one updated in
// place (removeDevice, updateDevice). The filter runs on the hub (WHERE); the query language has
// no ORDER BY, so the table is not sortable.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeviceIdColumn, StatusColumn, ConnectionColumn, LastActivityColumn, MessagesColumn,
                  AuthenticationColumn, TagColumn, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1, LoadedRole };
    static constexpr int DefaultPageSize = 1000;
    static constexpr int DefaultResidentPages = 8;
    // Pages read again at once; more wait (the latest asked first).
    static constexpr int MaxRefetchesInFlight = 2;

    explicit DeviceTableModel(Azure::AzureTransport *transport, QObject *parent = nullptr);
    ~DeviceTableModel() override;

    // The hub whose devices are listed (nullptr: none). Starts over, and counts the matches.
    void setHub(Azure::HubRegistryClient *hub);
    Azure::HubRegistryClient *hub() const { return m_hub; }
    // false (and errorOccurred) when the filter cannot be written into a query; the old one stays.
    bool setFilter(const DeviceQueryFilter &filter);
    DeviceQueryFilter filter() const { return m_filter; }
    // The tag shown in the last column ("site"; empty: none). false when the name is not a tag path.
    bool setTagColumn(const QString &tagName);
    QString tagColumn() const { return m_tagColumn; }
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    // At least 2: the view shows rows of two pages at a page boundary.
    void setResidentPageLimit(int pages);
    int residentPageLimit() const { return m_residentLimit; }

    // Starts over from the first page.
    void reload();
    // Reads the page holding row again (its rows are replaced; the row count stays).
    void refreshRow(int row);
    // The row of a device whose page is in memory; -1 otherwise.
    int rowOf(const QString &deviceId) const;
    // The identity was deleted on the hub: its row goes and the rows below move up one. A page is
    // read from a continuation token that marks a place in the hub's order, which a delete does not
    // move, so the page boundary then neither repeats a device nor skips one. false (nothing
    // changed) when the device's page is not in memory.
    bool removeDevice(const QString &deviceId);
    // The hub's answer to a change of the identity: its row shows it in place (dataChanged for
    // that row only). false when the device's page is not in memory.
    bool updateDevice(const Azure::DeviceIdentity &identity);

    // The query the rows come from (for the status line and tests).
    QString query() const { return m_query; }
    // Devices matching the filter on the hub (COUNT()), -1 until known.
    qint64 matchingCount() const { return m_matchingCount; }
    int pageCount() const { return int(m_pages.size()); }
    int residentPageCount() const;
    bool isFetching() const { return !m_forward.isNull(); }
    QString errorString() const { return m_error; }
    // The device ID of a row whose page is in memory; empty otherwise.
    QString deviceId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void matchingCountChanged(qint64 count);
    // A page arrived: appended (fetchMore) or read again after eviction.
    void pageLoaded(int page);
    void errorOccurred(const QString &message);

private:
    struct Page
    {
        QString token; // continuation that starts this page; empty for the first
        int firstRow = 0;
        int rowCount = 0;
        QList<DeviceTableRow> rows; // empty while evicted
        bool resident = false;
        bool loading = false;
        bool failed = false;
        mutable quint64 lastUse = 0;
    };

    void startOver();
    void rebuildQuery();
    Azure::AzureResult<Azure::QueryPage> *fetch(const QString &query, const QString &token, int pageSize);
    void onForwardPage(Azure::AzureResult<Azure::QueryPage> *call, const QString &token);
    void onRefetchedPage(Azure::AzureResult<Azure::QueryPage> *call, int pageIndex);
    void requestPage(int pageIndex);
    void pumpRefetches();
    // Drops the rows of the least recently used pages (but keep) until at most limit (-1: the
    // window) hold rows.
    void evictBeyondLimit(int keep, int limit = -1);
    void countMatches();
    void reportError(const QString &message);
    int pageOfRow(int row) const;

    Azure::AzureTransport *m_transport;
    QPointer<Azure::HubRegistryClient> m_hub;
    DeviceQueryFilter m_filter;
    QString m_tagColumn;
    QString m_query;       // empty: nothing to list
    QString m_countQuery;
    int m_pageSize = DefaultPageSize;
    int m_residentLimit = DefaultResidentPages;

    std::vector<Page> m_pages;
    int m_rowCount = 0;
    QString m_nextToken;
    bool m_atEnd = false;
    QString m_error;
    qint64 m_matchingCount = -1;
    int m_generation = 0; // answers to an older query are dropped
    mutable quint64 m_useClock = 0;

    QPointer<Azure::AzureResult<Azure::QueryPage>> m_forward;
    QPointer<Azure::AzureResult<Azure::QueryPage>> m_count;
    QHash<int, QPointer<Azure::AzureResult<Azure::QueryPage>>> m_refetching;
    QList<int> m_refetchQueue;
};

} // namespace StampDeck
