#pragma once

#include "CensusResult.h"

#include "AzureEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace StampDeck {

namespace Azure {
class AzureTransport;
class DpsServiceClient;
class QueryPager;
struct QueryPage;
template<typename T>
class AzureResult;
} // namespace Azure

// Reads one DPS instance for the census: its enrollment groups, then every group's registration
// states page by page, spacing the pages so the census uses at most a share of the instance's
// service quota (moves and lookups need the rest). The transport paces and retries underneath.
class DpsCensusReader : public QObject
{
    Q_OBJECT

public:
    DpsCensusReader(Azure::AzureTransport *transport, const Azure::AzureEndpoint &endpoint, QObject *parent = nullptr);
    ~DpsCensusReader() override;

    QString hostName() const { return m_endpoint.hostName; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setQuotaShare(double share) { m_quotaShare = share; }
    // Milliseconds between two page requests for this endpoint's quota and the share.
    qint64 pageGapMs() const;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const QList<CensusGroup> &groups() const { return m_groups; }
    qint64 registrationsRead() const { return m_read; }
    int groupsDone() const { return m_groupIndex; }
    int groupsTotal() const { return m_groupsListed ? int(m_groups.size()) : 0; }

Q_SIGNALS:
    void progressed();
    void finished();

private:
    void requestNextPage();
    void onGroupsPage();
    void onStatesPage();
    void fail(const QString &error);
    void succeed();
    void schedule();

    Azure::AzureTransport *m_transport;
    Azure::AzureEndpoint m_endpoint;
    Azure::DpsServiceClient *m_client;
    QPointer<Azure::QueryPager> m_pager;
    QPointer<Azure::AzureResult<Azure::QueryPage>> m_call;
    QTimer m_pace;
    int m_pageSize = 1000;
    double m_quotaShare = 0.5;
    bool m_groupsListed = false;
    int m_groupIndex = 0;
    qint64 m_read = 0;
    QList<CensusGroup> m_groups;
    bool m_finished = false;
    QString m_error;
};

} // namespace StampDeck
