#pragma once

#include "WireJson.h"
#include "SymmetricKey.h"
#include "X509Thumbprint.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// A hub device's authentication: {type, symmetricKey, x509Thumbprint}. The Node SDK's Device class
// also serialises a capitalised "SymmetricKey" copy of symmetricKey; it is accepted (and used when
// symmetricKey is absent).
struct AuthenticationMechanism
{
    std::optional<AuthenticationType> type; // sas|selfSigned|certificateAuthority|none
    std::optional<SymmetricKey> symmetricKey;
    std::optional<X509Thumbprint> x509Thumbprint;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<AuthenticationMechanism> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const AuthenticationMechanism &, const AuthenticationMechanism &) = default;
};

} // namespace StampDeck::Azure
