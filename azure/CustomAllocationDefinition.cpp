#include "CustomAllocationDefinition.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<CustomAllocationDefinition> CustomAllocationDefinition::fromJson(const QJsonObject &json, QString *error,
                                                                               JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    CustomAllocationDefinition value;
    reader.readRequiredString("webhookUrl"_L1, value.webhookUrl);
    reader.readRequiredString("apiVersion"_L1, value.apiVersion);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject CustomAllocationDefinition::toJson() const
{
    QJsonObject json;
    json.insert("webhookUrl"_L1, webhookUrl);
    json.insert("apiVersion"_L1, apiVersion);
    return json;
}

} // namespace StampDeck::Azure
