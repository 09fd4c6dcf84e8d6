#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS registration state (GET /registrations/{id}, enrollment.registrationState, query rows) and the
// device API's DeviceRegistrationResult (registrationState of an operation, status lookup answer),
// which adds tpm {authenticationKey}, x509 {certificateInfo, enrollmentGroupId,
// signingCertificateInfo} and symmetricKey {enrollmentGroupId}: kept as JSON. All fields read-only.
struct DeviceRegistrationState
{
    std::optional<QString> registrationId;
    std::optional<AzureDateTime> createdDateTimeUtc;
    std::optional<QString> assignedHub;
    std::optional<QString> deviceId;
    std::optional<RegistrationStatus> status;
    std::optional<RegistrationSubstatus> substatus;
    std::optional<int> errorCode;
    std::optional<QString> errorMessage;
    std::optional<AzureDateTime> lastUpdatedDateTimeUtc;
    std::optional<QString> etag;
    std::optional<QJsonValue> payload;        // custom allocation payload (an object)
    // Device API extras (DeviceRegistrationResult).
    std::optional<QJsonObject> tpm;
    std::optional<QJsonObject> x509;
    std::optional<QJsonObject> symmetricKey;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DeviceRegistrationState> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DeviceRegistrationState &, const DeviceRegistrationState &) = default;
};

} // namespace StampDeck::Azure

namespace StampDeck::Azure {
// The device API's name for the same shape.
using DeviceRegistrationResult = DeviceRegistrationState;
} // namespace StampDeck::Azure
