#pragma once

#include "WireJson.h"
#include "TpmAttestation.h"
#include <QJsonValue>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS device API request body (PUT .../register, POST status lookup): {registrationId, tpm, payload}.
// Symmetric-key devices send {"registrationId": "..."} (plus payload for custom allocation).
struct DeviceRegistration
{
    QString registrationId;
    std::optional<TpmAttestation> tpm;
    std::optional<QJsonValue> payload;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DeviceRegistration> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DeviceRegistration &, const DeviceRegistration &) = default;
};

} // namespace StampDeck::Azure
