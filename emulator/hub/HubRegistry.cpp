#include "HubRegistry.h"

#include "HubDeviceJson.h"
#include "HubDeviceWriter.h"
#include "HubSasKeys.h"
#include "HubTwinCollection.h"

#include <AzureErrorCodes.h>
#include <IdentifierRules.h>

#include <QDateTime>

namespace StampDeck::Emulator {

using Azure::AzureError;
namespace Codes = Azure::ErrorCodes;

namespace {

AzureError notFound(const QString &deviceId)
{
    return AzureError::hub(Codes::DeviceNotFound, QStringLiteral("Device '%1' is not registered in this hub.").arg(deviceId));
}

AzureError etagMismatch(const QString &what, const QString &ifMatch)
{
    return AzureError::hub(Codes::PreconditionFailed,
                           QStringLiteral("If-Match %1 does not match the current etag of the %2; read it again and retry.")
                               .arg(ifMatch, what));
}

AzureError invalid(const QString &message)
{
    return AzureError::hub(Codes::ArgumentInvalid, message);
}

} // namespace

HubRegistry::HubRegistry(const QString &hostName, Clock clock)
    : m_hostName(hostName)
    , m_clock(std::move(clock))
{
}

HubRegistry::~HubRegistry() = default;

qint64 HubRegistry::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool HubRegistry::etagMatches(const QString &ifMatch, const QString &etag)
{
    QStringView value = QStringView(ifMatch).trimmed();
    if (value.startsWith(u"W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value == u"*" || value == etag;
}

HubDeviceRecord *HubRegistry::find(const QString &deviceId)
{
    const int slot = m_table.slotOf(deviceId);
    return slot < 0 ? nullptr : &m_table.record(slot);
}

const HubDeviceRecord *HubRegistry::find(const QString &deviceId) const
{
    const int slot = m_table.slotOf(deviceId);
    return slot < 0 ? nullptr : &m_table.record(slot);
}

void HubRegistry::writeIdentity(int slot, const HubIdentityInput &input)
{
    HubDeviceRecord &record = m_table.record(slot);
    const bool wasSas = record.authType == quint8(Azure::AuthenticationType::Sas);
    m_table.setStatus(record, input.disabled ? HubDeviceRecord::Disabled : HubDeviceRecord::Enabled, now());
    record.set(HubDeviceRecord::IotEdge, input.iotEdge);
    record.authType = input.authType;

    HubDeviceExtras &extras = m_table.extrasFor(slot);
    extras.statusReason = input.statusReason;
    extras.deviceScope = input.deviceScope;
    extras.parentScopes = input.parentScopes;
    extras.primaryThumbprint = input.primaryThumbprint;
    extras.secondaryThumbprint = input.secondaryThumbprint;

    if (input.hasSasKeys) {
        // Current keys as raw bytes, for "keep".
        QByteArray primary = record.has(HubDeviceRecord::InlineKeys)
            ? QByteArray(reinterpret_cast<const char *>(record.primaryKey.data()), 32) : extras.primaryKey;
        QByteArray secondary = record.has(HubDeviceRecord::InlineKeys)
            ? QByteArray(reinterpret_cast<const char *>(record.secondaryKey.data()), 32) : extras.secondaryKey;
        const auto choose = [&](const QByteArray &given, bool keep, const QByteArray &current) {
            if (!given.isEmpty())
                return given;
            if (keep && wasSas && !current.isEmpty())
                return current;
            const std::array<quint8, 32> generated = HubSasKeys::generate();
            return QByteArray(reinterpret_cast<const char *>(generated.data()), 32);
        };
        primary = choose(input.primaryKey, input.keepPrimaryKey, primary);
        secondary = choose(input.secondaryKey, input.keepSecondaryKey, secondary);
        if (primary.size() == 32 && secondary.size() == 32) {
            memcpy(record.primaryKey.data(), primary.constData(), 32);
            memcpy(record.secondaryKey.data(), secondary.constData(), 32);
            record.set(HubDeviceRecord::InlineKeys, true);
            extras.primaryKey.clear();
            extras.secondaryKey.clear();
        } else {
            record.set(HubDeviceRecord::InlineKeys, false);
            extras.primaryKey = primary;
            extras.secondaryKey = secondary;
        }
    } else {
        record.set(HubDeviceRecord::InlineKeys, false);
        record.primaryKey.fill(0);
        record.secondaryKey.fill(0);
        extras.primaryKey.clear();
        extras.secondaryKey.clear();
    }
    m_table.dropExtrasIfEmpty(slot);
}

bool HubRegistry::writeTwin(HubDeviceRecord &record, const HubTwinInput &input, bool merge, QString *error)
{
    QJsonObject tags = record.tags;
    QJsonObject desired = record.desired;
    if (input.tags)
        tags = merge ? HubTwinCollection::merge(tags, *input.tags) : *input.tags;
    if (input.desired)
        desired = merge ? HubTwinCollection::merge(desired, *input.desired) : *input.desired;
    if (!HubTwinCollection::validateSize(tags, QLatin1StringView("tags"), HubTwinCollection::MaxTagsBytes, error)
        || !HubTwinCollection::validateSize(desired, QLatin1StringView("properties.desired"),
                                            HubTwinCollection::MaxPropertiesBytes, error))
        return false;
    // Empty collections are stored as null objects: no allocation per device.
    record.tags = tags.isEmpty() ? QJsonObject() : tags;
    if (input.desired) {
        record.desired = desired.isEmpty() ? QJsonObject() : desired;
        ++record.desiredVersion;
        record.desiredUpdatedMs = now();
    }
    ++record.twinVersion;
    return true;
}

std::optional<Azure::DeviceIdentity> HubRegistry::device(const QString &deviceId) const
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return std::nullopt;
    return HubDeviceJson::identity(m_table.record(slot), m_table.extrasOf(slot));
}

QByteArray HubRegistry::deviceJson(const QString &deviceId, QString *etag) const
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return {};
    const HubDeviceRecord &record = m_table.record(slot);
    if (etag)
        *etag = record.deviceEtag();
    return HubDeviceWriter::identity(record, m_table.extrasOf(slot));
}

AzureError HubRegistry::createDevice(const Azure::DeviceIdentity &identity, Azure::DeviceIdentity *created,
                                     const Azure::Twin *initialTwin)
{
    QString error;
    if (!Azure::IdentifierRules::isValidDeviceId(identity.deviceId, &error))
        return invalid(error);
    if (contains(identity.deviceId))
        return AzureError::hub(Codes::DeviceAlreadyExists,
                               QStringLiteral("A device with ID '%1' is already registered in this hub.").arg(identity.deviceId));
    if (m_table.liveCount() >= m_deviceLimit)
        return AzureError::hub(Codes::IotHubQuotaExceeded,
                               QStringLiteral("The hub already holds its maximum of %1 devices.").arg(m_deviceLimit));
    const std::optional<HubIdentityInput> input = HubIdentityInput::from(identity, false, &error);
    if (!input)
        return invalid(error);
    std::optional<HubTwinInput> twinInput;
    if (initialTwin) {
        twinInput = HubTwinInput::from(*initialTwin, false, {}, &error);
        if (!twinInput)
            return invalid(error);
        HubDeviceRecord probe;
        if (!writeTwin(probe, *twinInput, false, &error)) // size check before anything changes
            return invalid(error);
    }
    const int slot = m_table.allocate(identity.deviceId);
    writeIdentity(slot, *input);
    HubDeviceRecord &record = m_table.record(slot);
    if (twinInput) {
        writeTwin(record, *twinInput, false, nullptr);
        record.twinVersion = 1;
        record.desiredVersion = 1;
    }
    record.statusUpdatedMs = 0; // a new identity reports "never", as Azure does
    if (created)
        *created = HubDeviceJson::identity(record, m_table.extrasOf(slot));
    return {};
}

AzureError HubRegistry::replaceDevice(const Azure::DeviceIdentity &identity, const QString &ifMatch,
                                      Azure::DeviceIdentity *replaced)
{
    const int slot = m_table.slotOf(identity.deviceId);
    if (slot < 0)
        return notFound(identity.deviceId);
    if (!etagMatches(ifMatch, m_table.record(slot).deviceEtag()))
        return etagMismatch(QStringLiteral("device identity"), ifMatch);
    QString error;
    const std::optional<HubIdentityInput> input = HubIdentityInput::from(identity, true, &error);
    if (!input)
        return invalid(error);
    writeIdentity(slot, *input);
    ++m_table.record(slot).deviceVersion;
    if (replaced)
        *replaced = HubDeviceJson::identity(m_table.record(slot), m_table.extrasOf(slot));
    return {};
}

AzureError HubRegistry::deleteDevice(const QString &deviceId, const QString &ifMatch)
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return notFound(deviceId);
    if (!etagMatches(ifMatch, m_table.record(slot).deviceEtag()))
        return etagMismatch(QStringLiteral("device identity"), ifMatch);
    m_table.free(slot);
    return {};
}

