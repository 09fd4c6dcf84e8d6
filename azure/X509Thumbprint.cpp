#include "X509Thumbprint.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<X509Thumbprint> X509Thumbprint::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    X509Thumbprint value;
    reader.readString("primaryThumbprint"_L1, value.primaryThumbprint);
    reader.readString("secondaryThumbprint"_L1, value.secondaryThumbprint);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject X509Thumbprint::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "primaryThumbprint"_L1, primaryThumbprint);
    JsonWrite::put(json, "secondaryThumbprint"_L1, secondaryThumbprint);
    return json;
}

} // namespace StampDeck::Azure
