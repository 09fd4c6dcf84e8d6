#include "DirectMethodRequest.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DirectMethodRequest> DirectMethodRequest::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DirectMethodRequest value;
    reader.readRequiredString("methodName"_L1, value.methodName);
    reader.readValue("payload"_L1, value.payload);
    reader.readInt("responseTimeoutInSeconds"_L1, value.responseTimeoutInSeconds);
    reader.readInt("connectTimeoutInSeconds"_L1, value.connectTimeoutInSeconds);
    if (value.responseTimeoutInSeconds && *value.responseTimeoutInSeconds < 0)
        reader.fail(reader.fieldMessage("responseTimeoutInSeconds"_L1, QStringLiteral("must not be negative")));
    if (value.connectTimeoutInSeconds && *value.connectTimeoutInSeconds < 0)
        reader.fail(reader.fieldMessage("connectTimeoutInSeconds"_L1, QStringLiteral("must not be negative")));
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DirectMethodRequest::toJson() const
{
    QJsonObject json;
    json.insert("methodName"_L1, methodName);
    JsonWrite::put(json, "payload"_L1, payload);
    JsonWrite::put(json, "responseTimeoutInSeconds"_L1, responseTimeoutInSeconds);
    JsonWrite::put(json, "connectTimeoutInSeconds"_L1, connectTimeoutInSeconds);
    return json;
}

} // namespace StampDeck::Azure
