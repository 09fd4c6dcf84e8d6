#include "HubBulkOperation.h"

#include "HubIdentityInput.h"
#include "HubRegistry.h"
#include "HubTwinInput.h"

#include <AzureErrorCodes.h>
#include <IdentifierRules.h>

#include <QJsonArray>
#include <QSet>

namespace StampDeck::Emulator {

using Azure::AzureError;
using Azure::ImportMode;
namespace Codes = Azure::ErrorCodes;

namespace {

Azure::DeviceIdentity identityOf(const Azure::ExportImportDevice &item)
{
    Azure::DeviceIdentity identity;
    identity.deviceId = item.id;
    identity.status = item.status;
    identity.statusReason = item.statusReason;
    identity.authentication = item.authentication;
    identity.capabilities = item.capabilities;
    identity.deviceScope = item.deviceScope;
    identity.parentScopes = item.parentScopes;
    return identity;
}

bool hasTwin(const Azure::ExportImportDevice &item)
{
    return item.tags || (item.properties && (item.properties->desired || item.properties->reported));
}

Azure::Twin twinOf(const Azure::ExportImportDevice &item)
{
    Azure::Twin twin;
    twin.tags = item.tags;
    twin.properties = item.properties;
    return twin;
}

bool needsEtag(ImportMode mode)
{
    return mode == ImportMode::UpdateIfMatchETag || mode == ImportMode::DeleteIfMatchETag
        || mode == ImportMode::CreateOrUpdateIfMatchETag;
}

bool needsTwinEtag(ImportMode mode)
{
    return mode == ImportMode::UpdateTwinIfMatchETag;
}

// The parts of the twin an item gives replace the stored ones; the parts it leaves out stay.
AzureError replaceTwinParts(HubRegistry &registry, const QString &deviceId, const Azure::Twin &given, const QString &ifMatch)
{
    const std::optional<QJsonObject> current = registry.twin(deviceId);
    Azure::Twin replacement = given;
    if (current) {
        if (!replacement.tags)
            replacement.tags = current->value(QLatin1StringView("tags")).toObject();
        if (!replacement.properties || !replacement.properties->desired) {
            Azure::TwinProperties properties = replacement.properties.value_or(Azure::TwinProperties());
            properties.desired = current->value(QLatin1StringView("properties")).toObject()
                                     .value(QLatin1StringView("desired")).toObject();
            replacement.properties = properties;
        }
    }
    return registry.replaceTwin(deviceId, replacement, ifMatch);
}

} // namespace

std::optional<QList<Azure::ExportImportDevice>> HubBulkOperation::parse(const QJsonDocument &body, AzureError *error)
{
    const auto fail = [&](int code, const QString &message) -> std::optional<QList<Azure::ExportImportDevice>> {
        *error = AzureError::hub(code, message);
        error->setHttpStatus(400);
        return std::nullopt;
    };
    if (!body.isArray())
        return fail(Codes::ArgumentInvalid, QStringLiteral("The body of POST /devices must be a JSON array of devices."));
    const QJsonArray array = body.array();
    if (array.isEmpty())
        return fail(Codes::ArgumentInvalid, QStringLiteral("The device array is empty; send 1 to 100 devices."));
    if (array.size() > Azure::ExportImportDevice::MaxPerBulkCall)
        return fail(Codes::TooManyDevices, QStringLiteral("The call holds %1 devices; a bulk registry operation takes at most %2.")
                                               .arg(array.size()).arg(Azure::ExportImportDevice::MaxPerBulkCall));
    QList<Azure::ExportImportDevice> items;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("Device %1 of the array").arg(i);
        if (!array.at(i).isObject())
            return fail(Codes::ArgumentInvalid, where + QStringLiteral(" is not a JSON object."));
        QString message;
        std::optional<Azure::ExportImportDevice> item = Azure::ExportImportDevice::fromJson(array.at(i).toObject(), &message);
        if (!item)
            return fail(Codes::ArgumentInvalid, where + QStringLiteral(": ") + message);
        if (!Azure::IdentifierRules::isValidDeviceId(item->id, &message))
            return fail(Codes::ArgumentInvalid, where + QStringLiteral(": ") + message);
        const QString named = QStringLiteral("Device '%1' (item %2)").arg(item->id).arg(i);
        if (seen.contains(item->id))
            return fail(Codes::ArgumentInvalid, named + QStringLiteral(" appears more than once; each operation must be on a different device."));
        seen.insert(item->id);
        if (item->moduleId && !item->moduleId->isEmpty())
            return fail(Codes::ArgumentInvalid, named + QStringLiteral(" names a module; the emulator keeps no module identities."));
        const ImportMode mode = item->importMode.value_or(ImportMode::CreateOrUpdate);
        if (needsEtag(mode) && (!item->eTag || item->eTag->isEmpty()))
            return fail(Codes::ArgumentInvalid, named + QStringLiteral(": importMode %1 needs eTag.").arg(Azure::Wire::toString(mode)));
        if (needsTwinEtag(mode) && (!item->twinETag || item->twinETag->isEmpty()))
            return fail(Codes::ArgumentInvalid, named + QStringLiteral(": importMode %1 needs twinETag.").arg(Azure::Wire::toString(mode)));
        if (mode != ImportMode::Delete && mode != ImportMode::DeleteIfMatchETag && mode != ImportMode::UpdateTwin
            && mode != ImportMode::UpdateTwinIfMatchETag && !HubIdentityInput::from(identityOf(*item), true, &message))
            return fail(Codes::ArgumentInvalid, named + QStringLiteral(": ") + message);
        if (hasTwin(*item) && !HubTwinInput::from(twinOf(*item), false, {}, &message))
            return fail(Codes::ArgumentInvalid, named + QStringLiteral(": ") + message);
        items.append(*item);
    }
    return items;
}

