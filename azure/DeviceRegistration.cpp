#include "DeviceRegistration.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DeviceRegistration> DeviceRegistration::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DeviceRegistration value;
    reader.readRequiredString("registrationId"_L1, value.registrationId);
    reader.readRecord("tpm"_L1, value.tpm);
    reader.readValue("payload"_L1, value.payload);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DeviceRegistration::toJson() const
{
    QJsonObject json;
    json.insert("registrationId"_L1, registrationId);
    JsonWrite::put(json, "tpm"_L1, tpm);
    JsonWrite::put(json, "payload"_L1, payload);
    return json;
}

} // namespace StampDeck::Azure
