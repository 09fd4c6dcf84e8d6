#include "RegistryStatistics.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<RegistryStatistics> RegistryStatistics::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    std::optional<qint64> total, enabled, disabled;
    reader.readInt64("totalDeviceCount"_L1, total);
    reader.readInt64("enabledDeviceCount"_L1, enabled);
    reader.readInt64("disabledDeviceCount"_L1, disabled);
    if (!reader.finish(error))
        return std::nullopt;
    RegistryStatistics value;
    value.totalDeviceCount = total.value_or(0);
    value.enabledDeviceCount = enabled.value_or(0);
    value.disabledDeviceCount = disabled.value_or(0);
    return value;
}

QJsonObject RegistryStatistics::toJson() const
{
    QJsonObject json;
    json.insert("totalDeviceCount"_L1, totalDeviceCount);
    json.insert("enabledDeviceCount"_L1, enabledDeviceCount);
    json.insert("disabledDeviceCount"_L1, disabledDeviceCount);
    return json;
}

} // namespace StampDeck::Azure
