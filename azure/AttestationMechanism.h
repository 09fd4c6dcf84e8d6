#pragma once

#include "WireJson.h"
#include "SymmetricKey.h"
#include "TpmAttestation.h"
#include "X509Attestation.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS attestation: {type (required): none|tpm|x509|symmetricKey, tpm, x509, symmetricKey}.
// The sub-object matching type is not required: a symmetricKey attestation without keys asks DPS to
// generate them.
struct AttestationMechanism
{
    AttestationType type = AttestationType::None;
    std::optional<TpmAttestation> tpm;
    std::optional<X509Attestation> x509;
    std::optional<SymmetricKey> symmetricKey;

    // A symmetric-key attestation with the given keys (empty: let the service generate them).
    static AttestationMechanism symmetric(const QString &primaryKey = {}, const QString &secondaryKey = {});

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<AttestationMechanism> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const AttestationMechanism &, const AttestationMechanism &) = default;
};

} // namespace StampDeck::Azure
