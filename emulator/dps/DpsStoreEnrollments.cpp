// DpsStore: individual enrollments, enrollment groups and the bulk operation.
#include "dps/DpsStore.h"

#include "dps/EtagMatch.h"

#include "BulkEnrollmentOperation.h"
#include "IdentifierRules.h"

#include <QDateTime>
#include <QSet>

#include <type_traits>
#include <vector>

namespace StampDeck::Emulator {

using namespace Azure;

namespace {

AzureDateTime dateTime(qint64 ms)
{
    return AzureDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// The precondition of a PUT: none on an existing record is a conflict (Azure answers 409 and asks
// for the etag, azure-iot-sdk-csharp#3076), a stale one a 412; a specific etag cannot match a
// record that does not exist.
AzureError checkPutPrecondition(bool exists, const QString &ifMatch, const QString &currentEtag,
                                int conflictCode, const QString &what)
{
    if (exists) {
        if (ifMatch.isEmpty())
            return AzureError::dps(conflictCode,
                                   QStringLiteral("%1 already exists; send If-Match with its etag (or *) to replace it").arg(what));
        if (!EtagMatch::matches(ifMatch, currentEtag))
            return AzureError::dps(ErrorCodes::DpsPreconditionFailed,
                                   QStringLiteral("If-Match '%1' does not match the etag of %2").arg(ifMatch, what));
    } else if (!ifMatch.isEmpty() && !EtagMatch::isWildcard(ifMatch)) {
        return AzureError::dps(ErrorCodes::DpsPreconditionFailed,
                               QStringLiteral("If-Match '%1' names a version, but %2 does not exist").arg(ifMatch, what));
    }
    return {};
}

// The precondition of a DELETE: without If-Match it is unconditional; with one, it must match.
AzureError checkDeletePrecondition(const QString &ifMatch, const QString &currentEtag, const QString &what)
{
    if (!ifMatch.isEmpty() && !EtagMatch::matches(ifMatch, currentEtag))
        return AzureError::dps(ErrorCodes::DpsPreconditionFailed,
                               QStringLiteral("If-Match '%1' does not match the etag of %2").arg(ifMatch, what));
    return {};
}

// One page of a slot list (enrollments or groups): up to maxItems live records, as read() returns
// them, from *cursor on; *cursor then points past them and any deleted slots after them, or is -1
// at the end.
template<typename Slot, typename Read>
auto pageOfSlots(const std::vector<Slot> &entries, qsizetype *cursor, int maxItems, Read read)
{
    QList<std::invoke_result_t<Read, const Slot &>> page;
    qsizetype slot = qMax<qsizetype>(0, *cursor);
    const qsizetype end = qsizetype(entries.size());
    for (; slot < end && page.size() < maxItems; ++slot) {
        if (entries[slot].record)
            page.append(read(entries[slot]));
    }
    while (slot < end && !entries[slot].record)
        ++slot;
    *cursor = slot < end ? slot : -1;
    return page;
}

} // namespace

template<typename Record>
AzureError DpsStore::validateCommon(Record &record, const Record *existing, HubSelection *hubs) const
{
    constexpr bool isGroup = std::is_same_v<Record, EnrollmentGroup>;
    if (AzureError e = validateAttestation(record.attestation, existing ? &existing->attestation : nullptr, isGroup))
        return e;
    if (record.allocationPolicy == AllocationPolicy::Custom)
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("allocationPolicy 'custom' (webhook allocation) is not supported by "
                                              "stampdeck-emulator; use 'hashed', 'geoLatency' or 'static'"));
    const auto linkedList = [this] {
        QStringList names;
        for (int i = 0; i < linkedHubCount(); ++i)
            names.append(linkedHubHostName(i));
        return names.join(QStringLiteral(", "));
    };
    if (record.iotHubs) {
        for (qsizetype i = 0; i < record.iotHubs->size(); ++i) {
            const int index = linkedHubIndex(record.iotHubs->at(i));
            if (index < 0)
                return AzureError::dps(ErrorCodes::DpsBadRequest,
                                       QStringLiteral("iotHubs[%1] '%2' is not an IoT hub linked to this DPS instance (linked: %3)")
                                           .arg(i).arg(record.iotHubs->at(i), linkedList()));
            if (!hubs->hubs.contains(qint16(index)))
                hubs->hubs.append(qint16(index));
        }
    }
    if (record.iotHubHostName && !record.iotHubHostName->isEmpty()) {
        const int index = linkedHubIndex(*record.iotHubHostName);
        if (index < 0)
            return AzureError::dps(ErrorCodes::DpsBadRequest,
                                   QStringLiteral("iotHubHostName '%1' is not an IoT hub linked to this DPS instance (linked: %2)")
                                       .arg(*record.iotHubHostName, linkedList()));
        hubs->staticHub = qint16(index);
    }
    if (record.allocationPolicy == AllocationPolicy::Static && hubs->staticHub < 0 && hubs->hubs.size() != 1
        && !(hubs->hubs.isEmpty() && linkedHubCount() == 1))
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("allocationPolicy 'static' needs exactly one IoT hub: set iotHubHostName "
                                              "or give iotHubs a single entry"));
    if (record.initialTwin && record.initialTwin->properties && record.initialTwin->properties->reported)
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("initialTwin.properties may only hold 'desired'; reported properties come from the device"));
    // What Azure fills in when a field is left out.
    if (!record.provisioningStatus)
        record.provisioningStatus = ProvisioningStatus::Enabled;
    ReprovisionPolicy policy = record.reprovisionPolicy.value_or(ReprovisionPolicy());
    policy.updateHubAssignment = policy.effectiveUpdateHubAssignment();
    policy.migrateDeviceData = policy.effectiveMigrateDeviceData();
    record.reprovisionPolicy = policy;
    DeviceCapabilities capabilities = record.capabilities.value_or(DeviceCapabilities());
    if (!capabilities.iotEdge)
        capabilities.iotEdge = false;
    record.capabilities = capabilities;
    // Hub references are kept as linked-hub indices and written back as host names on the way
    // out, so a restored state follows the hubs to their new ports.
    record.iotHubs.reset();
    record.iotHubHostName.reset();
    record.etag.reset();
    return {};
}

