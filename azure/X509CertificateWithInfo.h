#pragma once

#include "WireJson.h"
#include "X509CertificateInfo.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS X509CertificateWithInfo: {certificate (PEM), info}.
struct X509CertificateWithInfo
{
    std::optional<QString> certificate;
    std::optional<X509CertificateInfo> info;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<X509CertificateWithInfo> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const X509CertificateWithInfo &, const X509CertificateWithInfo &) = default;
};

} // namespace StampDeck::Azure
