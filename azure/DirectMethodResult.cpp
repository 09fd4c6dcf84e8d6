#include "DirectMethodResult.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DirectMethodResult> DirectMethodResult::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DirectMethodResult value;
    reader.readInt("status"_L1, value.status);
    reader.readValue("payload"_L1, value.payload);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DirectMethodResult::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "status"_L1, status);
    JsonWrite::put(json, "payload"_L1, payload);
    return json;
}

} // namespace StampDeck::Azure
