#pragma once

#include "CensusResult.h"
#include "HealthPolicy.h"
#include "HealthThresholds.h"
#include "StampPoller.h"
#include "StampStatus.h"
#include "Workspace.h"

#include "AzureEndpoint.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace StampDeck {

namespace Azure {
class AzureTransport;
}
class FleetCensus;
class FleetStatusModel;

// Keeps the FleetStatusModel current: one StampPoller per stamp (all in parallel, each within its
// hub's query quota), the DPS census in the background, and each stamp's health with its reasons.
// A stamp that fails touches only its own row: its last figures stay, with their age.
//
// Wiring: FleetEndpoints::endpointReady -> setEndpoint, endpointMissing -> markEndpointMissing.
class FleetMonitor : public QObject
{
    Q_OBJECT

public:
    // Samples kept per stamp for the charts (half an hour at the default 15 s).
    static constexpr int SeriesLength = 120;

    FleetMonitor(Azure::AzureTransport *transport, FleetStatusModel *model, QObject *parent = nullptr);
    ~FleetMonitor() override;

    // Also gives the model its rows (the model's statuses start over).
    void setWorkspace(const Workspace &workspace);
    void setThresholds(const HealthThresholds &thresholds);
    HealthThresholds thresholds() const { return m_policy.thresholds(); }

    // Default 15 s; each stamp polls at max(this, a quarter of its hub's query quota).
    void setPollInterval(qint64 ms);
    qint64 pollInterval() const { return m_pollIntervalMs; }
    // The interval a stamp really polls at (0 for a stamp not in the workspace).
    qint64 effectiveInterval(const QString &stampId) const;
    // A poll unanswered after this long is given up (default 60 s).
    void setPollTimeout(qint64 ms);
    // The window of "throttled recently" and the error rate (default 5 min).
    void setHealthWindow(qint64 ms);
    // How often the census runs again (default 15 min).
    void setCensusInterval(qint64 ms);

    FleetCensus *census() const { return m_census; }
    CensusResult censusResult() const;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // The endpoint of a hub (its stamp polls with it) or of a DPS instance (the census reads it).
    void setEndpoint(const StampDeck::Azure::AzureEndpoint &endpoint);
    // hostName cannot be reached for want of a key: the stamp shows it as its reason.
    void markEndpointMissing(const QString &hostName, const QString &reason);

    void start();
    void stop();
    // Polls every stamp now (a poll in flight answers instead of a second one); the census is not
    // repeated. refreshCycleFinished() follows once every stamp with an endpoint has answered or failed.
    void refreshAll();

Q_SIGNALS:
    void stampRefreshed(const QString &stampId);
    void refreshCycleFinished();
    void censusProgressed(const StampDeck::CensusProgress &progress);
    void censusCompleted(const StampDeck::CensusResult &result);

private:
    void onPolled(const StampPoller::Outcome &outcome);
    void onCensusCompleted(const CensusResult &result);
    void reassessAll();
    void publish(StampStatus status);
    StampPoller *pollerForHub(const QString &hostName) const;

    Azure::AzureTransport *m_transport;
    FleetStatusModel *m_model;
    FleetCensus *m_census;
    Workspace m_workspace;
    HealthPolicy m_policy;
    QHash<QString, StampPoller *> m_pollers;           // stamp id -> poller
    QHash<QString, Azure::AzureEndpoint> m_endpoints;  // lower-case host -> endpoint (hubs and DPS)
    QSet<QString> m_cycle;                             // stamps refreshAll() still waits for
    QTimer m_reassess;                                 // ages figures: stale shows without answers
    bool m_running = false;
    qint64 m_pollIntervalMs = 15'000;
    qint64 m_pollTimeoutMs = 60'000;
    qint64 m_healthWindowMs = 5 * 60 * 1000;
};

} // namespace StampDeck
