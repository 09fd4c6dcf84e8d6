#include "dps/DpsStore.h"

#include "dps/Allocation.h"
#include "hub/ProvisioningTarget.h"

#include "SharedAccessSignature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace StampDeck::Emulator {

using namespace Azure;

DpsStore::DpsStore(const QString &name, const QString &idScope, const QString &region, QList<LinkedHub> hubs)
    : m_name(name)
    , m_idScope(idScope)
    , m_region(region)
    , m_hubs(std::move(hubs))
{
    const QByteArray digest = QCryptographicHash::hash(idScope.toLower().toUtf8(), QCryptographicHash::Sha256);
    m_etagSalt = QString::fromLatin1(digest.left(6).toHex());
}

void DpsStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 DpsStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

ProvisioningTarget *DpsStore::linkedHub(int index) const
{
    return index >= 0 && index < m_hubs.size() ? m_hubs.at(index).target : nullptr;
}

QString DpsStore::linkedHubRegion(int index) const
{
    return index >= 0 && index < m_hubs.size() ? m_hubs.at(index).region : QString();
}

QString DpsStore::linkedHubHostName(int index) const
{
    const ProvisioningTarget *target = linkedHub(index);
    return target ? target->hostName() : QString();
}

int DpsStore::linkedHubIndex(const QString &hostName) const
{
    for (int i = 0; i < m_hubs.size(); ++i) {
        if (m_hubs.at(i).target && m_hubs.at(i).target->hostName().compare(hostName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// Azure's etags are base64 of a quoted GUID-like text ("IjY5MDAzNTUyLTAwMDAtMDMwMC0wMDAwLTYzMGZkYThhMDAwMCI=");
// clients treat them as opaque, but a look-alike keeps logs and tests familiar.
QString DpsStore::etagText(quint32 etag) const
{
    const QString inner = u'"' + QStringLiteral("%1").arg(etag, 8, 16, QLatin1Char('0'))
                          + QStringLiteral("-0000-0300-0000-") + m_etagSalt + u'"';
    return QString::fromLatin1(inner.toLatin1().toBase64());
}

// "5.<16 hex>.<GUID>" like Azure's; the GUID carries the registration slot and the etag of the
// registration that started the operation, so a poll can be matched without storing operations.
QString DpsStore::operationIdFor(quint32 slot, quint32 etag) const
{
    return QStringLiteral("5.%1%2.%3-0000-4000-8000-%4")
        .arg(m_etagSalt, QStringLiteral("0300"))
        .arg(slot, 8, 16, QLatin1Char('0'))
        .arg(etag, 12, 16, QLatin1Char('0'));
}

QString DpsStore::key(const QString &id)
{
    // toLower() hands back the same shared string when nothing changes, so lower-case IDs (the
    // demo's) cost no second copy.
    return id.toLower();
}

AzureError DpsStore::validateAttestation(AttestationMechanism &attestation, const AttestationMechanism *existing,
                                         bool group) const
{
    const QString what = group ? QStringLiteral("enrollment group") : QStringLiteral("enrollment");
    switch (attestation.type) {
    case AttestationType::SymmetricKey: {
        if (attestation.tpm || attestation.x509)
            return AzureError::dps(ErrorCodes::DpsBadRequest,
                                   QStringLiteral("attestation of type 'symmetricKey' must not carry 'tpm' or 'x509'"));
        SymmetricKey keys = attestation.symmetricKey.value_or(SymmetricKey());
        const SymmetricKey *previous = existing && existing->type == AttestationType::SymmetricKey && existing->symmetricKey
                                           ? &*existing->symmetricKey
                                           : nullptr;
        const auto fill = [&](std::optional<QString> &keyText, const std::optional<QString> &kept,
                              QLatin1StringView field) -> AzureError {
            if (!keyText || keyText->isEmpty()) {
                // Absent keys on a replace keep the current ones (a client that read the record
                // without its keys must not rotate them); on a create DPS generates 64-byte keys.
                if (kept && !kept->isEmpty()) {
                    keyText = kept;
                } else {
                    QByteArray bytes(64, Qt::Uninitialized);
                    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
                    keyText = QString::fromLatin1(bytes.toBase64());
                }
                return {};
            }
            const std::optional<QByteArray> decoded = SharedAccessSignature::decodeKey(*keyText);
            if (!decoded || decoded->size() < 16 || decoded->size() > 64)
                return AzureError::dps(ErrorCodes::DpsBadRequest,
                                       QStringLiteral("attestation.symmetricKey.%1 must be a base64 key of 16 to 64 bytes")
                                           .arg(field));
            return {};
        };
        if (AzureError e = fill(keys.primaryKey, previous ? previous->primaryKey : std::nullopt, QLatin1StringView("primaryKey")))
            return e;
        if (AzureError e = fill(keys.secondaryKey, previous ? previous->secondaryKey : std::nullopt, QLatin1StringView("secondaryKey")))
            return e;
        attestation.symmetricKey = keys;
        return {};
    }
    case AttestationType::Tpm:
        if (group)
            return AzureError::dps(ErrorCodes::DpsBadRequest,
                                   QStringLiteral("an enrollment group cannot use TPM attestation; use an individual enrollment"));
        if (!attestation.tpm)
            return AzureError::dps(ErrorCodes::DpsInvalidEndorsementKey,
                                   QStringLiteral("attestation of type 'tpm' needs 'tpm' with an 'endorsementKey'"));
        return {};
    case AttestationType::X509:
        if (!attestation.x509)
            return AzureError::dps(ErrorCodes::DpsBadRequest,
                                   QStringLiteral("attestation of type 'x509' needs an 'x509' object"));
        return {};
    case AttestationType::None:
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("%1 attestation type 'none' cannot authenticate a device; use 'symmetricKey', 'x509' or 'tpm'")
                                   .arg(what));
    }
    return {};
}

void DpsStore::refreshGroupCache(GroupSlot &slot) const
{
    slot.primary = DeviceKeyDeriver();
    slot.secondary = DeviceKeyDeriver();
    slot.initialTwin = QJsonObject();
    if (!slot.record)
        return;
    const AttestationMechanism &attestation = slot.record->attestation;
    if (attestation.type == AttestationType::SymmetricKey && attestation.symmetricKey) {
        slot.primary = DeviceKeyDeriver(attestation.symmetricKey->primaryKey.value_or(QString()));
        slot.secondary = DeviceKeyDeriver(attestation.symmetricKey->secondaryKey.value_or(QString()));
    }
    if (slot.record->initialTwin)
        slot.initialTwin = slot.record->initialTwin->toJson();
}

QList<int> DpsStore::candidateHubs(const HubSelection &hubs) const
{
    QList<int> candidates;
    if (!hubs.hubs.isEmpty()) {
        for (const qint16 index : hubs.hubs) {
            if (index >= 0 && index < m_hubs.size())
                candidates.append(index);
        }
        return candidates;
    }
    for (int i = 0; i < m_hubs.size(); ++i)
        candidates.append(i);
    return candidates;
}

int DpsStore::allocate(const QString &registrationId, std::optional<AllocationPolicy> policy,
                       const HubSelection &hubs, QString *error) const
{
    // Without a policy, the legacy iotHubHostName means "that hub"; else the instance default,
    // evenly weighted distribution.
    const AllocationPolicy effective = policy.value_or(hubs.staticHub >= 0 ? AllocationPolicy::Static
                                                                           : AllocationPolicy::Hashed);
    const QList<int> candidates = candidateHubs(hubs);
    if (effective == AllocationPolicy::Static) {
        if (hubs.staticHub >= 0 && hubs.staticHub < m_hubs.size())
            return hubs.staticHub;
        if (candidates.size() == 1)
            return candidates.first();
        *error = QStringLiteral("static allocation needs exactly one IoT hub (iotHubHostName, or one iotHubs entry)");
        return -1;
    }
    if (candidates.isEmpty()) {
        *error = QStringLiteral("no IoT hub is linked to DPS instance '%1'").arg(m_name);
        return -1;
    }
    if (effective == AllocationPolicy::GeoLatency) {
        QList<QString> regions;
        regions.reserve(candidates.size());
        for (const int index : candidates)
            regions.append(m_hubs.at(index).region);
        return candidates.at(Allocation::geoLatency(registrationId, regions, m_region));
    }
    if (effective == AllocationPolicy::Custom) {
        *error = QStringLiteral("custom allocation (webhook) is not supported by stampdeck-emulator");
        return -1;
    }
    return candidates.at(Allocation::hashed(registrationId, int(candidates.size())));
}

} // namespace StampDeck::Emulator