std::optional<QJsonObject> HubRegistry::twin(const QString &deviceId) const
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return std::nullopt;
    return HubDeviceJson::twin(m_table.record(slot), m_table.extrasOf(slot));
}

QString HubRegistry::twinEtag(const QString &deviceId) const
{
    const HubDeviceRecord *record = find(deviceId);
    return record ? record->twinEtag() : QString();
}

QString HubRegistry::deviceEtag(const QString &deviceId) const
{
    const HubDeviceRecord *record = find(deviceId);
    return record ? record->deviceEtag() : QString();
}

AzureError HubRegistry::checkTwinEtag(const HubDeviceRecord &record, const QString &ifMatch) const
{
    if (ifMatch.trimmed().isEmpty() || etagMatches(ifMatch, record.twinEtag()))
        return {};
    return etagMismatch(QStringLiteral("twin"), ifMatch);
}

AzureError HubRegistry::patchTwin(const QString &deviceId, const Azure::Twin &patch, const QString &ifMatch,
                                  QJsonObject *result)
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return notFound(deviceId);
    HubDeviceRecord &record = m_table.record(slot);
    if (AzureError error = checkTwinEtag(record, ifMatch))
        return error;
    QString error;
    const std::optional<HubTwinInput> input = HubTwinInput::from(patch, true, record.reported, &error);
    if (!input || !writeTwin(record, *input, true, &error))
        return invalid(error);
    if (result)
        *result = HubDeviceJson::twin(record, m_table.extrasOf(slot));
    return {};
}

