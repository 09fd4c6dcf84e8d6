#pragma once

#include "WireJson.h"
#include "DeviceRegistryOperationError.h"
#include "DeviceRegistryOperationWarning.h"
#include <QList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// Answer of POST /devices (status 200 or 400, both with this body):
// {isSuccessful, errors: [...], warnings: [...]}.
struct BulkRegistryOperationResult
{
    bool isSuccessful = false;
    QList<DeviceRegistryOperationError> errors;
    QList<DeviceRegistryOperationWarning> warnings;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<BulkRegistryOperationResult> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const BulkRegistryOperationResult &, const BulkRegistryOperationResult &) = default;
};

} // namespace StampDeck::Azure
