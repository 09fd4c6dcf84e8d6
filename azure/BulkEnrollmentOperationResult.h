#pragma once

#include "WireJson.h"
#include "BulkEnrollmentOperationError.h"
#include <QList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS bulk answer: {isSuccessful (required), errors: [...]}; errors is written only when not empty.
struct BulkEnrollmentOperationResult
{
    bool isSuccessful = false;
    QList<BulkEnrollmentOperationError> errors;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<BulkEnrollmentOperationResult> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const BulkEnrollmentOperationResult &, const BulkEnrollmentOperationResult &) = default;
};

} // namespace StampDeck::Azure
