#pragma once

#include "WireJson.h"
#include <QJsonValue>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// Answer of a direct method (CloudToDeviceMethodResult): {status, payload}, both from the device.
struct DirectMethodResult
{
    std::optional<int> status;
    std::optional<QJsonValue> payload;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DirectMethodResult> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DirectMethodResult &, const DirectMethodResult &) = default;
};

} // namespace StampDeck::Azure
