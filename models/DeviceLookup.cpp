#include "DeviceLookup.h"

#include "DeviceLocator.h"

#include "AzureCall.h"
#include "AzureErrorCodes.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
#include "IdentifierRules.h"

#include <algorithm>

namespace StampDeck {

using namespace Azure;

namespace {

QDateTime timeOf(const std::optional<AzureDateTime> &time)
{
    return time && time->isValid() && !time->isNever() ? time->toDateTime() : QDateTime();
}

// Assigned first, then assigning (mid-enrollment), then failed, disabled and unassigned.
int registrationRank(const DeviceRegistrationState &state)
{
    switch (state.status.value_or(RegistrationStatus::Unassigned)) {
    case RegistrationStatus::Assigned:
        return 0;
    case RegistrationStatus::Assigning:
        return 1;
    default:
        return 2;
    }
}

} // namespace

DeviceLookup::DeviceLookup(DeviceLocator *locator, const QString &id, QObject *parent)
    : QObject(parent)
    , m_locator(locator)
{
    m_answer.askedId = id.trimmed();
    m_roundTimer.setSingleShot(true);
    connect(&m_roundTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        // Cancelling finishes each call at once: its handler names the host as not answering.
        const QList<AzureCall *> calls(m_pending.cbegin(), m_pending.cend());
        for (AzureCall *call : calls)
            call->cancel();
    });
}

