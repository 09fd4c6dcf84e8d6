#pragma once

#include "ConsistencyCheckpoint.h"
#include "ConsistencyFacts.h"
#include "ConsistencyFinding.h"
#include "ConsistencySource.h"
#include "Workspace.h"

#include "AzureEndpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace StampDeck {

namespace Azure {
class AzureTransport;
class QueryPager;
struct QueryPage;
template<typename T>
class AzureResult;
} // namespace Azure

// The fleet consistency report: reads every hub's identities and every DPS instance's enrollment
// groups, individual enrollments and registration states, and finds where they disagree
// (ConsistencyFinding). Reads in phases (statistics for the estimate, identities, enrollments,
// registrations), every endpoint of a phase in parallel, one page at a time per endpoint, pages
// spaced so the check takes at most quotaShare of an endpoint's query quota (lookups and the board
// need the rest). With a checkpoint file it is resumable: start() on a new object with the same
// file continues where a cancelled, failed or crashed check stopped. An endpoint that still fails
// after the transport's retries is skipped, not fatal: the others are checked, the report lists
// it in notChecked() and leaves out the findings only its unread pages could confirm, and the
// checkpoint stays open, so start() again re-reads just what was skipped. The GUI thread only handles pages:
// loading and writing the checkpoint and comparing the facts run on one worker thread.
// Memory: about 150 MB per million devices (ConsistencyFacts; measured with 17-character ids).
//
// Wiring: FleetEndpoints::endpointReady -> setEndpoint.
class FleetConsistencyCheck : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Estimating, Identities, Enrollments, Registrations, Analysing, Finished, Failed, Cancelled };
    Q_ENUM(Phase)

    struct Progress
    {
        Phase phase = Phase::Idle;
        qint64 itemsRead = 0;       // identities, enrollments and registrations, this run and before
        qint64 estimatedTotal = 0;  // from the hubs' device statistics; 0 when unknown
        qint64 itemsReadThisRun = 0;
        int sourcesDone = 0;
        int sourcesKnown = 0;
    };

    explicit FleetConsistencyCheck(Azure::AzureTransport *transport, QObject *parent = nullptr);
    ~FleetConsistencyCheck() override;

    void setWorkspace(const Workspace &workspace);
    // The SQLite file of the checkpoint; empty (the default): no checkpoint, nothing resumes.
    void setCheckpointFile(const QString &path) { m_checkpointPath = path; }
    // Share of each endpoint's query quota the check may use (default 0.25).
    void setQuotaShare(double share) { m_quotaShare = share; }
    // Items per page (default 1000; a page costs one query whatever its size).
    void setPageSize(int pageSize) { m_pageSize = std::max(1, pageSize); }

    Phase phase() const { return m_progress.phase; }
    Progress progress() const { return m_progress; }
    bool isRunning() const;
    QString errorString() const { return m_error; }
    // Once finished.
    QList<ConsistencyFinding> findings() const { return m_findings; }
    // An endpoint the check skipped because it did not answer.
    struct NotChecked
    {
        QString hostName;
        QString where;  // for the user: "stamp West Europe 1 (host)" or "DPS instance host"
        QString reason; // the last error
    };
    // Empty when the whole fleet was read; else start() again re-checks these.
    QList<NotChecked> notChecked() const { return m_notChecked; }
    // Phase name for the user.
    static QString phaseName(Phase phase);

public Q_SLOTS:
    void setEndpoint(const StampDeck::Azure::AzureEndpoint &endpoint);
    // Continues from the checkpoint when there is one for this workspace, else starts afresh.
    void start();
    // Stops at once; what was read stays in the checkpoint.
    void cancel();

Q_SIGNALS:
    void progressed(const StampDeck::FleetConsistencyCheck::Progress &progress);
    // Finished, Failed (errorString()) or Cancelled.
    void finished();

private:
    using Source = ConsistencySource;
    struct Lane // one endpoint: its sources are read one after the other
    {
        Azure::AzureEndpoint endpoint;
        QList<Source> queue;
        QTimer *pace = nullptr;
        QPointer<Azure::QueryPager> pager;
        QPointer<Azure::AzureResult<Azure::QueryPage>> call;
        qint64 gapMs = 0;
    };

    void fail(const QString &error);
    void skip(Lane *lane, const QString &reason);
    void retire(Lane *lane);
    bool isNotChecked(const QString &host) const;
    QString describeHost(const QString &host) const;
    void resume(const std::shared_ptr<ConsistencyFacts> &facts, const QHash<QString, ConsistencyCheckpoint::Source> &sources);
    void closeCheckpoint();
    void estimate();
    void beginPhase(Phase phase);
    void addSource(const QString &host, const Source &source);
    void requestPage(Lane *lane);
    void onPage(Lane *lane);
    void laneIdle(Lane *lane);
    void finish();
    void stopLanes();
    Azure::AzureEndpoint *endpointFor(const QString &host);
    qint64 gapFor(const Azure::AzureEndpoint &endpoint, bool hub) const;
    void publish();

    Azure::AzureTransport *m_transport;
    Workspace m_workspace;
    QString m_checkpointPath;
    double m_quotaShare = 0.25;
    int m_pageSize = 1000;
    QHash<QString, Azure::AzureEndpoint> m_endpoints; // lower-case host -> endpoint

    std::shared_ptr<ConsistencyFacts> m_facts;
    // Opened, written and closed on m_writer's single thread: a million rows must not stall the GUI.
    std::shared_ptr<ConsistencyCheckpoint> m_checkpoint;
    QThreadPool m_writer;
    int m_generation = 0; // answers from the writer for an earlier start() are dropped
    QHash<QString, ConsistencyCheckpoint::Source> m_sources; // source key -> state
    QHash<QString, Lane *> m_lanes;                          // lower-case host -> lane of this phase
    QList<QObject *> m_statisticsCalls;
    QList<ConsistencyFinding> m_findings;
    QList<NotChecked> m_notChecked;
    Progress m_progress;
    QString m_error;
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::FleetConsistencyCheck::Progress)