AzureError HubRegistry::replaceTwin(const QString &deviceId, const Azure::Twin &twin, const QString &ifMatch,
                                    QJsonObject *result)
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return notFound(deviceId);
    HubDeviceRecord &record = m_table.record(slot);
    if (AzureError error = checkTwinEtag(record, ifMatch))
        return error;
    QString error;
    std::optional<HubTwinInput> input = HubTwinInput::from(twin, false, record.reported, &error);
    if (!input)
        return invalid(error);
    // A replacement without tags or desired properties clears them.
    if (!input->tags)
        input->tags = QJsonObject();
    if (!input->desired)
        input->desired = QJsonObject();
    if (!writeTwin(record, *input, false, &error))
        return invalid(error);
    if (result)
        *result = HubDeviceJson::twin(record, m_table.extrasOf(slot));
    return {};
}

bool HubRegistry::setConnected(const QString &deviceId, bool connected)
{
    HubDeviceRecord *record = find(deviceId);
    if (!record || (connected && record->status == HubDeviceRecord::Disabled))
        return false;
    m_table.setConnection(*record, connected ? HubDeviceRecord::Connected : HubDeviceRecord::Disconnected, now());
    return true;
}

bool HubRegistry::isConnected(const QString &deviceId) const
{
    const HubDeviceRecord *record = find(deviceId);
    return record && record->connection == HubDeviceRecord::Connected;
}

