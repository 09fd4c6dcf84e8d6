#pragma once

#include "StampStatus.h"

#include "AzureEndpoint.h"
#include "AzureTransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace StampDeck {

namespace Azure {
class HubRegistryClient;
class QueryPager;
struct QueryPage;
struct RegistryStatistics;
} // namespace Azure

// Polls one stamp's hub on its own timer: device statistics (total, enabled, disabled) and the
// connected-device count, never two polls at once, never faster than a quarter of the hub's query
// quota (lookups and the device browser share it). Also reads the hub endpoint's transport counters
// to report throttling and the error rate over a recent window.
class StampPoller : public QObject
{
    Q_OBJECT

public:
    // The query the connected count comes from (one row: {"connected": n}).
    static const QString ConnectedQuery;
    // Share of the hub's query rate the monitor may use.
    static constexpr double QueryShare = 0.25;

    struct Outcome
    {
        QString stampId;
        bool ok = false;
        QDateTime at;
        StampSample sample;  // when ok
        QString error;       // when not ok: user-facing, no secrets
        int throttledRecently = 0;
        double errorRate = 0;
    };

    StampPoller(Azure::AzureTransport *transport, const QString &stampId, QObject *parent = nullptr);
    ~StampPoller() override;

    QString stampId() const { return m_stampId; }

    // Replaces the hub endpoint (cancels a poll in flight; a running poller polls again at once).
    void setEndpoint(const Azure::AzureEndpoint &endpoint);
    static bool isSameEndpoint(const Azure::AzureEndpoint &a, const Azure::AzureEndpoint &b);
    bool hasEndpoint() const { return !m_client.isNull(); }
    QString hostName() const { return m_endpoint.hostName; }

    void setPollInterval(qint64 ms);
    // max(poll interval, the quota bound): what the timer really uses.
    qint64 effectiveIntervalMs() const;
    // The shortest interval that keeps one query per poll within QueryShare of the hub's rate.
    static qint64 quotaBoundMs(const Azure::QuotaProfile &quotas);
    // A poll still unanswered after this long is cancelled and counts as failed.
    void setPollTimeoutMs(qint64 ms) { m_pollTimeoutMs = ms; }
    void setHealthWindowMs(qint64 ms) { m_healthWindowMs = ms; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls now unless a poll is in flight (that one answers instead); false without an endpoint.
    bool pollNow();
    bool isPolling() const { return !m_statistics.isNull() || !m_connected.isNull(); }

Q_SIGNALS:
    // Once per poll, success or failure (a cancelled poll reports nothing).
    void polled(const StampPoller::Outcome &outcome);

private:
    void onPartFinished();
    void finishPoll(Outcome outcome);
    void cancelPoll();
    void recordHealth(Outcome &outcome);
    void restartTimer();

    Azure::AzureTransport *m_transport;
    QString m_stampId;
    Azure::AzureEndpoint m_endpoint;
    QPointer<Azure::HubRegistryClient> m_client;
    QPointer<Azure::AzureResult<Azure::RegistryStatistics>> m_statistics;
    QPointer<Azure::AzureResult<Azure::QueryPage>> m_connected;
    QPointer<Azure::QueryPager> m_pager;
    QTimer m_timer;
    QTimer m_deadline;
    bool m_timedOut = false;
    bool m_running = false;
    qint64 m_pollIntervalMs = 15'000;
    qint64 m_pollTimeoutMs = 60'000;
    qint64 m_healthWindowMs = 5 * 60 * 1000;

    // Transport counters of the hub endpoint, sampled at each poll's end (monotonic ms).
    struct Snapshot
    {
        qint64 atMs;
        Azure::TransportStatistics statistics;
    };
    QList<Snapshot> m_snapshots;
    QElapsedTimer m_monotonic;
};

} // namespace StampDeck
