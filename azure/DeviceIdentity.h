#pragma once

#include "WireJson.h"
#include "AuthenticationMechanism.h"
#include "DeviceCapabilities.h"
#include <QStringList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// An IoT hub device identity (GET/PUT /devices/{id}), AZURE_WIRE_SOURCES.md §2.2. deviceId is read as
// optional text because a PUT carries it in the path too; the caller checks they agree. The
// read-only fields (generationId, etag, connectionState, times, cloudToDeviceMessageCount) parse
// and write like the others. connectionState accepts the Node SDK's lower-case spelling.
struct DeviceIdentity
{
    QString deviceId;
    std::optional<QString> generationId;
    std::optional<QString> etag;
    std::optional<ConnectionState> connectionState;
    std::optional<DeviceStatus> status;
    std::optional<QString> statusReason;
    std::optional<AzureDateTime> connectionStateUpdatedTime;
    std::optional<AzureDateTime> statusUpdatedTime;
    std::optional<AzureDateTime> lastActivityTime;
    std::optional<qint64> cloudToDeviceMessageCount;
    std::optional<AuthenticationMechanism> authentication;
    std::optional<DeviceCapabilities> capabilities;
    std::optional<QString> deviceScope;
    std::optional<QStringList> parentScopes;

    // enabled unless status says disabled.
    bool isEnabled() const { return status.value_or(DeviceStatus::Enabled) == DeviceStatus::Enabled; }

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<DeviceIdentity> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const DeviceIdentity &, const DeviceIdentity &) = default;
};

} // namespace StampDeck::Azure
