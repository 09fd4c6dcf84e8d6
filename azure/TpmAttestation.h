#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS tpm attestation: {endorsementKey (required), storageRootKey}. Also the tpm part of a device's
// registration request.
struct TpmAttestation
{
    QString endorsementKey;
    std::optional<QString> storageRootKey;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<TpmAttestation> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const TpmAttestation &, const TpmAttestation &) = default;
};

} // namespace StampDeck::Azure