template<typename Record>
void DpsStore::writeHubs(Record &record, const HubSelection &hubs) const
{
    if (!hubs.hubs.isEmpty()) {
        QStringList names;
        for (const qint16 index : hubs.hubs)
            names.append(linkedHubHostName(index));
        record.iotHubs = names;
    }
    if (hubs.staticHub >= 0)
        record.iotHubHostName = linkedHubHostName(hubs.staticHub);
}

// --- individual enrollments ---

DpsOutcome<IndividualEnrollment> DpsStore::putEnrollment(const IndividualEnrollment &input, const QString &ifMatch)
{
    using Outcome = DpsOutcome<IndividualEnrollment>;
    QString problem;
    if (!IdentifierRules::isValidRegistrationId(input.registrationId, &problem))
        return Outcome::failure(AzureError::dps(ErrorCodes::DpsInvalidRegistrationId, problem));
    if (input.deviceId && !input.deviceId->isEmpty() && !IdentifierRules::isValidDeviceId(*input.deviceId, &problem))
        return Outcome::failure(AzureError::dps(ErrorCodes::DpsBadRequest, QStringLiteral("deviceId: ") + problem));
    const QString k = key(input.registrationId);
    const auto found = m_enrollmentIndex.constFind(k);
    const int slotIndex = found != m_enrollmentIndex.constEnd() ? found.value() : -1;
    const IndividualEnrollment *existing = slotIndex >= 0 ? &*m_enrollments[slotIndex].record : nullptr;
    const QString what = QStringLiteral("enrollment '%1'").arg(input.registrationId);
    if (AzureError e = checkPutPrecondition(existing, ifMatch, slotIndex >= 0 ? etagText(m_enrollments[slotIndex].etag) : QString(),
                                            ErrorCodes::DpsEnrollmentConflict, what))
        return Outcome::failure(e);

    IndividualEnrollment record = input;
    record.registrationState.reset();
    if (record.deviceId && record.deviceId->isEmpty())
        record.deviceId.reset();
    HubSelection hubs;
    if (AzureError e = validateCommon(record, existing, &hubs))
        return Outcome::failure(e);
    const qint64 ms = now();
    record.createdDateTimeUtc = existing && existing->createdDateTimeUtc ? existing->createdDateTimeUtc : dateTime(ms);
    record.lastUpdatedDateTimeUtc = dateTime(ms);
    const quint32 etag = nextEtag();
    if (slotIndex >= 0) {
        EnrollmentSlot &slot = m_enrollments[slotIndex];
        slot.record = std::move(record);
        slot.hubs = hubs;
        slot.etag = etag;
    } else {
        m_enrollments.push_back({input.registrationId, std::move(record), hubs, etag});
        m_enrollmentIndex.insert(k, int(m_enrollments.size() - 1));
    }
    return Outcome::success(*enrollment(input.registrationId).value, slotIndex < 0);
}

