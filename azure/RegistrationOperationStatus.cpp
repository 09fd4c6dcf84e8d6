#include "RegistrationOperationStatus.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<RegistrationOperationStatus> RegistrationOperationStatus::fromJson(const QJsonObject &json, QString *error,
                                                                                 JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    RegistrationOperationStatus value;
    reader.readRequiredString("operationId"_L1, value.operationId);
    reader.readEnum("status"_L1, value.status);
    reader.readRecord("registrationState"_L1, value.registrationState);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject RegistrationOperationStatus::toJson() const
{
    QJsonObject json;
    json.insert("operationId"_L1, operationId);
    JsonWrite::put(json, "status"_L1, status);
    JsonWrite::put(json, "registrationState"_L1, registrationState);
    return json;
}

} // namespace StampDeck::Azure
