#include "DeviceIdentity.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DeviceIdentity> DeviceIdentity::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DeviceIdentity value;
    std::optional<QString> deviceId;
    reader.readString("deviceId"_L1, deviceId);
    value.deviceId = deviceId.value_or(QString());
    reader.readString("generationId"_L1, value.generationId);
    reader.readString("etag"_L1, value.etag);
    reader.readEnum("connectionState"_L1, value.connectionState);
    reader.readEnum("status"_L1, value.status);
    reader.readString("statusReason"_L1, value.statusReason);
    reader.readDateTime("connectionStateUpdatedTime"_L1, value.connectionStateUpdatedTime);
    reader.readDateTime("statusUpdatedTime"_L1, value.statusUpdatedTime);
    reader.readDateTime("lastActivityTime"_L1, value.lastActivityTime);
    reader.readInt64("cloudToDeviceMessageCount"_L1, value.cloudToDeviceMessageCount);
    reader.readRecord("authentication"_L1, value.authentication);
    reader.readRecord("capabilities"_L1, value.capabilities);
    reader.readString("deviceScope"_L1, value.deviceScope);
    reader.readStringList("parentScopes"_L1, value.parentScopes);
    if (value.statusReason && value.statusReason->size() > 128)
        reader.fail(reader.fieldMessage("statusReason"_L1, QStringLiteral("may have at most 128 characters")));
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DeviceIdentity::toJson() const
{
    QJsonObject json;
    json.insert("deviceId"_L1, deviceId);
    JsonWrite::put(json, "generationId"_L1, generationId);
    JsonWrite::put(json, "etag"_L1, etag);
    JsonWrite::put(json, "connectionState"_L1, connectionState);
    JsonWrite::put(json, "status"_L1, status);
    JsonWrite::put(json, "statusReason"_L1, statusReason);
    JsonWrite::put(json, "connectionStateUpdatedTime"_L1, connectionStateUpdatedTime);
    JsonWrite::put(json, "statusUpdatedTime"_L1, statusUpdatedTime);
    JsonWrite::put(json, "lastActivityTime"_L1, lastActivityTime);
    JsonWrite::put(json, "cloudToDeviceMessageCount"_L1, cloudToDeviceMessageCount);
    JsonWrite::put(json, "authentication"_L1, authentication);
    JsonWrite::put(json, "capabilities"_L1, capabilities);
    JsonWrite::put(json, "deviceScope"_L1, deviceScope);
    JsonWrite::put(json, "parentScopes"_L1, parentScopes);
    return json;
}

} // namespace StampDeck::Azure
