#include "DeviceRegistrationState.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<DeviceRegistrationState> DeviceRegistrationState::fromJson(const QJsonObject &json, QString *error,
                                                                         JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DeviceRegistrationState value;
    reader.readString("registrationId"_L1, value.registrationId);
    reader.readDateTime("createdDateTimeUtc"_L1, value.createdDateTimeUtc);
    reader.readString("assignedHub"_L1, value.assignedHub);
    reader.readString("deviceId"_L1, value.deviceId);
    reader.readEnum("status"_L1, value.status);
    reader.readEnum("substatus"_L1, value.substatus);
    reader.readInt("errorCode"_L1, value.errorCode);
    reader.readString("errorMessage"_L1, value.errorMessage);
    reader.readDateTime("lastUpdatedDateTimeUtc"_L1, value.lastUpdatedDateTimeUtc);
    reader.readString("etag"_L1, value.etag);
    reader.readValue("payload"_L1, value.payload);
    reader.readObject("tpm"_L1, value.tpm);
    reader.readObject("x509"_L1, value.x509);
    reader.readObject("symmetricKey"_L1, value.symmetricKey);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DeviceRegistrationState::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "registrationId"_L1, registrationId);
    JsonWrite::put(json, "createdDateTimeUtc"_L1, createdDateTimeUtc);
    JsonWrite::put(json, "assignedHub"_L1, assignedHub);
    JsonWrite::put(json, "deviceId"_L1, deviceId);
    JsonWrite::put(json, "status"_L1, status);
    JsonWrite::put(json, "substatus"_L1, substatus);
    JsonWrite::put(json, "errorCode"_L1, errorCode);
    JsonWrite::put(json, "errorMessage"_L1, errorMessage);
    JsonWrite::put(json, "lastUpdatedDateTimeUtc"_L1, lastUpdatedDateTimeUtc);
    JsonWrite::put(json, "etag"_L1, etag);
    JsonWrite::put(json, "payload"_L1, payload);
    JsonWrite::put(json, "tpm"_L1, tpm);
    JsonWrite::put(json, "x509"_L1, x509);
    JsonWrite::put(json, "symmetricKey"_L1, symmetricKey);
    return json;
}

} // namespace StampDeck::Azure