DpsOutcome<IndividualEnrollment> DpsStore::enrollment(const QString &registrationId) const
{
    const auto found = m_enrollmentIndex.constFind(key(registrationId));
    if (found == m_enrollmentIndex.constEnd())
        return DpsOutcome<IndividualEnrollment>::failure(AzureError::dps(
            ErrorCodes::DpsEnrollmentNotFound, QStringLiteral("enrollment '%1' does not exist").arg(registrationId)));
    const EnrollmentSlot &slot = m_enrollments[found.value()];
    IndividualEnrollment record = *slot.record;
    record.etag = etagText(slot.etag);
    writeHubs(record, slot.hubs);
    const auto registration = m_registrationIndex.constFind(key(registrationId));
    if (registration != m_registrationIndex.constEnd() && m_registrations[registration.value()].group < 0)
        record.registrationState = stateOf(registration.value(), false);
    return DpsOutcome<IndividualEnrollment>::success(std::move(record));
}

AzureError DpsStore::deleteEnrollment(const QString &registrationId, const QString &ifMatch)
{
    const auto found = m_enrollmentIndex.constFind(key(registrationId));
    if (found == m_enrollmentIndex.constEnd())
        return AzureError::dps(ErrorCodes::DpsEnrollmentNotFound,
                               QStringLiteral("enrollment '%1' does not exist").arg(registrationId));
    EnrollmentSlot &slot = m_enrollments[found.value()];
    if (AzureError e = checkDeletePrecondition(ifMatch, etagText(slot.etag), QStringLiteral("enrollment '%1'").arg(registrationId)))
        return e;
    slot.record.reset();
    m_enrollmentIndex.erase(found);
    // The registration state belongs to the enrollment; a group registration of the same ID stays.
    const auto registration = m_registrationIndex.constFind(key(registrationId));
    if (registration != m_registrationIndex.constEnd() && m_registrations[registration.value()].group < 0)
        eraseRegistration(registrationId);
    return {};
}

QList<IndividualEnrollment> DpsStore::enrollmentPage(qsizetype *cursor, int maxItems) const
{
    return pageOfSlots(m_enrollments, cursor, maxItems,
                       [this](const EnrollmentSlot &slot) { return *enrollment(slot.registrationId).value; });
}

// --- enrollment groups ---

DpsOutcome<EnrollmentGroup> DpsStore::putEnrollmentGroup(const EnrollmentGroup &input, const QString &ifMatch)
{
    using Outcome = DpsOutcome<EnrollmentGroup>;
    QString problem;
    if (!IdentifierRules::isValidEnrollmentGroupId(input.enrollmentGroupId, &problem))
        return Outcome::failure(AzureError::dps(ErrorCodes::DpsInvalidEnrollmentGroupId, problem));
    const QString k = key(input.enrollmentGroupId);
    const auto found = m_groupIndex.constFind(k);
    const int liveSlot = found != m_groupIndex.constEnd() ? found.value() : -1;
    const EnrollmentGroup *existing = liveSlot >= 0 ? &*m_groups[liveSlot].record : nullptr;
    const QString what = QStringLiteral("enrollment group '%1'").arg(input.enrollmentGroupId);
    if (AzureError e = checkPutPrecondition(existing, ifMatch, liveSlot >= 0 ? etagText(m_groups[liveSlot].etag) : QString(),
                                            ErrorCodes::DpsEnrollmentGroupConflict, what))
        return Outcome::failure(e);

    EnrollmentGroup record = input;
    HubSelection hubs;
    if (AzureError e = validateCommon(record, existing, &hubs))
        return Outcome::failure(e);
    const qint64 ms = now();
    record.createdDateTimeUtc = existing && existing->createdDateTimeUtc ? existing->createdDateTimeUtc : dateTime(ms);
    record.lastUpdatedDateTimeUtc = dateTime(ms);
    // A group deleted and created again takes its old slot back, so the registration states its
    // devices kept belong to it again.
    const int slotIndex = m_groupSlotById.value(k, -1);
    if (slotIndex < 0) {
        m_groups.emplace_back();
        m_groupSlotById.insert(k, int(m_groups.size() - 1));
    }
    const int slotNumber = slotIndex >= 0 ? slotIndex : int(m_groups.size() - 1);
    GroupSlot &slot = m_groups[slotNumber];
    slot.groupId = input.enrollmentGroupId;
    slot.record = std::move(record);
    slot.hubs = hubs;
    slot.etag = nextEtag();
    refreshGroupCache(slot);
    m_groupIndex.insert(k, slotNumber);
    return Outcome::success(*enrollmentGroup(input.enrollmentGroupId).value, liveSlot < 0);
}

