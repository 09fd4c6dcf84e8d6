#pragma once

#include "WireJson.h"
#include <QJsonValue>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// POST /twins/{id}/methods body (CloudToDeviceMethod): {methodName, payload, responseTimeoutInSeconds,
// connectTimeoutInSeconds}. payload is any JSON (null included).
struct DirectMethodRequest
{
    QString methodName;                       // required
    std::optional<QJsonValue> payload;
    std::optional<int> responseTimeoutInSeconds;
    std::optional<int> connectTimeoutInSeconds;

    static constexpr int DefaultResponseTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 300;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DirectMethodRequest> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DirectMethodRequest &, const DirectMethodRequest &) = default;
};

} // namespace StampDeck::Azure
