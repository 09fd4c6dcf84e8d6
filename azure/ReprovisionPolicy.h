#pragma once

#include "WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS reprovisionPolicy: {updateHubAssignment, migrateDeviceData}, both default true.
// The swagger marks both required; a missing one parses as absent and reads as true.
struct ReprovisionPolicy
{
    std::optional<bool> updateHubAssignment;
    std::optional<bool> migrateDeviceData;

    bool effectiveUpdateHubAssignment() const { return updateHubAssignment.value_or(true); }
    bool effectiveMigrateDeviceData() const { return migrateDeviceData.value_or(true); }

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<ReprovisionPolicy> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const ReprovisionPolicy &, const ReprovisionPolicy &) = default;
};

} // namespace StampDeck::Azure
