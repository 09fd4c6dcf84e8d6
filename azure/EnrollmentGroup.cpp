#include "EnrollmentGroup.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<EnrollmentGroup> EnrollmentGroup::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    EnrollmentGroup value;
    reader.readRequiredString("enrollmentGroupId"_L1, value.enrollmentGroupId);
    std::optional<AttestationMechanism> attestation;
    if (reader.readRecord("attestation"_L1, attestation) && !attestation)
        reader.fail(reader.fieldMessage("attestation"_L1, QStringLiteral("is required")));
    if (attestation)
        value.attestation = *attestation;
    reader.readRecord("capabilities"_L1, value.capabilities);
    reader.readString("iotHubHostName"_L1, value.iotHubHostName);
    reader.readRecord("initialTwin"_L1, value.initialTwin);
    reader.readString("etag"_L1, value.etag);
    reader.readEnum("provisioningStatus"_L1, value.provisioningStatus);
    reader.readRecord("reprovisionPolicy"_L1, value.reprovisionPolicy);
    reader.readDateTime("createdDateTimeUtc"_L1, value.createdDateTimeUtc);
    reader.readDateTime("lastUpdatedDateTimeUtc"_L1, value.lastUpdatedDateTimeUtc);
    reader.readEnum("allocationPolicy"_L1, value.allocationPolicy);
    reader.readStringList("iotHubs"_L1, value.iotHubs);
    reader.readRecord("customAllocationDefinition"_L1, value.customAllocationDefinition);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject EnrollmentGroup::toJson() const
{
    QJsonObject json;
    json.insert("enrollmentGroupId"_L1, enrollmentGroupId);
    json.insert("attestation"_L1, attestation.toJson());
    JsonWrite::put(json, "capabilities"_L1, capabilities);
    JsonWrite::put(json, "iotHubHostName"_L1, iotHubHostName);
    JsonWrite::put(json, "initialTwin"_L1, initialTwin);
    JsonWrite::put(json, "etag"_L1, etag);
    JsonWrite::put(json, "provisioningStatus"_L1, provisioningStatus);
    JsonWrite::put(json, "reprovisionPolicy"_L1, reprovisionPolicy);
    JsonWrite::put(json, "createdDateTimeUtc"_L1, createdDateTimeUtc);
    JsonWrite::put(json, "lastUpdatedDateTimeUtc"_L1, lastUpdatedDateTimeUtc);
    JsonWrite::put(json, "allocationPolicy"_L1, allocationPolicy);
    JsonWrite::put(json, "iotHubs"_L1, iotHubs);
    JsonWrite::put(json, "customAllocationDefinition"_L1, customAllocationDefinition);
    return json;
}

} // namespace StampDeck::Azure
