// DpsStore: device authentication, registration (allocation and re-provisioning) and the
// registration states.
#include "dps/DpsStore.h"

#include "dps/EtagMatch.h"
#include "hub/ProvisioningTarget.h"

#include "IdentifierRules.h"
#include "SharedAccessSignature.h"

#include <QDateTime>
#include <QRegularExpression>

namespace StampDeck::Emulator {

using namespace Azure;

namespace {

AzureDateTime dateTime(qint64 ms)
{
    return AzureDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

AzureError unauthorized(const QString &why)
{
    return AzureError::dps(ErrorCodes::DpsUnauthorized, why);
}

} // namespace

// --- authentication ---

DpsOutcome<EnrollmentRef> DpsStore::authenticateDevice(const QString &registrationId, const QString &authorizationHeader,
                                                       qint64 nowSeconds) const
{
    using Outcome = DpsOutcome<EnrollmentRef>;
    if (authorizationHeader.isEmpty())
        return Outcome::failure(unauthorized(QStringLiteral("the request has no Authorization header")));
    QString problem;
    const std::optional<SharedAccessSignature> token = SharedAccessSignature::parse(authorizationHeader, &problem);
    if (!token)
        return Outcome::failure(unauthorized(QStringLiteral("the Authorization header is not a shared access signature: ") + problem));
    const QString resource = m_idScope + QStringLiteral("/registrations/") + registrationId;
    if (token->decodedResource().compare(resource, Qt::CaseInsensitive) != 0)
        return Outcome::failure(unauthorized(QStringLiteral("the token is for '%1', not for '%2'").arg(token->decodedResource(), resource)));
    if (!token->keyName().isEmpty() && token->keyName() != u"registration")
        return Outcome::failure(unauthorized(QStringLiteral("a device token names the policy 'registration', not '%1'").arg(token->keyName())));
    if (nowSeconds == 0)
        nowSeconds = QDateTime::currentSecsSinceEpoch();
    if (token->isExpired(nowSeconds))
        return Outcome::failure(unauthorized(QStringLiteral("the token expired at %1").arg(token->expiry())));

    const auto verifies = [&token](const std::optional<QString> &keyText) {
        return keyText && !keyText->isEmpty() && token->verifySignature(*keyText);
    };
    // An individual enrollment takes precedence over the groups (Azure's rule).
    const auto individual = m_enrollmentIndex.constFind(key(registrationId));
    if (individual != m_enrollmentIndex.constEnd()) {
        const AttestationMechanism &attestation = m_enrollments[individual.value()].record->attestation;
        if (attestation.type != AttestationType::SymmetricKey || !attestation.symmetricKey)
            return Outcome::failure(unauthorized(
                QStringLiteral("enrollment '%1' uses %2 attestation; stampdeck-emulator authenticates symmetric-key devices only")
                    .arg(registrationId, toString(attestation.type))));
        if (verifies(attestation.symmetricKey->primaryKey) || verifies(attestation.symmetricKey->secondaryKey))
            return Outcome::success(EnrollmentRef{true, -1});
        return Outcome::failure(unauthorized(
            QStringLiteral("the token's signature matches neither key of enrollment '%1'").arg(registrationId)));
    }
    // A known device tries its own group first.
    const auto verifiesGroup = [&](int slot) {
        const GroupSlot &group = m_groups[slot];
        if (!group.record || !group.primary.isValid())
            return false;
        return token->verifySignature(QString::fromLatin1(group.primary.derive(registrationId)))
               || (group.secondary.isValid() && token->verifySignature(QString::fromLatin1(group.secondary.derive(registrationId))));
    };
    const auto registered = m_registrationIndex.constFind(key(registrationId));
    const int knownGroup = registered != m_registrationIndex.constEnd() ? m_registrations[registered.value()].group : -1;
    if (knownGroup >= 0 && verifiesGroup(knownGroup))
        return Outcome::success(EnrollmentRef{false, knownGroup});
    for (int slot = 0; slot < int(m_groups.size()); ++slot) {
        if (slot != knownGroup && verifiesGroup(slot))
            return Outcome::success(EnrollmentRef{false, slot});
    }
    return Outcome::failure(unauthorized(
        QStringLiteral("no enrollment of DPS instance '%1' matches registration '%2' and the token's signature")
            .arg(m_name, registrationId)));
}

std::optional<EnrollmentRef> DpsStore::groupRef(const QString &groupId) const
{
    const auto found = m_groupIndex.constFind(key(groupId));
    if (found == m_groupIndex.constEnd())
        return std::nullopt;
    return EnrollmentRef{false, found.value()};
}

void DpsStore::reserveRegistrations(qsizetype count)
{
    m_registrations.reserve(size_t(count));
    m_registrationIndex.reserve(count);
}

// --- registration ---

AzureError DpsStore::termsOf(const QString &registrationId, const EnrollmentRef &ref, EnrollmentTerms *terms) const
{
    terms->deviceId = registrationId;
    if (ref.individual) {
        const auto found = m_enrollmentIndex.constFind(key(registrationId));
        if (found == m_enrollmentIndex.constEnd())
            return AzureError::dps(ErrorCodes::DpsEnrollmentNotFound,
                                   QStringLiteral("enrollment '%1' does not exist").arg(registrationId));
        const EnrollmentSlot &slot = m_enrollments[found.value()];
        const IndividualEnrollment &record = *slot.record;
        terms->enabled = record.isEnabled();
        terms->reprovision = record.reprovisionPolicy.value_or(ReprovisionPolicy());
        terms->policy = record.allocationPolicy;
        terms->hubs = &slot.hubs;
        terms->deviceId = record.deviceId.value_or(registrationId);
        if (record.attestation.symmetricKey) {
            terms->primaryKey = record.attestation.symmetricKey->primaryKey.value_or(QString()).toLatin1();
            terms->secondaryKey = record.attestation.symmetricKey->secondaryKey.value_or(QString()).toLatin1();
        }
        if (record.initialTwin)
            terms->initialTwin = record.initialTwin->toJson();
        return {};
    }
    if (ref.groupSlot < 0 || ref.groupSlot >= int(m_groups.size()) || !m_groups[ref.groupSlot].record)
        return AzureError::dps(ErrorCodes::DpsEnrollmentGroupNotFound,
                               QStringLiteral("the enrollment group of registration '%1' no longer exists").arg(registrationId));
    const GroupSlot &slot = m_groups[ref.groupSlot];
    terms->enabled = slot.record->isEnabled();
    terms->reprovision = slot.record->reprovisionPolicy.value_or(ReprovisionPolicy());
    terms->policy = slot.record->allocationPolicy;
    terms->hubs = &slot.hubs;
    terms->primaryKey = slot.primary.derive(registrationId);
    terms->secondaryKey = slot.secondary.derive(registrationId);
    terms->initialTwin = slot.initialTwin;
    return {};
}

AzureError DpsStore::registerInternal(const QString &registrationId, const EnrollmentRef &ref,
                                      const QJsonObject *twinOverride, quint32 *slotOut)
{
    QString problem;
    if (!IdentifierRules::isValidRegistrationId(registrationId, &problem))
        return AzureError::dps(ErrorCodes::DpsInvalidRegistrationId, problem);

    EnrollmentTerms terms;
    if (AzureError e = termsOf(registrationId, ref, &terms))
        return e;
    if (twinOverride)
        terms.initialTwin = *twinOverride;

    // The registration state, new or existing.
    const QString k = key(registrationId);
    const auto found = m_registrationIndex.constFind(k);
    const bool isNew = found == m_registrationIndex.constEnd();
    quint32 slot = 0;
    if (isNew) {
        slot = quint32(m_registrations.size());
        Registration fresh;
        fresh.registrationId = registrationId;
        fresh.createdMs = now();
        fresh.live = true;
        m_registrations.push_back(std::move(fresh));
        m_registrationIndex.insert(k, slot);
    } else {
        slot = found.value();
    }
    const QString previousDeviceId = isNew ? terms.deviceId : deviceIdOf(slot);
    Registration &registration = m_registrations[slot];
    registration.group = qint16(ref.individual ? -1 : ref.groupSlot);
    registration.updatedMs = isNew ? registration.createdMs : now();
    registration.etag = nextEtag();
    *slotOut = slot;

    if (!terms.enabled) {
        conclude(slot, RegistrationStatus::Disabled, terms.deviceId);
        return {};
    }
    if (m_allocationMode.kind == AllocationMode::Kind::Hold) {
        // Held: the identity stays where it is (the previous ID is kept, for a move on release).
        conclude(slot, RegistrationStatus::Assigning, previousDeviceId);
        return {};
    }
    assign(slot, terms, previousDeviceId);
    return {};
}

DpsOutcome<RegistrationOperationStatus> DpsStore::registerDevice(const QString &registrationId, const EnrollmentRef &ref,
                                                                 const QJsonObject *twinOverride)
{
    using Outcome = DpsOutcome<RegistrationOperationStatus>;
    quint32 slot = 0;
    if (AzureError e = registerInternal(registrationId, ref, twinOverride, &slot))
        return Outcome::failure(e);
    const Registration &registration = m_registrations[slot];
    RegistrationOperationStatus status;
    status.operationId = operationIdFor(slot, registration.etag);
    status.status = RegistrationStatus(registration.status);
    status.registrationState = stateOf(slot, true);
    return Outcome::success(status);
}

AzureError DpsStore::registerWithoutResult(const QString &registrationId, const EnrollmentRef &ref,
                                           const QJsonObject *twinOverride, int *hubIndex)
{
    quint32 slot = 0;
    AzureError error = registerInternal(registrationId, ref, twinOverride, &slot);
    if (hubIndex)
        *hubIndex = error ? -1 : m_registrations[slot].hub;
    return error;
}

DpsOutcome<RegistrationOperationStatus> DpsStore::operationStatus(const QString &registrationId,
                                                                  const QString &operationId)
{
    using Outcome = DpsOutcome<RegistrationOperationStatus>;
    static const QRegularExpression pattern(
        QStringLiteral("^5\\.([0-9a-f]{12})0300\\.([0-9a-f]{8})-0000-4000-8000-([0-9a-f]{12})$"));
    const QRegularExpressionMatch match = pattern.match(operationId);
    const auto registered = m_registrationIndex.constFind(key(registrationId));
    if (match.hasMatch() && match.captured(1) == m_etagSalt && registered != m_registrationIndex.constEnd()) {
        const quint32 slot = match.captured(2).toUInt(nullptr, 16);
        const quint32 etag = quint32(match.captured(3).toULongLong(nullptr, 16));
        if (slot == registered.value() && etag <= m_registrations[slot].etag) {
            settleIfReleased(slot);
            RegistrationOperationStatus status;
            status.operationId = operationId;
            status.status = RegistrationStatus(m_registrations[slot].status);
            // Azure answers {operationId, status: "assigning"} until the allocation ends.
            if (status.status != RegistrationStatus::Assigning)
                status.registrationState = stateOf(slot, true);
            return Outcome::success(status);
        }
    }
    return Outcome::failure(AzureError::dps(ErrorCodes::DpsAsyncOperationNotFound,
                                            QStringLiteral("registration '%1' has no operation '%2'").arg(registrationId, operationId)));
}

// --- registration states ---

QString DpsStore::deviceIdOf(quint32 slot) const
{
    const auto extra = m_registrationExtras.constFind(slot);
    if (extra != m_registrationExtras.constEnd() && !extra->deviceId.isEmpty())
        return extra->deviceId;
    return m_registrations[slot].registrationId;
}

DeviceRegistrationState DpsStore::stateOf(quint32 slot, bool deviceApi) const
{
    const Registration &registration = m_registrations[slot];
    const auto status = RegistrationStatus(registration.status);
    DeviceRegistrationState state;
    state.registrationId = registration.registrationId;
    state.createdDateTimeUtc = dateTime(registration.createdMs);
    // Failed and assigning registrations name no hub (a held one may still have its old identity).
    if (registration.hub >= 0 && status != RegistrationStatus::Failed && status != RegistrationStatus::Assigning) {
        state.assignedHub = linkedHubHostName(registration.hub);
        state.deviceId = deviceIdOf(slot);
    }
    state.status = status;
    if (status == RegistrationStatus::Assigned)
        state.substatus = RegistrationSubstatus(registration.substatus);
    const auto extra = m_registrationExtras.constFind(slot);
    if (extra != m_registrationExtras.constEnd() && extra->errorCode != 0) {
        state.errorCode = extra->errorCode;
        state.errorMessage = extra->errorMessage;
    }
    state.lastUpdatedDateTimeUtc = dateTime(registration.updatedMs);
    state.etag = etagText(registration.etag);
    // The device API names the group a symmetric-key device came through.
    if (deviceApi && registration.group >= 0 && registration.group < int(m_groups.size()))
        state.symmetricKey = QJsonObject{{QStringLiteral("enrollmentGroupId"), m_groups[registration.group].groupId}};
    return state;
}

DpsOutcome<DeviceRegistrationState> DpsStore::registrationState(const QString &registrationId) const
{
    const auto found = m_registrationIndex.constFind(key(registrationId));
    if (found == m_registrationIndex.constEnd())
        return DpsOutcome<DeviceRegistrationState>::failure(AzureError::dps(
            ErrorCodes::DpsDeviceRegistrationNotFound,
            QStringLiteral("registration '%1' does not exist").arg(registrationId)));
    return DpsOutcome<DeviceRegistrationState>::success(stateOf(found.value(), false));
}

DpsOutcome<DeviceRegistrationResult> DpsStore::deviceRegistrationResult(const QString &registrationId)
{
    const auto found = m_registrationIndex.constFind(key(registrationId));
    if (found == m_registrationIndex.constEnd())
        return DpsOutcome<DeviceRegistrationResult>::failure(AzureError::dps(
            ErrorCodes::DpsDeviceRegistrationNotFound,
            QStringLiteral("registration '%1' does not exist").arg(registrationId)));
    settleIfReleased(found.value());
    return DpsOutcome<DeviceRegistrationResult>::success(stateOf(found.value(), true));
}

AzureError DpsStore::deleteRegistrationState(const QString &registrationId, const QString &ifMatch)
{
    const auto found = m_registrationIndex.constFind(key(registrationId));
    if (found == m_registrationIndex.constEnd())
        return AzureError::dps(ErrorCodes::DpsDeviceRegistrationNotFound,
                               QStringLiteral("registration '%1' does not exist").arg(registrationId));
    if (!ifMatch.isEmpty() && !EtagMatch::matches(ifMatch, etagText(m_registrations[found.value()].etag)))
        return AzureError::dps(ErrorCodes::DpsPreconditionFailed,
                               QStringLiteral("If-Match '%1' does not match the etag of registration '%2'").arg(ifMatch, registrationId));
    eraseRegistration(registrationId);
    return {};
}

void DpsStore::eraseRegistration(const QString &registrationId)
{
    const auto found = m_registrationIndex.find(key(registrationId));
    if (found == m_registrationIndex.end())
        return;
    const quint32 slot = found.value();
    m_registrationIndex.erase(found);
    Registration &registration = m_registrations[slot];
    registration.live = false;
    registration.registrationId = QString(); // the tombstone keeps its place, not its text
    m_registrationExtras.remove(slot);
    m_held.remove(slot);
}

DpsOutcome<QList<DeviceRegistrationState>> DpsStore::registrationPage(const QString &groupId, qsizetype *cursor,
                                                                      int maxItems) const
{
    using Outcome = DpsOutcome<QList<DeviceRegistrationState>>;
    const int group = m_groupSlotById.value(key(groupId), -1);
    if (group < 0)
        return Outcome::failure(AzureError::dps(ErrorCodes::DpsEnrollmentGroupNotFound,
                                                QStringLiteral("enrollment group '%1' does not exist").arg(groupId)));
    QList<DeviceRegistrationState> page;
    qsizetype slot = qMax<qsizetype>(0, *cursor);
    const qsizetype end = qsizetype(m_registrations.size());
    const auto belongs = [&](qsizetype i) {
        return m_registrations[i].live && m_registrations[i].group == group;
    };
    for (; slot < end && page.size() < maxItems; ++slot) {
        if (belongs(slot))
            page.append(stateOf(quint32(slot), false));
    }
    while (slot < end && !belongs(slot))
        ++slot;
    *cursor = slot < end ? slot : -1;
    return Outcome::success(page);
}

} // namespace StampDeck::Emulator
