#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// {primaryKey, secondaryKey}: base64 keys of a hub device (authentication.symmetricKey) or of a DPS
// attestation (attestation.symmetricKey). Empty or absent keys ask the service to generate them.
struct SymmetricKey
{
    std::optional<QString> primaryKey;
    std::optional<QString> secondaryKey;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<SymmetricKey> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const SymmetricKey &, const SymmetricKey &) = default;
};

} // namespace StampDeck::Azure
