#pragma once

#include "WireJson.h"
#include "TwinProperties.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS initialTwin: {tags, properties: {desired}} (TwinCollections kept as JSON).
struct InitialTwin
{
    std::optional<QJsonObject> tags;
    std::optional<TwinProperties> properties;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<InitialTwin> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const InitialTwin &, const InitialTwin &) = default;
};

} // namespace StampDeck::Azure
