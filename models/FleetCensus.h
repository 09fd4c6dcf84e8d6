#pragma once

#include "CensusResult.h"
#include "StampStatus.h"
#include "Workspace.h"

#include "AzureEndpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace StampDeck {

namespace Azure {
class AzureTransport;
}
class DpsCensusReader;

// The DPS registration census: for every distinct DPS instance of the workspace, every enrollment
// group's registration states, counted per assigned hub and per status, paged slowly in the
// background (at most about half of each instance's service quota) and repeated every few minutes.
// Instances are read in parallel; a pass completes when each has been read or has failed (a failed
// instance keeps its groups from the previous pass, so figures never blank).
class FleetCensus : public QObject
{
    Q_OBJECT

public:
    using Result = CensusResult;

    explicit FleetCensus(Azure::AzureTransport *transport, QObject *parent = nullptr);
    ~FleetCensus() override;

    void setWorkspace(const Workspace &workspace);
    // The endpoint of one DPS instance (ignored for a host the workspace does not link).
    void setEndpoint(const Azure::AzureEndpoint &endpoint);
    bool hasEndpoint(const QString &dpsHostName) const;

    void setRerunIntervalMs(qint64 ms);
    qint64 rerunIntervalMs() const { return m_rerunIntervalMs; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }  // DPS allows 1000 per page
    void setQuotaShare(double share) { m_quotaShare = share; }

    // Runs a pass now and then every rerun interval. A pass starts once an endpoint is known.
    void start();
    void stop();
    // Starts a pass unless one is running; false when no DPS endpoint is known.
    bool runNow();
    bool isRunning() const { return !m_readers.isEmpty(); }

    CensusProgress progress() const { return m_progress; }
    const CensusResult &result() const { return m_result; }

    // Census figures for one stamp: registrations assigned to its hub (by group and tenant) and
    // the fullest linked DPS instance against its limit. Leaves status as is before the first pass.
    static void applyTo(const CensusResult &result, const Stamp &stamp, StampStatus &status);

Q_SIGNALS:
    void progressed(const StampDeck::CensusProgress &progress);
    void completed(const StampDeck::CensusResult &result);

private:
    void startReader(const QString &key);
    void onReaderProgress();
    void onReaderFinished();
    void finishPass();

    Azure::AzureTransport *m_transport;
    QHash<QString, QString> m_dpsHosts;                  // lower-case host -> host as written
    QHash<QString, Azure::AzureEndpoint> m_endpoints;   // lower-case host -> endpoint
    QHash<QString, QPointer<DpsCensusReader>> m_readers; // the pass in flight
    QHash<QString, QString> m_failures;                  // this pass: host -> why
    QTimer m_rerun;
    bool m_started = false;
    qint64 m_rerunIntervalMs = 15 * 60 * 1000;
    int m_pageSize = 1000;
    double m_quotaShare = 0.5;
    CensusProgress m_progress;
    CensusResult m_result;
};

} // namespace StampDeck
