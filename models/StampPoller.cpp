#include "StampPoller.h"

#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "RegistryStatistics.h"

#include <algorithm>
#include <cmath>

namespace StampDeck {

using namespace Azure;

const QString StampPoller::ConnectedQuery =
    QStringLiteral("SELECT COUNT() AS connected FROM devices WHERE connectionState = 'Connected'");

StampPoller::StampPoller(AzureTransport *transport, const QString &stampId, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_stampId(stampId)
{
    m_timer.setSingleShot(false);
    m_deadline.setSingleShot(true);
    m_monotonic.start();
    connect(&m_timer, &QTimer::timeout, this, [this] { pollNow(); });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        // Cancelling finishes the parts synchronously; onPartFinished reports the failure.
        if (m_statistics)
            m_statistics->cancel();
        if (m_connected)
            m_connected->cancel();
    });
}

StampPoller::~StampPoller()
{
    cancelPoll();
}

bool StampPoller::isSameEndpoint(const AzureEndpoint &a, const AzureEndpoint &b)
{
    return a.hostName.compare(b.hostName, Qt::CaseInsensitive) == 0 && a.plainHttp == b.plainHttp
        && a.policyName == b.policyName && a.key == b.key && a.extraCaCertificates == b.extraCaCertificates
        && a.quotas.timeScale() == b.quotas.timeScale()
        && a.quotas.rate(OperationClass::HubQuery).value_or(QuotaRate()).perMinute
               == b.quotas.rate(OperationClass::HubQuery).value_or(QuotaRate()).perMinute;
}

void StampPoller::setEndpoint(const AzureEndpoint &endpoint)
{
    // Keys are resolved again whenever any stored key changes: the same endpoint changes nothing.
    if (m_client && isSameEndpoint(endpoint, m_endpoint))
        return;
    cancelPoll();
    delete m_client;
    m_endpoint = endpoint;
    m_client = new HubRegistryClient(m_transport, endpoint, this);
    m_snapshots.clear();
    m_snapshots.append({m_monotonic.elapsed(), m_transport->statistics(endpoint)});
    if (m_running) {
        restartTimer();
        pollNow();
    }
}

void StampPoller::setPollInterval(qint64 ms)
{
    m_pollIntervalMs = std::max<qint64>(ms, 1);
    if (m_running)
        restartTimer();
}

qint64 StampPoller::quotaBoundMs(const QuotaProfile &quotas)
{
    const std::optional<QuotaRate> rate = quotas.rate(OperationClass::HubQuery);
    if (!rate || rate->perMinute <= 0)
        return 0;
    const double perMinute = rate->perMinute * quotas.timeScale() * QueryShare;
    return qint64(std::ceil(60'000.0 / perMinute));
}

qint64 StampPoller::effectiveIntervalMs() const
{
    return std::max(m_pollIntervalMs, quotaBoundMs(m_endpoint.quotas));
}

void StampPoller::restartTimer()
{
    m_timer.start(int(std::min<qint64>(effectiveIntervalMs(), std::numeric_limits<int>::max())));
}

void StampPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    restartTimer();
    pollNow();
}

void StampPoller::stop()
{
    m_running = false;
    m_timer.stop();
    cancelPoll();
}

bool StampPoller::pollNow()
{
    if (!m_client)
        return false;
    if (isPolling())
        return true;
    if (m_running)
        restartTimer(); // the next timed poll is one interval after this one
    m_timedOut = false;
    m_statistics = m_client->deviceStatistics();
    delete m_pager;
    m_pager = m_client->queryDevices(ConnectedQuery, 1, this);
    m_connected = m_pager->fetchNext();
    connect(m_statistics, &AzureCall::finished, this, &StampPoller::onPartFinished);
    connect(m_connected, &AzureCall::finished, this, &StampPoller::onPartFinished);
    m_deadline.start(int(std::min<qint64>(m_pollTimeoutMs, std::numeric_limits<int>::max())));
    return true;
}

void StampPoller::cancelPoll()
{
    m_deadline.stop();
    // Deleting an unfinished call cancels it without a finished() signal: nothing is reported.
    delete m_statistics;
    delete m_connected;
    delete m_pager;
}

void StampPoller::onPartFinished()
{
    if (!m_statistics || !m_connected || !m_statistics->isFinished() || !m_connected->isFinished())
        return;
    m_deadline.stop();
    Outcome outcome;
    outcome.stampId = m_stampId;
    outcome.at = QDateTime::currentDateTimeUtc();

    const AzureCall *failed = !m_statistics->isSuccess() ? static_cast<AzureCall *>(m_statistics)
                            : !m_connected->isSuccess()  ? static_cast<AzureCall *>(m_connected)
                                                         : nullptr;
    if (failed) {
        outcome.error = m_timedOut ? tr("no answer within %n s", nullptr, int(m_pollTimeoutMs / 1000))
                                   : failed->error().toString();
    } else {
        const RegistryStatistics &statistics = m_statistics->value();
        const QJsonArray rows = m_connected->value().items;
        const QJsonValue connected = rows.isEmpty() ? QJsonValue() : rows.first().toObject().value(QLatin1StringView("connected"));
        if (!connected.isDouble()) {
            outcome.error = tr("the hub answered the connected-devices query without a count");
        } else {
            outcome.ok = true;
            outcome.sample.at = outcome.at;
            outcome.sample.totalDevices = statistics.totalDeviceCount;
            outcome.sample.enabledDevices = statistics.enabledDeviceCount;
            outcome.sample.disabledDevices = statistics.disabledDeviceCount;
            outcome.sample.connectedDevices = qint64(connected.toDouble());
        }
    }
    m_statistics->deleteLater();
    m_connected->deleteLater();
    m_statistics.clear();
    m_connected.clear();
    finishPoll(std::move(outcome));
}

void StampPoller::finishPoll(Outcome outcome)
{
    recordHealth(outcome);
    Q_EMIT polled(outcome);
}

void StampPoller::recordHealth(Outcome &outcome)
{
    // Deltas of the endpoint's counters over the window: every caller's requests to this hub count,
    // not only the monitor's, because the operator wants to know how the hub treats the console.
    const qint64 now = m_monotonic.elapsed();
    m_snapshots.append({now, m_transport->statistics(m_endpoint)});
    // Keep one snapshot at or before the window's start as the baseline.
    while (m_snapshots.size() > 2 && m_snapshots.at(1).atMs <= now - m_healthWindowMs)
        m_snapshots.removeFirst();
    const TransportStatistics &first = m_snapshots.first().statistics;
    const TransportStatistics &last = m_snapshots.last().statistics;
    const qint64 attempts = last.attempts - first.attempts;
    const qint64 failures = (last.serverErrors - first.serverErrors) + (last.networkErrors - first.networkErrors);
    outcome.throttledRecently = int(last.throttled - first.throttled);
    outcome.errorRate = attempts > 0 ? std::clamp(double(failures) / double(attempts), 0.0, 1.0) : 0.0;
}

} // namespace StampDeck
