#pragma once

#include <DeviceIdentity.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace StampDeck::Emulator {

// A device identity from a request (PUT /devices/{id}, a bulk item), checked and normalised into
// what HubRegistry stores. Checking everything first means a bad request changes nothing.
// Rules: status defaults to enabled; statusReason at most 128 characters; authentication.type
// defaults to selfSigned when thumbprints are given, else sas; sas keys must be base64 of 16..64
// bytes, and empty or missing keys are generated (or, on an update, kept); selfSigned needs a
// primary thumbprint of 40 (SHA-1) or 64 (SHA-256) hex digits; read-only fields (etag,
// generationId, connectionState, times) are ignored.
struct HubIdentityInput
{
    static constexpr int MaxStatusReasonLength = 128;

    bool disabled = false;
    std::optional<QString> statusReason;
    quint8 authType = 0; // Azure::AuthenticationType
    bool hasSasKeys = false;     // authType is sas
    bool keepPrimaryKey = false; // the request left the key empty on an update: keep the stored one
    bool keepSecondaryKey = false;
    QByteArray primaryKey;   // raw bytes, when given
    QByteArray secondaryKey;
    std::optional<QString> primaryThumbprint;
    std::optional<QString> secondaryThumbprint;
    bool iotEdge = false;
    std::optional<QString> deviceScope;
    std::optional<QStringList> parentScopes;

    // updating: empty keys mean "keep" instead of "generate".
    static std::optional<HubIdentityInput> from(const Azure::DeviceIdentity &identity, bool updating, QString *error);
};

} // namespace StampDeck::Emulator
