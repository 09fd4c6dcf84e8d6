#pragma once

#include "WireJson.h"
#include "DeviceCapabilities.h"
#include "TwinProperties.h"
#include "X509Thumbprint.h"
#include <QStringList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// A device (or module) twin: GET/PATCH/PUT /twins/{id} and the rows of a twin query.
// tags and properties.desired/reported stay JSON (with $metadata and $version).
struct Twin
{
    std::optional<QString> deviceId;
    std::optional<QString> moduleId;
    std::optional<QString> etag;
    std::optional<qint64> version;
    std::optional<QString> deviceEtag;
    std::optional<DeviceStatus> status;
    std::optional<QString> statusReason;
    std::optional<AzureDateTime> statusUpdateTime;
    std::optional<ConnectionState> connectionState;
    std::optional<AzureDateTime> lastActivityTime;
    std::optional<qint64> cloudToDeviceMessageCount;
    std::optional<AuthenticationType> authenticationType;
    std::optional<X509Thumbprint> x509Thumbprint;
    std::optional<DeviceCapabilities> capabilities;
    std::optional<QString> deviceScope;
    std::optional<QStringList> parentScopes;
    std::optional<QString> modelId;           // IoT Plug and Play model id
    std::optional<QJsonObject> tags;
    std::optional<TwinProperties> properties;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<Twin> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const Twin &, const Twin &) = default;
};

} // namespace StampDeck::Azure
