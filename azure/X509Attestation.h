#pragma once

#include "WireJson.h"
#include "X509CAReferences.h"
#include "X509Certificates.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS x509 attestation: {clientCertificates, signingCertificates, caReferences}.
struct X509Attestation
{
    std::optional<X509Certificates> clientCertificates;
    std::optional<X509Certificates> signingCertificates;
    std::optional<X509CAReferences> caReferences;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<X509Attestation> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const X509Attestation &, const X509Attestation &) = default;
};

} // namespace StampDeck::Azure
