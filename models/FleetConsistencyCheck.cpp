#include "FleetConsistencyCheck.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"

#include <cmath>

namespace StampDeck {

using namespace Azure;

FleetConsistencyCheck::FleetConsistencyCheck(AzureTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    // One thread, never expiring: the SQLite connection lives on it, writes stay in order.
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1);
}

FleetConsistencyCheck::~FleetConsistencyCheck()
{
    stopLanes();
    closeCheckpoint();
    m_writer.waitForDone(); // answers it posts to this object are dropped with it
}

QString FleetConsistencyCheck::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return tr("Not started");
    case Phase::Estimating:
        return tr("Counting devices");
    case Phase::Identities:
        return tr("Reading identities");
    case Phase::Enrollments:
        return tr("Reading enrollments");
    case Phase::Registrations:
        return tr("Reading registrations");
    case Phase::Analysing:
        return tr("Comparing");
    case Phase::Finished:
        return tr("Finished");
    case Phase::Failed:
        return tr("Failed");
    case Phase::Cancelled:
        return tr("Stopped");
    }
    return {};
}

bool FleetConsistencyCheck::isRunning() const
{
    const Phase phase = m_progress.phase;
    return phase != Phase::Idle && phase != Phase::Finished && phase != Phase::Failed && phase != Phase::Cancelled;
}

void FleetConsistencyCheck::setWorkspace(const Workspace &workspace)
{
    cancel();
    m_workspace = workspace;
}

void FleetConsistencyCheck::setEndpoint(const AzureEndpoint &endpoint)
{
    m_endpoints.insert(endpoint.hostName.toLower(), endpoint);
}

void FleetConsistencyCheck::start()
{
    if (isRunning())
        return;
    QStringList hubs;
    QStringList dps;
    for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
        hubs.append(stamp.hub.hostName);
        for (const Stamp::LinkedDps &instance : stamp.dps) {
            if (!dps.contains(instance.hostName, Qt::CaseInsensitive))
                dps.append(instance.hostName);
        }
    }
    auto facts = std::make_shared<ConsistencyFacts>(hubs, dps);
    m_facts.reset();
    m_sources.clear();
    m_findings.clear();
    m_notChecked.clear();
    m_error.clear();
    m_progress = Progress();
    m_progress.phase = Phase::Estimating;
    const int generation = ++m_generation;
    closeCheckpoint();
    if (m_checkpointPath.isEmpty()) {
        // Next turn of the event loop: finished() never fires inside start().
        QTimer::singleShot(0, this, [this, generation, facts] {
            if (generation == m_generation && isRunning())
                resume(facts, {});
        });
    } else {
        m_checkpoint = std::make_shared<ConsistencyCheckpoint>();
        const QString fingerprint = facts->hubHosts().join(u',') + u'|' + facts->dpsHosts().join(u',').toLower();
        m_writer.start([this, generation, facts, checkpoint = m_checkpoint, path = m_checkpointPath, fingerprint] {
            QHash<QString, ConsistencyCheckpoint::Source> sources;
            QString error;
            if (!checkpoint->open(path, fingerprint))
                error = checkpoint->errorString();
            else if (sources = checkpoint->sources(); !checkpoint->loadFacts(facts.get()))
                error = tr("the checkpoint %1 cannot be read").arg(path);
            QMetaObject::invokeMethod(this, [this, generation, facts, sources, error] {
                if (generation != m_generation || !isRunning())
                    return;
                if (!error.isEmpty())
                    return fail(error);
                resume(facts, sources);
            }, Qt::QueuedConnection);
        });
    }
    publish();
}

void FleetConsistencyCheck::resume(const std::shared_ptr<ConsistencyFacts> &facts,
                                   const QHash<QString, ConsistencyCheckpoint::Source> &sources)
{
    m_facts = facts;
    m_sources = sources;
    if (m_workspace.stamps.size() > ConsistencyFacts::MaxHubs)
        return fail(tr("the consistency check handles at most %1 hubs").arg(ConsistencyFacts::MaxHubs));
    for (const ConsistencyCheckpoint::Source &source : sources)
        m_progress.itemsRead += source.items;
    QStringList missing;
    for (const QString &host : m_facts->hubHosts() + m_facts->dpsHosts()) {
        if (!m_endpoints.contains(host.toLower()))
            missing.append(host);
    }
    if (!missing.isEmpty())
        return fail(tr("no key for %1").arg(missing.join(QStringLiteral(", "))));
    estimate();
}

void FleetConsistencyCheck::closeCheckpoint()
{
    if (!m_checkpoint)
        return;
    // The last owner lets go on the writer's thread, after every write queued before.
    m_writer.start([checkpoint = std::move(m_checkpoint)]() mutable { checkpoint.reset(); });
    m_checkpoint.reset();
}

