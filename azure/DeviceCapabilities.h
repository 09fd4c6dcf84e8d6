#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// {iotEdge}: capabilities of a hub device or of a DPS enrollment.
struct DeviceCapabilities
{
    std::optional<bool> iotEdge;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DeviceCapabilities> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DeviceCapabilities &, const DeviceCapabilities &) = default;
};

} // namespace StampDeck::Azure
