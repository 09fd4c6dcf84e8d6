#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// One error of a DPS bulk answer: {registrationId | enrollmentGroupId, errorCode (int), errorStatus}.
struct BulkEnrollmentOperationError
{
    std::optional<QString> registrationId;
    std::optional<QString> enrollmentGroupId;
    int errorCode = 0;
    QString errorStatus;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<BulkEnrollmentOperationError> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const BulkEnrollmentOperationError &, const BulkEnrollmentOperationError &) = default;
};

} // namespace StampDeck::Azure
