#include "Twin.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<Twin> Twin::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    Twin value;
    reader.readString("deviceId"_L1, value.deviceId);
    reader.readString("moduleId"_L1, value.moduleId);
    reader.readString("etag"_L1, value.etag);
    reader.readInt64("version"_L1, value.version);
    reader.readString("deviceEtag"_L1, value.deviceEtag);
    reader.readEnum("status"_L1, value.status);
    reader.readString("statusReason"_L1, value.statusReason);
    reader.readDateTime("statusUpdateTime"_L1, value.statusUpdateTime);
    reader.readEnum("connectionState"_L1, value.connectionState);
    reader.readDateTime("lastActivityTime"_L1, value.lastActivityTime);
    reader.readInt64("cloudToDeviceMessageCount"_L1, value.cloudToDeviceMessageCount);
    reader.readEnum("authenticationType"_L1, value.authenticationType);
    reader.readRecord("x509Thumbprint"_L1, value.x509Thumbprint);
    reader.readRecord("capabilities"_L1, value.capabilities);
    reader.readString("deviceScope"_L1, value.deviceScope);
    reader.readStringList("parentScopes"_L1, value.parentScopes);
    reader.readString("modelId"_L1, value.modelId);
    reader.readObject("tags"_L1, value.tags);
    reader.readRecord("properties"_L1, value.properties);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject Twin::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "deviceId"_L1, deviceId);
    JsonWrite::put(json, "moduleId"_L1, moduleId);
    JsonWrite::put(json, "etag"_L1, etag);
    JsonWrite::put(json, "version"_L1, version);
    JsonWrite::put(json, "deviceEtag"_L1, deviceEtag);
    JsonWrite::put(json, "status"_L1, status);
    JsonWrite::put(json, "statusReason"_L1, statusReason);
    JsonWrite::put(json, "statusUpdateTime"_L1, statusUpdateTime);
    JsonWrite::put(json, "connectionState"_L1, connectionState);
    JsonWrite::put(json, "lastActivityTime"_L1, lastActivityTime);
    JsonWrite::put(json, "cloudToDeviceMessageCount"_L1, cloudToDeviceMessageCount);
    JsonWrite::put(json, "authenticationType"_L1, authenticationType);
    JsonWrite::put(json, "x509Thumbprint"_L1, x509Thumbprint);
    JsonWrite::put(json, "capabilities"_L1, capabilities);
    JsonWrite::put(json, "deviceScope"_L1, deviceScope);
    JsonWrite::put(json, "parentScopes"_L1, parentScopes);
    JsonWrite::put(json, "modelId"_L1, modelId);
    JsonWrite::put(json, "tags"_L1, tags);
    JsonWrite::put(json, "properties"_L1, properties);
    return json;
}

} // namespace StampDeck::Azure
