#include "X509CAReferences.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<X509CAReferences> X509CAReferences::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    X509CAReferences value;
    reader.readString("primary"_L1, value.primary);
    reader.readString("secondary"_L1, value.secondary);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject X509CAReferences::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "primary"_L1, primary);
    JsonWrite::put(json, "secondary"_L1, secondary);
    return json;
}

} // namespace StampDeck::Azure
