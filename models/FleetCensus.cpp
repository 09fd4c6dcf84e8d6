#include "FleetCensus.h"

#include "DpsCensusReader.h"
#include "HealthPolicy.h"

#include "AzureTransport.h"

#include <algorithm>

namespace StampDeck {

using namespace Azure;

FleetCensus::FleetCensus(AzureTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_rerun.setSingleShot(false);
    connect(&m_rerun, &QTimer::timeout, this, [this] { runNow(); });
}

FleetCensus::~FleetCensus()
{
    stop();
}

void FleetCensus::setWorkspace(const Workspace &workspace)
{
    stop();
    m_dpsHosts.clear();
    for (const Stamp &stamp : workspace.stamps) {
        for (const Stamp::LinkedDps &dps : stamp.dps)
            m_dpsHosts.insert(dps.hostName.toLower(), dps.hostName);
    }
    // Endpoints of instances no longer linked are dropped; the others stay.
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();)
        it = m_dpsHosts.contains(it.key()) ? std::next(it) : m_endpoints.erase(it);
    m_result = {};
    m_progress = {};
}

void FleetCensus::setEndpoint(const AzureEndpoint &endpoint)
{
    const QString key = endpoint.hostName.toLower();
    if (!m_dpsHosts.contains(key))
        return;
    m_endpoints.insert(key, endpoint);
    if (!m_started)
        return;
    if (isRunning()) {
        // A key that arrives during a pass joins it, unless that instance is already being read.
        if (!m_readers.contains(key))
            startReader(key);
    } else if (!m_result.isValid() || m_result.failedInstances.contains(m_dpsHosts.value(key))) {
        runNow();
    }
}

bool FleetCensus::hasEndpoint(const QString &dpsHostName) const
{
    return m_endpoints.contains(dpsHostName.toLower());
}

void FleetCensus::setRerunIntervalMs(qint64 ms)
{
    m_rerunIntervalMs = std::max<qint64>(ms, 1000);
    if (m_rerun.isActive())
        m_rerun.start(int(std::min<qint64>(m_rerunIntervalMs, std::numeric_limits<int>::max())));
}

void FleetCensus::start()
{
    m_started = true;
    m_rerun.start(int(std::min<qint64>(m_rerunIntervalMs, std::numeric_limits<int>::max())));
    runNow();
}

void FleetCensus::stop()
{
    m_started = false;
    m_rerun.stop();
    const auto readers = std::exchange(m_readers, {});
    for (const QPointer<DpsCensusReader> &reader : readers) {
        if (reader) {
            reader->cancel();
            delete reader;
        }
    }
    if (m_progress.running) {
        m_progress.running = false;
        Q_EMIT progressed(m_progress);
    }
}

bool FleetCensus::runNow()
{
    if (isRunning())
        return true;
    if (m_endpoints.isEmpty())
        return false;
    m_failures.clear();
    m_progress.running = true;
    m_progress.registrationsRead = 0;
    m_progress.groupsDone = 0;
    m_progress.groupsTotal = 0;
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        startReader(it.key());
    Q_EMIT progressed(m_progress);
    return true;
}

void FleetCensus::startReader(const QString &key)
{
    auto *reader = new DpsCensusReader(m_transport, m_endpoints.value(key), this);
    reader->setPageSize(m_pageSize);
    reader->setQuotaShare(m_quotaShare);
    m_readers.insert(key, reader);
    connect(reader, &DpsCensusReader::progressed, this, &FleetCensus::onReaderProgress);
    connect(reader, &DpsCensusReader::finished, this, &FleetCensus::onReaderFinished);
    reader->start();
}

void FleetCensus::onReaderProgress()
{
    CensusProgress progress = m_progress;
    progress.registrationsRead = 0;
    progress.groupsDone = 0;
    progress.groupsTotal = 0;
    for (const QPointer<DpsCensusReader> &reader : std::as_const(m_readers)) {
        if (!reader)
            continue;
        progress.registrationsRead += reader->registrationsRead();
        progress.groupsDone += reader->groupsDone();
        progress.groupsTotal += reader->groupsTotal();
    }
    m_progress = progress;
    Q_EMIT progressed(m_progress);
}

void FleetCensus::onReaderFinished()
{
    onReaderProgress();
    for (const QPointer<DpsCensusReader> &reader : std::as_const(m_readers)) {
        if (reader && !reader->isFinished())
            return;
    }
    finishPass();
}

void FleetCensus::finishPass()
{
    CensusResult result;
    const auto readers = std::exchange(m_readers, {});
    for (auto it = readers.cbegin(); it != readers.cend(); ++it) {
        DpsCensusReader *reader = it.value();
        if (!reader)
            continue;
        const QString host = m_dpsHosts.value(it.key(), reader->hostName());
        if (reader->isSuccess()) {
            result.groups.append(reader->groups());
            result.registrationsByDps.insert(it.key(), reader->registrationsRead());
        } else {
            // Keep the last pass's figures for this instance: old figures beat none.
            result.failedInstances.append(host);
            for (const CensusGroup &group : std::as_const(m_result.groups)) {
                if (group.dpsHostName.compare(host, Qt::CaseInsensitive) == 0)
                    result.groups.append(group);
            }
            if (m_result.registrationsByDps.contains(it.key()))
                result.registrationsByDps.insert(it.key(), m_result.registrationsByDps.value(it.key()));
        }
        reader->deleteLater();
    }
    for (auto it = m_dpsHosts.cbegin(); it != m_dpsHosts.cend(); ++it) {
        if (!readers.contains(it.key()))
            result.failedInstances.append(it.value()); // no key for it (yet)
    }
    result.failedInstances.sort();
    result.completedAt = QDateTime::currentDateTimeUtc();
    m_result = result;
    m_progress.running = false;
    m_progress.completedAt = result.completedAt;
    Q_EMIT progressed(m_progress);
    Q_EMIT completed(m_result);
}

void FleetCensus::applyTo(const CensusResult &result, const Stamp &stamp, StampStatus &status)
{
    if (!result.isValid())
        return;
    const QString hub = stamp.hub.hostName.toLower();
    status.registrations = 0;
    status.registrationsByGroup.clear();
    status.registrationsByTenant.clear();
    for (const CensusGroup &group : result.groups) {
        const qint64 count = group.byHub.value(hub);
        if (count == 0)
            continue;
        status.registrations += count;
        status.registrationsByGroup[group.groupId] += count;
        status.registrationsByTenant[group.tenant] += count;
    }
    double fullest = -1;
    for (const Stamp::LinkedDps &dps : stamp.dps) {
        const auto it = result.registrationsByDps.constFind(dps.hostName.toLower());
        if (it != result.registrationsByDps.cend())
            fullest = std::max(fullest, double(it.value()) / double(HealthPolicy::DpsRegistrationLimit));
    }
    status.dpsLimitUsed = fullest;
    status.registrationsAsOf = result.completedAt;
}

} // namespace StampDeck
