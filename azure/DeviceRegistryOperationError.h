#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// One error of a bulk registry answer: {deviceId, errorCode, errorStatus, moduleId, operation}.
// errorCode is numeric (404001, what import logs show and the emulator writes) or a name
// ("DeviceAlreadyExists", the swagger's enum): both parse; code and name are filled from the table
// when known, and toJson() writes the form that was parsed (numeric by default).
struct DeviceRegistryOperationError
{
    QString deviceId;
    int errorCode = 0;                        // 0 when only a unknown name was given
    QString errorCodeName;                    // "DeviceAlreadyExists" (may be empty)
    bool errorCodeAsName = false;             // write errorCode as the name instead of the number
    std::optional<QString> errorStatus;
    std::optional<QString> moduleId;
    std::optional<QString> operation;

    // An error with code and name from the table.
    static DeviceRegistryOperationError make(const QString &deviceId, int code, const QString &status);

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DeviceRegistryOperationError> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DeviceRegistryOperationError &, const DeviceRegistryOperationError &) = default;
};

} // namespace StampDeck::Azure