bool HubRegistry::setReportedProperties(const QString &deviceId, const QJsonObject &patch)
{
    HubDeviceRecord *record = find(deviceId);
    const QJsonObject cleaned = HubTwinCollection::withoutServiceKeys(patch);
    if (!record || !HubTwinCollection::validate(cleaned, QLatin1StringView("properties.reported"), true, nullptr))
        return false;
    const QJsonObject merged = HubTwinCollection::merge(record->reported, cleaned);
    if (!HubTwinCollection::validateSize(merged, QLatin1StringView("properties.reported"),
                                         HubTwinCollection::MaxPropertiesBytes, nullptr))
        return false;
    record->reported = merged.isEmpty() ? QJsonObject() : merged;
    ++record->reportedVersion;
    ++record->twinVersion;
    record->reportedUpdatedMs = now();
    record->lastActivityMs = record->reportedUpdatedMs;
    return true;
}

Azure::RegistryStatistics HubRegistry::registryStatistics() const
{
    Azure::RegistryStatistics statistics;
    statistics.totalDeviceCount = m_table.liveCount();
    statistics.enabledDeviceCount = m_table.liveCount() - m_table.disabledCount();
    statistics.disabledDeviceCount = m_table.disabledCount();
    return statistics;
}

Azure::ServiceStatistics HubRegistry::serviceStatistics() const
{
    Azure::ServiceStatistics statistics;
    statistics.connectedDeviceCount = m_table.connectedCount();
    return statistics;
}

void HubRegistry::reserve(qsizetype deviceCount)
{
    m_table.reserve(deviceCount);
}

void HubRegistry::assignDevice(const QString &deviceId, const QByteArray &primaryKey, const QByteArray &secondaryKey,
                               const QJsonObject &twin, bool replaceTwin)
{
    int slot = m_table.slotOf(deviceId);
    const bool created = slot < 0;
    if (created)
        slot = m_table.allocate(deviceId);
    HubDeviceRecord &record = m_table.record(slot);
    record.authType = quint8(Azure::AuthenticationType::Sas);
    if (HubSasKeys::decode32(primaryKey, record.primaryKey) && HubSasKeys::decode32(secondaryKey, record.secondaryKey)) {
        record.set(HubDeviceRecord::InlineKeys, true);
        if (record.has(HubDeviceRecord::HasExtras)) {
            HubDeviceExtras &extras = m_table.extrasFor(slot);
            extras.primaryKey.clear();
            extras.secondaryKey.clear();
            m_table.dropExtrasIfEmpty(slot);
        }
    } else {
        // Keys of other lengths (DPS takes 16..64 bytes too): the slow path.
        HubDeviceExtras &extras = m_table.extrasFor(slot);
        extras.primaryKey = QByteArray::fromBase64(primaryKey);
        extras.secondaryKey = QByteArray::fromBase64(secondaryKey);
        record.set(HubDeviceRecord::InlineKeys, false);
    }
    m_table.setStatus(record, HubDeviceRecord::Enabled, now());
    if (!created)
        ++record.deviceVersion;
    if (created || replaceTwin) {
        const QJsonObject tags = twin.value(QLatin1StringView("tags")).toObject();
        const QJsonObject properties = twin.value(QLatin1StringView("properties")).toObject();
        const QJsonObject desired = properties.value(QLatin1StringView("desired")).toObject();
        const QJsonObject reported = properties.value(QLatin1StringView("reported")).toObject();
        record.tags = tags.isEmpty() ? QJsonObject() : tags;
        record.desired = desired.isEmpty() ? QJsonObject() : desired;
        record.reported = reported.isEmpty() ? QJsonObject() : reported;
        if (!created) {
            ++record.twinVersion;
            ++record.desiredVersion;
            ++record.reportedVersion;
        }
    }
    if (created)
        record.statusUpdatedMs = 0;
}

std::optional<QJsonObject> HubRegistry::releaseDevice(const QString &deviceId)
{
    const int slot = m_table.slotOf(deviceId);
    if (slot < 0)
        return std::nullopt;
    QJsonObject state = HubDeviceJson::twinState(m_table.record(slot));
    m_table.free(slot);
    return state;
}

} // namespace StampDeck::Emulator
