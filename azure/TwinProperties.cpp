#include "TwinProperties.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<TwinProperties> TwinProperties::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    TwinProperties value;
    reader.readObject("desired"_L1, value.desired);
    reader.readObject("reported"_L1, value.reported);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject TwinProperties::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "desired"_L1, desired);
    JsonWrite::put(json, "reported"_L1, reported);
    return json;
}

} // namespace StampDeck::Azure
