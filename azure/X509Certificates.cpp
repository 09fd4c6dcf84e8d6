#include "X509Certificates.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<X509Certificates> X509Certificates::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    X509Certificates value;
    reader.readRecord("primary"_L1, value.primary);
    reader.readRecord("secondary"_L1, value.secondary);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject X509Certificates::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "primary"_L1, primary);
    JsonWrite::put(json, "secondary"_L1, secondary);
    return json;
}

} // namespace StampDeck::Azure
