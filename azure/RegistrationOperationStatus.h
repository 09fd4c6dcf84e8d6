#pragma once

#include "WireJson.h"
#include "DeviceRegistrationState.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS device API answer of PUT .../register and GET .../operations/{operationId}:
// {operationId (required), status, registrationState}.
struct RegistrationOperationStatus
{
    QString operationId;
    std::optional<RegistrationStatus> status;
    std::optional<DeviceRegistrationState> registrationState;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<RegistrationOperationStatus> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const RegistrationOperationStatus &, const RegistrationOperationStatus &) = default;
};

} // namespace StampDeck::Azure
