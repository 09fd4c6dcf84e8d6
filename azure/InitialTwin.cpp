#include "InitialTwin.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<InitialTwin> InitialTwin::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    InitialTwin value;
    reader.readObject("tags"_L1, value.tags);
    reader.readRecord("properties"_L1, value.properties);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject InitialTwin::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "tags"_L1, tags);
    JsonWrite::put(json, "properties"_L1, properties);
    return json;
}

} // namespace StampDeck::Azure
