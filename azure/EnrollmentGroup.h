#pragma once

#include "WireJson.h"
#include "AttestationMechanism.h"
#include "CustomAllocationDefinition.h"
#include "DeviceCapabilities.h"
#include "InitialTwin.h"
#include "ReprovisionPolicy.h"
#include <QStringList>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// DPS enrollment group (PUT/GET /enrollmentGroups/{enrollmentGroupId}), service.json 2021-10-01.
// enrollmentGroupId and attestation are required.
struct EnrollmentGroup
{
    QString enrollmentGroupId;
    AttestationMechanism attestation;
    std::optional<DeviceCapabilities> capabilities;
    std::optional<QString> iotHubHostName;
    std::optional<InitialTwin> initialTwin;
    std::optional<QString> etag;
    std::optional<ProvisioningStatus> provisioningStatus; // default enabled
    std::optional<ReprovisionPolicy> reprovisionPolicy;
    std::optional<AzureDateTime> createdDateTimeUtc;
    std::optional<AzureDateTime> lastUpdatedDateTimeUtc;
    std::optional<AllocationPolicy> allocationPolicy;
    std::optional<QStringList> iotHubs;
    std::optional<CustomAllocationDefinition> customAllocationDefinition;

    bool isEnabled() const { return provisioningStatus.value_or(ProvisioningStatus::Enabled) == ProvisioningStatus::Enabled; }

    // Parses the JSON object; nullopt and *error (naming the field) when it does not fit.
    static std::optional<EnrollmentGroup> fromJson(const QJsonObject &json, QString *error = nullptr,
                                      JsonParseMode mode = JsonParseMode::Strict);
    // Writes the fields that are set, with their wire names.
    QJsonObject toJson() const;

    friend bool operator==(const EnrollmentGroup &, const EnrollmentGroup &) = default;
};

} // namespace StampDeck::Azure
