#pragma once

#include "WireJson.h"
#include "EnrollmentGroup.h"
#include "IndividualEnrollment.h"
#include <QList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS bulk call body: {mode, enrollments: [...]} (POST /enrollments) or {mode, enrollmentGroups: [...]}
// (POST /enrollmentGroups). Exactly one of the two lists must be present. fromJson() checks the
// shape; validate() also checks the size limit (1..10 items, the swagger summary).
struct BulkEnrollmentOperation
{
    BulkEnrollmentMode mode = BulkEnrollmentMode::Create;
    std::optional<QList<IndividualEnrollment>> enrollments;
    std::optional<QList<EnrollmentGroup>> enrollmentGroups;

    static constexpr int MaxItems = 10;

    bool isGroupOperation() const { return enrollmentGroups.has_value(); }
    qsizetype itemCount() const;
    // False with a message when the list is empty or longer than MaxItems.
    bool validate(QString *error = nullptr) const;

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<BulkEnrollmentOperation> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const BulkEnrollmentOperation &, const BulkEnrollmentOperation &) = default;
};

} // namespace StampDeck::Azure
