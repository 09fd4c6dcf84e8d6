#include "ExportImportDevice.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<ExportImportDevice> ExportImportDevice::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    ExportImportDevice value;
    reader.readRequiredString("id"_L1, value.id);
    reader.readString("moduleId"_L1, value.moduleId);
    reader.readString("eTag"_L1, value.eTag);
    std::optional<QString> lowerEtag;
    reader.readString("etag"_L1, lowerEtag); // the Node SDK copies the device object, etag included
    if (!value.eTag && lowerEtag)
        value.eTag = lowerEtag;
    reader.readEnum("importMode"_L1, value.importMode);
    reader.readEnum("status"_L1, value.status);
    reader.readString("statusReason"_L1, value.statusReason);
    reader.readRecord("authentication"_L1, value.authentication);
    reader.readString("twinETag"_L1, value.twinETag);
    reader.readObject("tags"_L1, value.tags);
    reader.readRecord("properties"_L1, value.properties);
    reader.readRecord("capabilities"_L1, value.capabilities);
    reader.readString("deviceScope"_L1, value.deviceScope);
    reader.readStringList("parentScopes"_L1, value.parentScopes);
    // Read-only device identity fields a caller may leave in the object: accepted, not kept.
    for (const QLatin1StringView ignored : {"generationId"_L1, "connectionState"_L1, "connectionStateUpdatedTime"_L1,
                                            "statusUpdatedTime"_L1, "lastActivityTime"_L1, "cloudToDeviceMessageCount"_L1})
        reader.ignore(ignored);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject ExportImportDevice::toJson() const
{
    QJsonObject json;
    json.insert("id"_L1, id);
    JsonWrite::put(json, "moduleId"_L1, moduleId);
    JsonWrite::put(json, "eTag"_L1, eTag);
    JsonWrite::put(json, "importMode"_L1, importMode);
    JsonWrite::put(json, "status"_L1, status);
    JsonWrite::put(json, "statusReason"_L1, statusReason);
    JsonWrite::put(json, "authentication"_L1, authentication);
    JsonWrite::put(json, "twinETag"_L1, twinETag);
    JsonWrite::put(json, "tags"_L1, tags);
    JsonWrite::put(json, "properties"_L1, properties);
    JsonWrite::put(json, "capabilities"_L1, capabilities);
    JsonWrite::put(json, "deviceScope"_L1, deviceScope);
    JsonWrite::put(json, "parentScopes"_L1, parentScopes);
    return json;
}

} // namespace StampDeck::Azure
