// DpsStore: finishing registrations (allocation onto a linked hub, re-provisioning) and the
// allocation mode that holds or fails them.
#include "dps/DpsStore.h"

#include "hub/ProvisioningTarget.h"

#include <algorithm>

namespace StampDeck::Emulator {

using namespace Azure;

void DpsStore::conclude(quint32 slot, RegistrationStatus status, const QString &deviceId, int errorCode,
                        const QString &errorMessage)
{
    Registration &registration = m_registrations[slot];
    registration.status = quint8(status);
    const bool otherDeviceId = deviceId != registration.registrationId;
    if (otherDeviceId || errorCode != 0)
        m_registrationExtras.insert(slot, RegistrationExtra{otherDeviceId ? deviceId : QString(), errorCode, errorMessage});
    else if (!m_registrationExtras.isEmpty())
        m_registrationExtras.remove(slot);
    if (status == RegistrationStatus::Assigning)
        m_held.insert(slot);
    else if (!m_held.isEmpty())
        m_held.remove(slot);
}

void DpsStore::assign(quint32 slot, const EnrollmentTerms &terms, const QString &previousDeviceId)
{
    Registration &registration = m_registrations[slot];
    const QString &registrationId = registration.registrationId;
    const QString &deviceId = terms.deviceId;
    const bool wasAssigned = registration.hub >= 0 && linkedHub(registration.hub);
    if (m_allocationMode.kind == AllocationMode::Kind::Fail) {
        // As when no linked hub can take the device: the identity stays where it was.
        conclude(slot, RegistrationStatus::Failed, deviceId, m_allocationMode.effectiveErrorCode(),
                 m_allocationMode.effectiveErrorMessage(m_name));
        return;
    }

    int target = -1;
    RegistrationSubstatus substatus = RegistrationSubstatus::InitialAssignment;
    if (wasAssigned && !terms.reprovision.effectiveUpdateHubAssignment()) {
        target = registration.hub; // "never re-provision": the device keeps its hub
    } else {
        QString allocationError;
        target = allocate(registrationId, terms.policy, *terms.hubs, &allocationError);
        if (target < 0 || !linkedHub(target)) {
            conclude(slot, RegistrationStatus::Failed, deviceId, AllocationMode::DefaultErrorCode,
                     allocationError.isEmpty() ? QStringLiteral("the allocated IoT hub is not linked") : allocationError);
            return;
        }
    }
    ProvisioningTarget *hub = linkedHub(target);
    if (!wasAssigned) {
        hub->assignDevice(deviceId, terms.primaryKey, terms.secondaryKey, terms.initialTwin, false);
    } else if (target == registration.hub) {
        // Back on the hub it is on: the identity (and its twin) stay; keys are refreshed.
        substatus = RegistrationSubstatus::ReprovisionedToInitialAssignment;
        hub->assignDevice(deviceId, terms.primaryKey, terms.secondaryKey, terms.initialTwin, false);
    } else {
        // Moving: the old hub lets the device go (Azure removes it there in both cases); its
        // twin travels along with migrateDeviceData, else the new hub starts from the initial twin.
        std::optional<QJsonObject> released;
        if (ProvisioningTarget *previous = linkedHub(registration.hub))
            released = previous->releaseDevice(previousDeviceId);
        if (terms.reprovision.effectiveMigrateDeviceData()) {
            substatus = RegistrationSubstatus::DeviceDataMigrated;
            hub->assignDevice(deviceId, terms.primaryKey, terms.secondaryKey, released.value_or(terms.initialTwin), true);
        } else {
            substatus = RegistrationSubstatus::DeviceDataReset;
            hub->assignDevice(deviceId, terms.primaryKey, terms.secondaryKey, terms.initialTwin, true);
        }
    }
    registration.hub = qint16(target);
    registration.substatus = quint8(substatus);
    conclude(slot, RegistrationStatus::Assigned, deviceId);
}

void DpsStore::settle(quint32 slot)
{
    Registration &registration = m_registrations[slot];
    const QString registrationId = registration.registrationId;
    const QString previousDeviceId = deviceIdOf(slot);
    registration.updatedMs = now();
    registration.etag = nextEtag();
    // The enrollment is read again: it may have changed (or its group gone) while held.
    EnrollmentTerms terms;
    const EnrollmentRef ref{registration.group < 0, registration.group};
    if (AzureError e = termsOf(registrationId, ref, &terms))
        conclude(slot, RegistrationStatus::Failed, previousDeviceId, e.code(), e.message());
    else if (!terms.enabled)
        conclude(slot, RegistrationStatus::Disabled, terms.deviceId);
    else
        assign(slot, terms, previousDeviceId);
}

void DpsStore::settleIfReleased(quint32 slot)
{
    if (RegistrationStatus(m_registrations[slot].status) != RegistrationStatus::Assigning
        || m_allocationMode.kind == AllocationMode::Kind::Hold)
        return;
    settle(slot);
    if (m_changeListener)
        m_changeListener();
}

int DpsStore::setAllocationMode(const AllocationMode &mode)
{
    m_allocationMode = mode;
    if (mode.kind == AllocationMode::Kind::Hold || m_held.isEmpty())
        return 0;
    // In slot order, so a release allocates in the order the devices registered.
    QList<quint32> held(m_held.cbegin(), m_held.cend());
    std::sort(held.begin(), held.end());
    for (const quint32 slot : std::as_const(held))
        settle(slot);
    if (m_changeListener)
        m_changeListener();
    return int(held.size());
}

} // namespace StampDeck::Emulator