void FleetConsistencyCheck::estimate()
{
    for (const QString &host : m_facts->hubHosts()) {
        auto *client = new HubRegistryClient(m_transport, m_endpoints.value(host), this);
        AzureResult<RegistryStatistics> *call = client->deviceStatistics();
        call->setParent(client); // cancelled with the client
        m_statisticsCalls.append(client);
        connect(call, &AzureCall::finished, this, [this, call, client] {
            // Identities and registrations: about one of each per device. An estimate only: a
            // hub that does not answer just leaves it lower.
            if (call->isSuccess())
                m_progress.estimatedTotal += 2 * call->value().totalDeviceCount;
            m_statisticsCalls.removeOne(client);
            client->deleteLater();
            if (m_statisticsCalls.isEmpty() && m_progress.phase == Phase::Estimating)
                beginPhase(Phase::Identities);
        });
    }
    if (m_facts->hubHosts().isEmpty())
        beginPhase(Phase::Identities);
}

void FleetConsistencyCheck::beginPhase(Phase phase)
{
    m_progress.phase = phase;
    switch (phase) {
    case Phase::Identities:
        for (int i = 0; i < m_facts->hubHosts().size(); ++i) {
            const QString &host = m_facts->hubHosts().at(i);
            addSource(host, Source{QStringLiteral("identities:") + host, Source::Kind::Identities, i, {}, -1});
        }
        break;
    case Phase::Enrollments:
        for (int i = 0; i < m_facts->dpsHosts().size(); ++i) {
            const QString host = m_facts->dpsHosts().at(i).toLower();
            addSource(host, Source{QStringLiteral("groups:") + host, Source::Kind::Groups, i, {}, -1});
            addSource(host, Source{QStringLiteral("enrollments:") + host, Source::Kind::Enrollments, i, {}, -1});
        }
        break;
    case Phase::Registrations:
        for (int g = 0; g < m_facts->groups().size(); ++g) {
            const ConsistencyFacts::Group &group = m_facts->groups().at(g);
            const QString host = m_facts->dpsHosts().value(group.dps).toLower();
            addSource(host, Source{QStringLiteral("states:%1:%2").arg(host, group.groupId), Source::Kind::States, group.dps,
                                   group.groupId, g});
        }
        break;
    case Phase::Analysing:
        return finish();
    default:
        return;
    }
    publish();
    if (m_lanes.isEmpty()) // everything of this phase was read before
        beginPhase(Phase(int(phase) + 1));
}

