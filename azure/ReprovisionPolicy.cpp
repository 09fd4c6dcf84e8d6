#include "ReprovisionPolicy.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<ReprovisionPolicy> ReprovisionPolicy::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    ReprovisionPolicy value;
    reader.readBool("updateHubAssignment"_L1, value.updateHubAssignment);
    reader.readBool("migrateDeviceData"_L1, value.migrateDeviceData);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject ReprovisionPolicy::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "updateHubAssignment"_L1, updateHubAssignment);
    JsonWrite::put(json, "migrateDeviceData"_L1, migrateDeviceData);
    return json;
}

} // namespace StampDeck::Azure