DpsOutcome<EnrollmentGroup> DpsStore::enrollmentGroup(const QString &groupId) const
{
    const auto found = m_groupIndex.constFind(key(groupId));
    if (found == m_groupIndex.constEnd())
        return DpsOutcome<EnrollmentGroup>::failure(AzureError::dps(
            ErrorCodes::DpsEnrollmentGroupNotFound, QStringLiteral("enrollment group '%1' does not exist").arg(groupId)));
    const GroupSlot &slot = m_groups[found.value()];
    EnrollmentGroup record = *slot.record;
    record.etag = etagText(slot.etag);
    writeHubs(record, slot.hubs);
    return DpsOutcome<EnrollmentGroup>::success(std::move(record));
}

AzureError DpsStore::deleteEnrollmentGroup(const QString &groupId, const QString &ifMatch)
{
    const auto found = m_groupIndex.constFind(key(groupId));
    if (found == m_groupIndex.constEnd())
        return AzureError::dps(ErrorCodes::DpsEnrollmentGroupNotFound,
                               QStringLiteral("enrollment group '%1' does not exist").arg(groupId));
    GroupSlot &slot = m_groups[found.value()];
    if (AzureError e = checkDeletePrecondition(ifMatch, etagText(slot.etag), QStringLiteral("enrollment group '%1'").arg(groupId)))
        return e;
    slot.record.reset();
    refreshGroupCache(slot);
    m_groupIndex.erase(found);
    return {};
}

QList<EnrollmentGroup> DpsStore::enrollmentGroupPage(qsizetype *cursor, int maxItems) const
{
    return pageOfSlots(m_groups, cursor, maxItems, [this](const GroupSlot &slot) { return *enrollmentGroup(slot.groupId).value; });
}

// --- bulk ---

DpsOutcome<BulkEnrollmentOperationResult> DpsStore::runBulkOperation(BulkEnrollmentMode mode, bool groups,
                                                                     const QList<BulkItem> &items)
{
    using Outcome = DpsOutcome<BulkEnrollmentOperationResult>;
    const QString noun = groups ? QStringLiteral("enrollment groups") : QStringLiteral("enrollments");
    if (items.isEmpty())
        return Outcome::failure(AzureError::dps(ErrorCodes::DpsBadRequest,
                                                QStringLiteral("a bulk operation needs at least one item in '%1'")
                                                    .arg(groups ? QStringLiteral("enrollmentGroups") : QStringLiteral("enrollments"))));
    if (items.size() > BulkEnrollmentOperation::MaxItems)
        return Outcome::failure(AzureError::dps(ErrorCodes::DpsTooManyEnrollments,
                                                QStringLiteral("a bulk operation takes at most %1 %2; this one has %3")
                                                    .arg(BulkEnrollmentOperation::MaxItems).arg(noun).arg(items.size())));
    QSet<QString> seen;
    for (const BulkItem &item : items) {
        if (seen.contains(key(item.id)))
            return Outcome::failure(AzureError::dps(ErrorCodes::DpsRegistrationIdDefinedMultipleTimes,
                                                    QStringLiteral("'%1' appears more than once in the bulk operation").arg(item.id)));
        seen.insert(key(item.id));
    }
    BulkEnrollmentOperationResult result;
    for (const BulkItem &item : items) {
        AzureError error;
        if (mode == BulkEnrollmentMode::Delete) {
            error = groups ? deleteEnrollmentGroup(item.id, item.etag) : deleteEnrollment(item.id, item.etag);
        } else {
            QString ifMatch;
            if (mode == BulkEnrollmentMode::Update)
                ifMatch = QStringLiteral("*");
            else if (mode == BulkEnrollmentMode::UpdateIfMatchETag)
                ifMatch = item.etag.isEmpty() ? QStringLiteral("*") : item.etag;
            if (mode == BulkEnrollmentMode::UpdateIfMatchETag && item.etag.isEmpty()) {
                error = AzureError::dps(ErrorCodes::DpsPreconditionFailed,
                                        QStringLiteral("mode updateIfMatchETag needs the item's etag"));
            } else if (groups && item.group) {
                error = putEnrollmentGroup(*item.group, ifMatch).error;
            } else if (!groups && item.enrollment) {
                error = putEnrollment(*item.enrollment, ifMatch).error;
            }
        }
        if (error) {
            BulkEnrollmentOperationError failed;
            if (groups)
                failed.enrollmentGroupId = item.id;
            else
                failed.registrationId = item.id;
            failed.errorCode = error.code();
            failed.errorStatus = error.message();
            result.errors.append(failed);
        }
    }
    result.isSuccessful = result.errors.isEmpty();
    return Outcome::success(result);
}

} // namespace StampDeck::Emulator
