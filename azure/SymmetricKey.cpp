#include "SymmetricKey.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<SymmetricKey> SymmetricKey::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    SymmetricKey value;
    reader.readString("primaryKey"_L1, value.primaryKey);
    reader.readString("secondaryKey"_L1, value.secondaryKey);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject SymmetricKey::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "primaryKey"_L1, primaryKey);
    JsonWrite::put(json, "secondaryKey"_L1, secondaryKey);
    return json;
}

} // namespace StampDeck::Azure
