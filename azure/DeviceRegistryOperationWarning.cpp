#include "DeviceRegistryOperationWarning.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DeviceRegistryOperationWarning> DeviceRegistryOperationWarning::fromJson(const QJsonObject &json,
                                                                                       QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DeviceRegistryOperationWarning value;
    std::optional<QString> deviceId;
    reader.readString("deviceId"_L1, deviceId);
    value.deviceId = deviceId.value_or(QString());
    reader.readString("warningCode"_L1, value.warningCode);
    reader.readString("warningStatus"_L1, value.warningStatus);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DeviceRegistryOperationWarning::toJson() const
{
    QJsonObject json;
    json.insert("deviceId"_L1, deviceId);
    JsonWrite::put(json, "warningCode"_L1, warningCode);
    JsonWrite::put(json, "warningStatus"_L1, warningStatus);
    return json;
}

} // namespace StampDeck::Azure
