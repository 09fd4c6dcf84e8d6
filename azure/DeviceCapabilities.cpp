#include "DeviceCapabilities.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DeviceCapabilities> DeviceCapabilities::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DeviceCapabilities value;
    reader.readBool("iotEdge"_L1, value.iotEdge);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DeviceCapabilities::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "iotEdge"_L1, iotEdge);
    return json;
}

} // namespace StampDeck::Azure