qint64 FleetConsistencyCheck::gapFor(const AzureEndpoint &endpoint, bool hub) const
{
    const std::optional<QuotaRate> rate = endpoint.quotas.rate(hub ? OperationClass::HubQuery : OperationClass::DpsService);
    if (!rate || rate->perMinute <= 0 || m_quotaShare <= 0)
        return 0;
    return qint64(std::ceil(60'000.0 / (rate->perMinute * endpoint.quotas.timeScale() * m_quotaShare)));
}

void FleetConsistencyCheck::addSource(const QString &host, const Source &source)
{
    ++m_progress.sourcesKnown;
    if (m_sources.value(source.key).done) {
        ++m_progress.sourcesDone;
        return;
    }
    if (isNotChecked(host)) // it did not answer in an earlier phase of this run
        return;
    Lane *&lane = m_lanes[host.toLower()];
    if (!lane) {
        lane = new Lane;
        lane->endpoint = m_endpoints.value(host.toLower());
        lane->gapMs = gapFor(lane->endpoint, source.kind == Source::Kind::Identities);
        lane->pace = new QTimer(this);
        lane->pace->setSingleShot(true);
        Lane *self = lane;
        connect(lane->pace, &QTimer::timeout, this, [this, self] { requestPage(self); });
        lane->pace->start(0);
    }
    lane->queue.append(source);
}

void FleetConsistencyCheck::requestPage(Lane *lane)
{
    const Source &source = lane->queue.first();
    // A pager per page, resumed at the saved token (the checkpoint may come from an earlier run).
    if (lane->pager)
        lane->pager->deleteLater();
    lane->pager = source.pager(m_transport, lane->endpoint, m_sources.value(source.key).continuationToken, m_pageSize, this);
    lane->call = lane->pager->fetchNext();
    connect(lane->call, &AzureCall::finished, this, [this, lane] { onPage(lane); });
}

void FleetConsistencyCheck::onPage(Lane *lane)
{
    AzureResult<QueryPage> *call = lane->call.data();
    lane->call.clear();
    call->deleteLater();
    const Source source = lane->queue.first();
    if (!call->isSuccess())
        return skip(lane, call->error().toString());
    const QueryPage &page = call->value();
    ConsistencyCheckpoint::PageFacts added;
    source.read(page, m_facts.get(), &added);

    ConsistencyCheckpoint::Source &state = m_sources[source.key];
    state.items += page.items.size();
    state.continuationToken = page.continuationToken;
    state.done = page.isLast();
    if (m_checkpoint) {
        m_writer.start([this, generation = m_generation, checkpoint = m_checkpoint,
                        rows = ConsistencyCheckpoint::rows(source.key, state, *m_facts, added)] {
            if (checkpoint->writeRows(rows))
                return;
            QMetaObject::invokeMethod(this, [this, generation, error = checkpoint->errorString()] {
                if (generation == m_generation && isRunning())
                    fail(tr("the checkpoint cannot be written: %1").arg(error));
            }, Qt::QueuedConnection);
        });
    }
    m_progress.itemsRead += page.items.size();
    m_progress.itemsReadThisRun += page.items.size();
    if (state.done) {
        ++m_progress.sourcesDone;
        lane->queue.removeFirst();
    }
    publish();
    if (!lane->queue.isEmpty()) {
        lane->pace->start(int(lane->gapMs));
        return;
    }
    retire(lane);
}

void FleetConsistencyCheck::retire(Lane *lane)
{
    m_lanes.remove(m_lanes.key(lane));
    lane->pace->deleteLater();
    if (lane->pager)
        lane->pager->deleteLater();
    delete lane;
    if (m_lanes.isEmpty() && isRunning())
        beginPhase(Phase(int(m_progress.phase) + 1));
}

void FleetConsistencyCheck::skip(Lane *lane, const QString &reason)
{
    // Its sources stay unfinished in the checkpoint: the next start() reads them (and only them).
    const QString host = lane->endpoint.hostName;
    m_notChecked.append({host, describeHost(host), reason});
    publish();
    retire(lane);
}

bool FleetConsistencyCheck::isNotChecked(const QString &host) const
{
    return std::any_of(m_notChecked.cbegin(), m_notChecked.cend(), [&host](const NotChecked &gap) {
        return gap.hostName.compare(host, Qt::CaseInsensitive) == 0;
    });
}

QString FleetConsistencyCheck::describeHost(const QString &host) const
{
    // The user thinks in stamps; the host tells which endpoint of the stamp failed.
    if (const Stamp *stamp = m_workspace.stampForHub(host))
        return tr("stamp %1 (%2)").arg(stamp->name.isEmpty() ? stamp->id : stamp->name, host);
    return tr("DPS instance %1").arg(host);
}

void FleetConsistencyCheck::finish()
{
    m_progress.phase = Phase::Analysing;
    publish();
    // What was not read: a skipped hub's identities; the registrations a skipped DPS instance
    // holds for the hubs of the stamps it serves.
    quint64 identitiesUnread = 0;
    quint64 registrationsUnread = 0;
    for (const NotChecked &gap : std::as_const(m_notChecked)) {
        if (const int hub = m_facts->hubIndex(gap.hostName); hub >= 0) {
            identitiesUnread |= quint64(1) << hub;
            continue;
        }
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            const int hub = m_facts->hubIndex(stamp.hub.hostName);
            for (const Stamp::LinkedDps &dps : stamp.dps) {
                if (hub >= 0 && dps.hostName.compare(gap.hostName, Qt::CaseInsensitive) == 0)
                    registrationsUnread |= quint64(1) << hub;
            }
        }
    }
    m_facts->setUnchecked(identitiesUnread, registrationsUnread);
    const bool complete = m_notChecked.isEmpty();
    // Seconds for millions of devices: on the writer's thread (nothing changes the facts any more;
    // the destructor waits for it), after the last page's write.
    m_writer.start([this, generation = m_generation, facts = m_facts, checkpoint = m_checkpoint, complete] {
        QList<ConsistencyFinding> findings = facts->findings();
        // Before finished(): a check started then on the same file must start over, unless
        // something was skipped (then it resumes and reads what was).
        if (checkpoint && complete && !checkpoint->markComplete())
            qWarning("consistency check: the checkpoint cannot be closed: %s", qPrintable(checkpoint->errorString()));
        QMetaObject::invokeMethod(this, [this, generation, findings = std::move(findings)] {
            if (generation != m_generation || m_progress.phase != Phase::Analysing)
                return;
            m_findings = findings;
            closeCheckpoint();
            m_progress.phase = Phase::Finished;
            publish();
            Q_EMIT finished();
        }, Qt::QueuedConnection);
    });
}

void FleetConsistencyCheck::stopLanes()
{
    for (Lane *lane : std::as_const(m_lanes)) {
        delete lane->call; // cancels silently
        delete lane->pager;
        delete lane->pace;
        delete lane;
    }
    m_lanes.clear();
    qDeleteAll(m_statisticsCalls);
    m_statisticsCalls.clear();
}

void FleetConsistencyCheck::fail(const QString &error)
{
    stopLanes();
    closeCheckpoint();
    m_error = error.isEmpty() ? tr("unknown error") : error;
    m_progress.phase = Phase::Failed;
    publish();
    Q_EMIT finished();
}

void FleetConsistencyCheck::cancel()
{
    if (!isRunning())
        return;
    stopLanes();
    closeCheckpoint();
    m_progress.phase = Phase::Cancelled;
    publish();
    Q_EMIT finished();
}

void FleetConsistencyCheck::publish()
{
    Q_EMIT progressed(m_progress);
}

} // namespace StampDeck