DeviceLookup::~DeviceLookup()
{
    const QList<AzureCall *> calls(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    qDeleteAll(calls); // deleting an unfinished call cancels it without a signal
}

void DeviceLookup::cancel()
{
    if (m_finished)
        return;
    m_next = nullptr;
    const QList<AzureCall *> calls(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    qDeleteAll(calls);
    m_answer.problems.append(tr("The lookup was cancelled."));
    finish();
}

void DeviceLookup::start()
{
    // Never finish inside DeviceLocator::lookup(): the caller connects after it returns.
    QTimer::singleShot(0, this, [this] {
        m_clock.start();
        const QString &id = m_answer.askedId;
        if (!m_locator || id.isEmpty()) {
            m_answer.problems.append(tr("No ID was given."));
            finish();
            return;
        }
        if (DeviceLookupCache *cache = m_locator->cache())
            m_cached = cache->find(id);
        if (m_cached && m_locator->hubClient(m_cached->hubHost)) {
            askCachedHub();
            return;
        }
        if (m_cached)
            step(tr("The lookup cache names %1, which cannot be asked: %2.")
                     .arg(m_locator->describeHost(m_cached->hubHost), m_locator->missingReason(m_cached->hubHost)));
        else
            step(tr("%1 is not in the lookup cache.").arg(id));
        searchDps();
    });
}

void DeviceLookup::beginRound(std::function<void()> next)
{
    m_next = std::move(next);
    m_roundOpen = 1; // held until endRound(): the round cannot close while calls are being made
    m_timedOut = false;
    m_roundTimer.start(int(m_locator ? m_locator->stepTimeout() : 15'000));
}

void DeviceLookup::endRound()
{
    roundCallDone();
}

void DeviceLookup::roundCallDone()
{
    if (--m_roundOpen > 0 || !m_next)
        return;
    m_roundTimer.stop();
    const std::function<void()> next = std::move(m_next);
    m_next = nullptr;
    if (m_locator)
        next();
    else
        finish();
}

void DeviceLookup::noAnswer(const QString &hostName, const AzureError &error)
{
    const QString host = m_locator ? m_locator->describeHost(hostName) : hostName;
    if (error.kind() == AzureErrorKind::Cancelled && m_timedOut)
        m_answer.problems.append(tr("%1 did not answer within %2 s.").arg(host).arg(m_locator ? m_locator->stepTimeout() / 1000.0 : 0));
    else
        m_answer.problems.append(tr("%1 did not answer: %2").arg(host, error.toString()));
}

void DeviceLookup::takeRegistration(const Registration &registration, bool setHub)
{
    const DeviceRegistrationState &state = registration.state;
    m_answer.found = true;
    m_answer.dpsHost = registration.dpsHost;
    m_answer.registrationId = state.registrationId.value_or(m_answer.askedId);
    m_answer.registrationStatus = state.status;
    m_answer.registrationSubstatus = state.substatus;
    m_answer.registrationUpdated = timeOf(state.lastUpdatedDateTimeUtc);
    m_assignedHub = state.assignedHub.value_or(QString());
    if (setHub) {
        m_answer.hubHost = m_assignedHub;
        m_answer.deviceId = state.deviceId.value_or(m_assignedHub.isEmpty() ? QString() : m_answer.registrationId);
    }
}

void DeviceLookup::askCachedHub()
{
    const DeviceLookupCache::Entry cached = *m_cached;
    step(tr("The lookup cache says %1 is on %2 (last confirmed %3); asking that hub.")
             .arg(cached.deviceId, m_locator->describeHost(cached.hubHost), cached.lastConfirmed.toString(Qt::ISODate)));
    beginRound([this] {
        if (m_answer.identityFound) {
            m_answer.resolution = DeviceLookupAnswer::Resolution::CacheHit;
            learnAndFinish();
            return;
        }
        // What the cached hub and DPS said about a device that is not there any more is dropped.
        const QString askedId = m_answer.askedId;
        const QStringList steps = m_answer.steps;
        const QStringList problems = m_answer.problems;
        m_answer = DeviceLookupAnswer();
        m_assignedHub.clear();
        m_answer.askedId = askedId;
        m_answer.steps = steps;
        m_answer.problems = problems;
        searchDps();
    });
    // Everything the answer needs at once: the identity decides whether the rest is kept.
    HubRegistryClient *hub = m_locator->hubClient(cached.hubHost);
    ask(hub->getTwin(cached.deviceId), [this, cached](AzureResult<Twin> *call) {
        if (call->isSuccess()) {
            step(tr("%1 confirmed the identity.").arg(m_locator->describeHost(cached.hubHost)));
            takeTwin(cached.hubHost, cached.deviceId, call->value());
        } else if (isDeviceNotFound(call->error())) {
            step(tr("%1 no longer has %2: the cache was stale.").arg(m_locator->describeHost(cached.hubHost), cached.deviceId));
            m_stale = true;
        } else {
            noAnswer(cached.hubHost, call->error());
        }
    });
    m_answer.hubHost = cached.hubHost;
    m_answer.deviceId = cached.deviceId;
    m_answer.registrationId = cached.registrationId;
    m_answer.dpsHost = cached.dpsHost;
    if (!cached.dpsHost.isEmpty() && !cached.registrationId.isEmpty()) {
        askRegistration(cached.dpsHost, cached.registrationId);
        askEnrollment(cached.dpsHost, cached.registrationId);
    }
    endRound();
}

void DeviceLookup::searchDps()
{
    const QString id = m_answer.askedId;
    const QStringList dps = m_locator->dpsHosts();
    m_answer.askedDps = dps;
    if (!IdentifierRules::isValidRegistrationId(id)) {
        step(tr("%1 is not a valid registration ID: DPS is not asked.").arg(id));
        searchHubs();
        return;
    }
    step(tr("Asking every DPS instance (%1) for the registration %2, in parallel.").arg(QString::number(dps.size()), id));
    beginRound([this] { onDpsAnswered(); });
    for (const QString &host : dps) {
        DpsServiceClient *client = m_locator->dpsClient(host);
        if (!client) {
            m_answer.problems.append(tr("%1 was not asked: %2").arg(m_locator->describeHost(host), m_locator->missingReason(host)));
            continue;
        }
        ask(client->getRegistrationState(id), [this, host](AzureResult<DeviceRegistrationState> *call) {
            if (call->isSuccess()) {
                const DeviceRegistrationState &state = call->value();
                step(tr("%1 holds the registration %2: %3, hub %4.")
                         .arg(m_locator->describeHost(host), state.registrationId.value_or(m_answer.askedId),
                              state.status ? Wire::toString(*state.status) : QString(), state.assignedHub.value_or(tr("none"))));
                m_registrations.append({host, state});
            } else if (!isDpsNotFound(call->error())) {
                noAnswer(host, call->error());
            }
        });
    }
    endRound();
}

void DeviceLookup::onDpsAnswered()
{
    m_answer.resolution = m_stale ? DeviceLookupAnswer::Resolution::StaleCacheCorrected : DeviceLookupAnswer::Resolution::Cold;
    if (m_registrations.isEmpty()) {
        // A device ID that differs from its registration ID, or a device without DPS: only the
        // hubs know it.
        searchHubs();
        return;
    }
    std::stable_sort(m_registrations.begin(), m_registrations.end(), [](const Registration &a, const Registration &b) {
        return registrationRank(a.state) < registrationRank(b.state);
    });
    if (m_registrations.size() > 1) {
        QStringList hosts;
        for (const Registration &r : std::as_const(m_registrations))
            hosts.append(r.dpsHost);
        m_answer.problems.append(tr("%1 DPS instances hold a registration %2: %3.")
                                     .arg(QString::number(hosts.size()), m_answer.askedId, hosts.join(QStringLiteral(", "))));
    }
    takeRegistration(m_registrations.first(), true);
    if (m_answer.isAssigning())
        step(tr("The registration is assigning: the device is mid-enrollment and has no hub yet."));
    beginRound([this] { learnAndFinish(); });
    if (!m_answer.hubHost.isEmpty()) {
        m_answer.askedHubs = QStringList{m_answer.hubHost};
        step(tr("Asking the assigned hub %1 for the identity %2.").arg(m_locator->describeHost(m_answer.hubHost), m_answer.deviceId));
        askIdentity(m_answer.hubHost, m_answer.deviceId, true);
    }
    askEnrollment(m_answer.dpsHost, m_answer.registrationId);
    endRound();
}

void DeviceLookup::searchHubs()
{
    const QString id = m_answer.askedId;
    const QStringList hubs = m_locator->hubHosts();
    m_answer.askedHubs = hubs;
    if (!IdentifierRules::isValidDeviceId(id)) {
        m_answer.problems.append(tr("%1 is not a valid device ID.").arg(id));
        learnAndFinish();
        return;
    }
    step(tr("No registration %1: asking every hub (%2) for an identity %1, in parallel.").arg(id, QString::number(hubs.size())));
    beginRound([this] { onHubsAnswered(); });
    for (const QString &host : hubs) {
        // The cached hub said DeviceNotFound for this very ID a moment ago.
        if (m_stale && m_cached->deviceId == id && host.compare(m_cached->hubHost, Qt::CaseInsensitive) == 0)
            continue;
        HubRegistryClient *client = m_locator->hubClient(host);
        if (!client) {
            m_answer.problems.append(tr("%1 was not asked: %2").arg(m_locator->describeHost(host), m_locator->missingReason(host)));
            continue;
        }
        ask(client->getTwin(id), [this, host, id](AzureResult<Twin> *call) {
            if (call->isSuccess()) {
                step(tr("%1 holds an identity %2.").arg(m_locator->describeHost(host), id));
                m_identities.append({host, call->value()});
            } else if (!isDeviceNotFound(call->error())) {
                noAnswer(host, call->error());
            }
        });
    }
    endRound();
}

void DeviceLookup::onHubsAnswered()
{
    m_answer.resolution = m_stale ? DeviceLookupAnswer::Resolution::StaleCacheCorrected : DeviceLookupAnswer::Resolution::Cold;
    if (m_identities.isEmpty()) {
        learnAndFinish();
        return;
    }
    // Enabled identities first: the one a device connecting now would reach.
    std::stable_sort(m_identities.begin(), m_identities.end(), [](const auto &a, const auto &b) {
        const auto enabled = [](const Twin &twin) { return twin.status.value_or(DeviceStatus::Enabled) == DeviceStatus::Enabled; };
        return enabled(a.second) && !enabled(b.second);
    });
    if (m_identities.size() > 1) {
        QStringList hosts;
        for (const auto &found : std::as_const(m_identities))
            hosts.append(found.first);
        m_answer.problems.append(tr("Identities %1 exist on %2 hubs: %3.")
                                     .arg(m_answer.askedId, QString::number(hosts.size()), hosts.join(QStringLiteral(", "))));
    }
    takeTwin(m_identities.first().first, m_answer.askedId, m_identities.first().second);
    step(tr("No DPS instance has a registration %1: the registration ID may differ from the device ID.").arg(m_answer.askedId));
    beginRound([this] { learnAndFinish(); });
    // A stale entry may still know the registration of this device.
    if (m_cached && m_cached->deviceId == m_answer.deviceId && !m_cached->registrationId.isEmpty() && !m_cached->dpsHost.isEmpty()) {
        m_answer.registrationId = m_cached->registrationId;
        m_answer.dpsHost = m_cached->dpsHost;
        askRegistration(m_answer.dpsHost, m_answer.registrationId);
        askEnrollment(m_answer.dpsHost, m_answer.registrationId);
    }
    endRound();
}

void DeviceLookup::placeInStamp()
{
    const Stamp *stamp = m_answer.hubHost.isEmpty() ? nullptr : m_locator->stampOf(m_answer.hubHost);
    if (!stamp && !m_answer.dpsHost.isEmpty())
        stamp = m_locator->stampOf(m_answer.dpsHost);
    if (stamp) {
        m_answer.stampId = stamp->id;
        m_answer.stampName = stamp->name;
    } else if (!m_answer.hubHost.isEmpty()) {
        m_answer.problems.append(tr("%1 is not a hub of the workspace.").arg(m_answer.hubHost));
    }
}

void DeviceLookup::learnAndFinish()
{
    if (m_locator) {
        // Found on one hub while DPS assigns it to another: a move under way, or a leftover.
        if (m_answer.identityFound && !m_assignedHub.isEmpty() && m_assignedHub.compare(m_answer.hubHost, Qt::CaseInsensitive) != 0)
            m_answer.problems.append(tr("The registration assigns the device to %1, but its identity was found on %2.")
                                         .arg(m_locator->describeHost(m_assignedHub), m_locator->describeHost(m_answer.hubHost)));
        if (m_answer.enrollmentKind == DeviceLookupAnswer::EnrollmentKind::Group)
            nameGroup();
        placeInStamp();
        if (DeviceLookupCache *cache = m_locator->cache()) {
            if (m_answer.identityFound && !m_answer.hubHost.isEmpty()) {
                if (m_stale && m_cached->deviceId != m_answer.deviceId)
                    cache->forget(m_cached->deviceId);
                cache->remember({m_answer.deviceId, m_answer.registrationId, m_answer.hubHost, m_answer.dpsHost, {}});
            } else if (m_stale) {
                cache->forget(m_cached->deviceId);
            }
        }
    }
    finish();
}

void DeviceLookup::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_next = nullptr;
    m_roundTimer.stop();
    if (!m_answer.found)
        m_answer.resolution = DeviceLookupAnswer::Resolution::NotFound;
    m_answer.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}

} // namespace StampDeck
