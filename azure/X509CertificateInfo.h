#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS X509CertificateInfo (read-only, written by DPS): subjectName, sha1Thumbprint, sha256Thumbprint,
// issuerName, notBeforeUtc, notAfterUtc, serialNumber, version. The swagger marks all required; they
// parse as optional so partial answers still read.
struct X509CertificateInfo
{
    std::optional<QString> subjectName;
    std::optional<QString> sha1Thumbprint;
    std::optional<QString> sha256Thumbprint;
    std::optional<QString> issuerName;
    std::optional<AzureDateTime> notBeforeUtc;
    std::optional<AzureDateTime> notAfterUtc;
    std::optional<QString> serialNumber;
    std::optional<int> version;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<X509CertificateInfo> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const X509CertificateInfo &, const X509CertificateInfo &) = default;
};

} // namespace StampDeck::Azure
