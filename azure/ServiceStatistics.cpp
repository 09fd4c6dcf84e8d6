#include "ServiceStatistics.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<ServiceStatistics> ServiceStatistics::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    std::optional<qint64> connected;
    reader.readInt64("connectedDeviceCount"_L1, connected);
    if (!reader.finish(error))
        return std::nullopt;
    ServiceStatistics value;
    value.connectedDeviceCount = connected.value_or(0);
    return value;
}

QJsonObject ServiceStatistics::toJson() const
{
    QJsonObject json;
    json.insert("connectedDeviceCount"_L1, connectedDeviceCount);
    return json;
}

} // namespace StampDeck::Azure
