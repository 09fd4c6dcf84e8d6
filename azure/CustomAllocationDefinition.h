#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS customAllocationDefinition: {webhookUrl, apiVersion} (both required by the swagger).
struct CustomAllocationDefinition
{
    QString webhookUrl;
    QString apiVersion;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<CustomAllocationDefinition> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const CustomAllocationDefinition &, const CustomAllocationDefinition &) = default;
};

} // namespace StampDeck::Azure
