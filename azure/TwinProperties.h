#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// {desired, reported} of a twin, each a TwinCollection kept as JSON (with $metadata, $version).
struct TwinProperties
{
    std::optional<QJsonObject> desired;
    std::optional<QJsonObject> reported;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<TwinProperties> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const TwinProperties &, const TwinProperties &) = default;
};

} // namespace StampDeck::Azure
