#pragma once

#include "WireJson.h"
#include "AuthenticationMechanism.h"
#include "DeviceCapabilities.h"
#include "TwinProperties.h"
#include <QStringList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// One item of a bulk registry call (POST /devices, a JSON array) or of an import/export blob line.
// Wire names: id (not deviceId), eTag (capital T), importMode (matched case-insensitively: the Node
// SDK sends "Update", "DeleteIfMatchETag"). The Node SDK copies the caller's whole device object
// into the item, so device-identity fields (etag, generationId, connectionState, times, counts) are
// accepted; a lower-case etag fills eTag when eTag is absent; the others are ignored.
struct ExportImportDevice
{
    QString id;                               // required
    std::optional<QString> moduleId;
    std::optional<QString> eTag;
    std::optional<ImportMode> importMode;     // absent means createOrUpdate (import jobs)
    std::optional<DeviceStatus> status;
    std::optional<QString> statusReason;
    std::optional<AuthenticationMechanism> authentication;
    std::optional<QString> twinETag;
    std::optional<QJsonObject> tags;
    std::optional<TwinProperties> properties;
    std::optional<DeviceCapabilities> capabilities;
    std::optional<QString> deviceScope;
    std::optional<QStringList> parentScopes;

    // The max items of one POST /devices call.
    static constexpr int MaxPerBulkCall = 100;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<ExportImportDevice> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const ExportImportDevice &, const ExportImportDevice &) = default;
};

} // namespace StampDeck::Azure
