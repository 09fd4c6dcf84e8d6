#pragma once

#include "WireJson.h"
#include "X509CertificateWithInfo.h"
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS X509Certificates: {primary, secondary}.
struct X509Certificates
{
    std::optional<X509CertificateWithInfo> primary;
    std::optional<X509CertificateWithInfo> secondary;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<X509Certificates> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const X509Certificates &, const X509Certificates &) = default;
};

} // namespace StampDeck::Azure
