#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// Body of the query calls (hub POST /devices/query, DPS POST /enrollments/query ...): {"query": "..."}.
struct QuerySpecification
{
    QString query;                            // required

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<QuerySpecification> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const QuerySpecification &, const QuerySpecification &) = default;
};

} // namespace StampDeck::Azure
