#include "FleetMonitor.h"

#include "FleetCensus.h"
#include "FleetStatusModel.h"

namespace StampDeck {

using namespace Azure;

FleetMonitor::FleetMonitor(AzureTransport *transport, FleetStatusModel *model, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_model(model)
    , m_census(new FleetCensus(transport, this))
{
    connect(m_census, &FleetCensus::progressed, this, &FleetMonitor::censusProgressed);
    connect(m_census, &FleetCensus::completed, this, &FleetMonitor::onCensusCompleted);
    m_reassess.setInterval(5'000);
    connect(&m_reassess, &QTimer::timeout, this, &FleetMonitor::reassessAll);
}

FleetMonitor::~FleetMonitor()
{
    stop();
}

void FleetMonitor::setWorkspace(const Workspace &workspace)
{
    const bool running = m_running;
    stop();
    qDeleteAll(m_pollers);
    m_pollers.clear();
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    m_census->setWorkspace(workspace);
    for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
        auto *poller = new StampPoller(m_transport, stamp.id, this);
        poller->setPollInterval(m_pollIntervalMs);
        poller->setPollTimeoutMs(m_pollTimeoutMs);
        poller->setHealthWindowMs(m_healthWindowMs);
        connect(poller, &StampPoller::polled, this, &FleetMonitor::onPolled);
        m_pollers.insert(stamp.id, poller);
    }
    // Endpoints known before stay in use for the hosts the new workspace still has.
    for (const AzureEndpoint &endpoint : std::as_const(m_endpoints)) {
        if (StampPoller *poller = pollerForHub(endpoint.hostName))
            poller->setEndpoint(endpoint);
        m_census->setEndpoint(endpoint);
    }
    if (running)
        start();
}

void FleetMonitor::setThresholds(const HealthThresholds &thresholds)
{
    m_policy = HealthPolicy(thresholds, m_healthWindowMs);
    reassessAll();
}

void FleetMonitor::setPollInterval(qint64 ms)
{
    m_pollIntervalMs = std::max<qint64>(ms, 1);
    for (StampPoller *poller : std::as_const(m_pollers))
        poller->setPollInterval(m_pollIntervalMs);
}

qint64 FleetMonitor::effectiveInterval(const QString &stampId) const
{
    const StampPoller *poller = m_pollers.value(stampId);
    return poller ? poller->effectiveIntervalMs() : 0;
}

void FleetMonitor::setPollTimeout(qint64 ms)
{
    m_pollTimeoutMs = ms;
    for (StampPoller *poller : std::as_const(m_pollers))
        poller->setPollTimeoutMs(ms);
}

void FleetMonitor::setHealthWindow(qint64 ms)
{
    m_healthWindowMs = ms;
    m_policy = HealthPolicy(m_policy.thresholds(), ms);
    for (StampPoller *poller : std::as_const(m_pollers))
        poller->setHealthWindowMs(ms);
}

void FleetMonitor::setCensusInterval(qint64 ms)
{
    m_census->setRerunIntervalMs(ms);
}

CensusResult FleetMonitor::censusResult() const
{
    return m_census->result();
}

StampPoller *FleetMonitor::pollerForHub(const QString &hostName) const
{
    const Stamp *stamp = m_workspace.stampForHub(hostName);
    return stamp ? m_pollers.value(stamp->id) : nullptr;
}

void FleetMonitor::setEndpoint(const AzureEndpoint &endpoint)
{
    m_endpoints.insert(endpoint.hostName.toLower(), endpoint);
    if (StampPoller *poller = pollerForHub(endpoint.hostName))
        poller->setEndpoint(endpoint); // polls at once when running
    m_census->setEndpoint(endpoint);
}

void FleetMonitor::markEndpointMissing(const QString &hostName, const QString &reason)
{
    const Stamp *stamp = m_workspace.stampForHub(hostName);
    if (!stamp)
        return; // a DPS host: the census lists it among the instances it could not read
    StampStatus status = m_model->status(stamp->id);
    status.lastAttempt = QDateTime::currentDateTimeUtc();
    status.reachable = false;
    status.lastError = reason;
    publish(status);
}

void FleetMonitor::start()
{
    m_running = true;
    for (StampPoller *poller : std::as_const(m_pollers))
        poller->start();
    m_census->start();
    m_reassess.start();
}

void FleetMonitor::stop()
{
    m_running = false;
    m_reassess.stop();
    for (StampPoller *poller : std::as_const(m_pollers))
        poller->stop();
    m_census->stop();
    m_cycle.clear();
}

void FleetMonitor::refreshAll()
{
    for (StampPoller *poller : std::as_const(m_pollers)) {
        if (poller->pollNow())
            m_cycle.insert(poller->stampId());
    }
    if (m_cycle.isEmpty()) // nothing to wait for; still never emitted inside the call
        QTimer::singleShot(0, this, &FleetMonitor::refreshCycleFinished);
}

void FleetMonitor::onPolled(const StampPoller::Outcome &outcome)
{
    StampStatus status = m_model->status(outcome.stampId);
    status.lastAttempt = outcome.at;
    status.throttledRecently = outcome.throttledRecently;
    status.errorRate = outcome.errorRate;
    if (outcome.ok) {
        status.reachable = true;
        status.lastSuccess = outcome.at;
        status.lastError.clear();
        status.totalDevices = outcome.sample.totalDevices;
        status.enabledDevices = outcome.sample.enabledDevices;
        status.disabledDevices = outcome.sample.disabledDevices;
        status.connectedDevices = outcome.sample.connectedDevices;
        HealthPolicy::fillCapacity(status);
        StampSample sample = outcome.sample;
        sample.registrations = status.registrations;
        status.series.append(sample);
        while (status.series.size() > SeriesLength)
            status.series.removeFirst();
    } else {
        // The figures stay as they were: the board shows them with their age and the error.
        status.reachable = false;
        status.lastError = outcome.error;
    }
    publish(status);
    Q_EMIT stampRefreshed(outcome.stampId);
    if (m_cycle.remove(outcome.stampId) && m_cycle.isEmpty())
        Q_EMIT refreshCycleFinished();
}

void FleetMonitor::onCensusCompleted(const CensusResult &result)
{
    for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
        StampStatus status = m_model->status(stamp.id);
        FleetCensus::applyTo(result, stamp, status);
        publish(status);
    }
    Q_EMIT censusCompleted(result);
}

void FleetMonitor::publish(StampStatus status)
{
    m_policy.apply(status, QDateTime::currentDateTimeUtc(), effectiveInterval(status.stampId));
    m_model->updateStatus(status);
}

void FleetMonitor::reassessAll()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
        StampStatus status = m_model->status(stamp.id);
        const HealthPolicy::Assessment assessment = m_policy.assess(status, now, effectiveInterval(stamp.id));
        // Only changes reach the model: the board is not redrawn every few seconds for nothing.
        if (assessment.level != status.health || assessment.reasons != status.reasons) {
            status.health = assessment.level;
            status.reasons = assessment.reasons;
            m_model->updateStatus(status);
        }
    }
}

} // namespace StampDeck
