#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// {primaryThumbprint, secondaryThumbprint}: hub device self-signed certificate thumbprints.
struct X509Thumbprint
{
    std::optional<QString> primaryThumbprint;
    std::optional<QString> secondaryThumbprint;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<X509Thumbprint> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const X509Thumbprint &, const X509Thumbprint &) = default;
};

} // namespace StampDeck::Azure
