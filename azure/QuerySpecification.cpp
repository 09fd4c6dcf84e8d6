#include "QuerySpecification.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<QuerySpecification> QuerySpecification::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    QuerySpecification value;
    reader.readRequiredString("query"_L1, value.query);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject QuerySpecification::toJson() const
{
    QJsonObject json;
    json.insert("query"_L1, query);
    return json;
}

} // namespace StampDeck::Azure
