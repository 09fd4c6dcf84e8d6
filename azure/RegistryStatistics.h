#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// GET /statistics/devices: {totalDeviceCount, enabledDeviceCount, disabledDeviceCount}.
struct RegistryStatistics
{
    qint64 totalDeviceCount = 0;
    qint64 enabledDeviceCount = 0;
    qint64 disabledDeviceCount = 0;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<RegistryStatistics> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const RegistryStatistics &, const RegistryStatistics &) = default;
};

} // namespace StampDeck::Azure