AzureError HubBulkOperation::applyOne(HubRegistry &registry, const Azure::ExportImportDevice &item)
{
    const ImportMode mode = item.importMode.value_or(ImportMode::CreateOrUpdate);
    const Azure::DeviceIdentity identity = identityOf(item);
    const Azure::Twin twin = twinOf(item);
    const Azure::Twin *initialTwin = hasTwin(item) ? &twin : nullptr;
    const QString etag = item.eTag.value_or(QString());
    const bool exists = registry.contains(item.id);

    const auto update = [&](const QString &ifMatch) -> AzureError {
        if (AzureError error = registry.replaceDevice(identity, ifMatch))
            return error;
        if (initialTwin)
            return replaceTwinParts(registry, item.id, twin, QStringLiteral("*"));
        return {};
    };
    switch (mode) {
    case ImportMode::Create:
        return registry.createDevice(identity, nullptr, initialTwin);
    case ImportMode::CreateOrUpdate:
        return exists ? update(QStringLiteral("*")) : registry.createDevice(identity, nullptr, initialTwin);
    case ImportMode::CreateOrUpdateIfMatchETag:
        return exists ? update(etag) : registry.createDevice(identity, nullptr, initialTwin);
    case ImportMode::Update:
        return update(QStringLiteral("*"));
    case ImportMode::UpdateIfMatchETag:
        return update(etag);
    case ImportMode::Delete:
        return registry.deleteDevice(item.id, QStringLiteral("*"));
    case ImportMode::DeleteIfMatchETag:
        return registry.deleteDevice(item.id, etag);
    case ImportMode::UpdateTwin:
        return replaceTwinParts(registry, item.id, twin, QStringLiteral("*"));
    case ImportMode::UpdateTwinIfMatchETag:
        return replaceTwinParts(registry, item.id, twin, item.twinETag.value_or(QString()));
    }
    return {};
}

Azure::BulkRegistryOperationResult HubBulkOperation::apply(HubRegistry &registry, const QList<Azure::ExportImportDevice> &items)
{
    Azure::BulkRegistryOperationResult result;
    for (const Azure::ExportImportDevice &item : items) {
        const AzureError error = applyOne(registry, item);
        if (error)
            result.errors.append(Azure::DeviceRegistryOperationError::make(item.id, error.code(), error.message()));
    }
    result.isSuccessful = result.errors.isEmpty();
    return result;
}

} // namespace StampDeck::Emulator
