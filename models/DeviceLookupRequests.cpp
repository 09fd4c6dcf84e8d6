#include "DeviceLookup.h"

#include "DeviceLocator.h"
#include "AzureErrorCodes.h"

#include "AzureCall.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
#include "EnrollmentGroupMatch.h"

// The single requests of a lookup's rounds (DeviceLookup.cpp runs the rounds).
namespace StampDeck {

using namespace Azure;

QJsonObject DeviceLookup::withoutMetadata(const QJsonObject &collection)
{
    QJsonObject result;
    for (auto it = collection.begin(); it != collection.end(); ++it) {
        if (!it.key().startsWith(u'$'))
            result.insert(it.key(), it.value());
    }
    return result;
}

bool DeviceLookup::isDeviceNotFound(const AzureError &error)
{
    return error.code() == ErrorCodes::DeviceNotFound;
}

bool DeviceLookup::isDpsNotFound(const AzureError &error)
{
    return error.httpStatus() == 404 && error.kind() != AzureErrorKind::Cancelled;
}

void DeviceLookup::askIdentity(const QString &hubHost, const QString &deviceId, bool missingIsProblem)
{
    HubRegistryClient *hub = m_locator->hubClient(hubHost);
    if (!hub) {
        m_answer.problems.append(tr("%1 was not asked: %2").arg(m_locator->describeHost(hubHost), m_locator->missingReason(hubHost)));
        return;
    }
    // The twin carries the identity's status, connection state and last activity besides tags
    // and reported properties: one request instead of two.
    ask(hub->getTwin(deviceId), [this, hubHost, deviceId, missingIsProblem](AzureResult<Twin> *call) {
        if (call->isSuccess()) {
            step(tr("%1 holds the identity %2.").arg(m_locator->describeHost(hubHost), deviceId));
            takeTwin(hubHost, deviceId, call->value());
        } else if (!isDeviceNotFound(call->error())) {
            noAnswer(hubHost, call->error());
        } else if (missingIsProblem) {
            m_answer.problems.append(tr("The registration assigns %1 to %2, but that hub has no identity %1.")
                                         .arg(deviceId, m_locator->describeHost(hubHost)));
        }
    });
}

void DeviceLookup::takeTwin(const QString &hubHost, const QString &deviceId, const Twin &twin)
{
    m_answer.found = true;
    m_answer.identityFound = true;
    m_answer.hubHost = hubHost;
    m_answer.deviceId = twin.deviceId.value_or(deviceId);
    m_answer.identityStatus = twin.status;
    m_answer.statusReason = twin.statusReason.value_or(QString());
    m_answer.connectionState = twin.connectionState;
    m_answer.lastActivity = twin.lastActivityTime && twin.lastActivityTime->isValid() && !twin.lastActivityTime->isNever()
                                ? twin.lastActivityTime->toDateTime()
                                : QDateTime();
    m_answer.tags = twin.tags.value_or(QJsonObject());
    m_answer.reported = twin.properties && twin.properties->reported ? withoutMetadata(*twin.properties->reported) : QJsonObject();
}

void DeviceLookup::askRegistration(const QString &dpsHost, const QString &registrationId)
{
    DpsServiceClient *dps = m_locator->dpsClient(dpsHost);
    if (!dps)
        return;
    ask(dps->getRegistrationState(registrationId), [this, dpsHost, registrationId](AzureResult<DeviceRegistrationState> *call) {
        if (call->isSuccess())
            takeRegistration({dpsHost, call->value()}, false);
        else if (isDpsNotFound(call->error())) // the cached DPS is a hint like the cached hub
            step(tr("%1 no longer holds the registration %2.").arg(m_locator->describeHost(dpsHost), registrationId));
        else
            noAnswer(dpsHost, call->error());
    });
}

void DeviceLookup::askEnrollment(const QString &dpsHost, const QString &registrationId)
{
    DpsServiceClient *dps = m_locator->dpsClient(dpsHost);
    if (!dps)
        return;
    // DPS's service API does not name the enrollment of a registration: an individual
    // enrollment carries the registration ID, so its absence means a group.
    ask(dps->getEnrollment(registrationId), [this, dpsHost, registrationId](AzureResult<IndividualEnrollment> *call) {
        if (call->isSuccess()) {
            m_answer.enrollmentKind = DeviceLookupAnswer::EnrollmentKind::Individual;
            m_answer.enrollmentId = registrationId;
        } else if (isDpsNotFound(call->error())) {
            m_answer.enrollmentKind = DeviceLookupAnswer::EnrollmentKind::Group;
        } else {
            noAnswer(dpsHost, call->error());
        }
    });
    // Nor does it name the group: the instance's group list, read alongside and kept for a few
    // minutes, narrows it down at the end (nameGroup()) without an extra wait.
    EnrollmentGroupDirectory *groups = m_locator->groupDirectory();
    m_groups = groups->groupsOf(dpsHost);
    if (m_groups)
        return;
    ask(groups->read(dps, dpsHost), [this, dpsHost](EnrollmentGroupDirectory::GroupsCall *call) {
        if (call->isSuccess())
            m_groups = call->value();
        else
            step(tr("The enrollment groups of %1 could not be read: %2").arg(m_locator->describeHost(dpsHost), call->error().toString()));
    });
}

void DeviceLookup::nameGroup()
{
    if (!m_groups)
        return;
    const EnrollmentGroupMatch match = EnrollmentGroupMatch::find(*m_groups, m_assignedHub, m_answer.identityFound ? &m_answer.tags : nullptr);
    const QString dps = m_locator->describeHost(m_answer.dpsHost);
    const QString hub = m_locator->describeHost(m_assignedHub);
    switch (match.evidence) {
    case EnrollmentGroupMatch::Evidence::None:
        m_answer.problems.append(m_assignedHub.isEmpty()
                                     ? tr("%1 has no enrollment group that could hold this registration.").arg(dps)
                                     : tr("No enrollment group of %1 can assign to %2: the group was deleted or changed since the device registered.")
                                           .arg(dps, hub));
        break;
    case EnrollmentGroupMatch::Evidence::OnlyCandidate:
        m_answer.enrollmentId = match.groupId;
        m_answer.enrollmentEvidence = m_assignedHub.isEmpty() ? tr("the only enrollment group of %1").arg(m_answer.dpsHost)
                                                              : tr("the only group of %1 that assigns to %2").arg(m_answer.dpsHost, m_assignedHub);
        break;
    case EnrollmentGroupMatch::Evidence::InitialTags:
        m_answer.enrollmentId = match.groupId;
        m_answer.enrollmentEvidence = tr("of %n groups that assign to this hub, the only one whose initial tags the twin carries", nullptr,
                                         int(match.candidates.size()));
        break;
    case EnrollmentGroupMatch::Evidence::Ambiguous:
        m_answer.enrollmentCandidates = match.candidates;
        m_answer.enrollmentEvidence = tr("DPS does not say which group a registration came from");
        break;
    }
    if (!m_answer.enrollmentId.isEmpty())
        step(tr("Enrollment group %1: %2.").arg(m_answer.enrollmentId, m_answer.enrollmentEvidence));
}

} // namespace StampDeck
