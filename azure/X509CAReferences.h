#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS X509CAReferences: {primary, secondary} CA names.
struct X509CAReferences
{
    std::optional<QString> primary;
    std::optional<QString> secondary;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<X509CAReferences> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const X509CAReferences &, const X509CAReferences &) = default;
};

} // namespace StampDeck::Azure
