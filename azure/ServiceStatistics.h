#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// GET /statistics/service: {connectedDeviceCount}.
struct ServiceStatistics
{
    qint64 connectedDeviceCount = 0;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<ServiceStatistics> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const ServiceStatistics &, const ServiceStatistics &) = default;
};

} // namespace StampDeck::Azure
