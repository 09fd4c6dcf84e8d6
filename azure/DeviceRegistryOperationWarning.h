#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// One warning of a bulk registry answer: {deviceId, warningCode, warningStatus}.
struct DeviceRegistryOperationWarning
{
    QString deviceId;
    std::optional<QString> warningCode;       // e.g. DeviceRegisteredWithoutTwin
    std::optional<QString> warningStatus;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DeviceRegistryOperationWarning> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DeviceRegistryOperationWarning &, const DeviceRegistryOperationWarning &) = default;
};

} // namespace StampDeck::Azure
