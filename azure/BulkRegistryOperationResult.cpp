#include "BulkRegistryOperationResult.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<BulkRegistryOperationResult> BulkRegistryOperationResult::fromJson(const QJsonObject &json, QString *error,
                                                                                 JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    BulkRegistryOperationResult value;
    std::optional<bool> successful;
    reader.readBool("isSuccessful"_L1, successful);
    value.isSuccessful = successful.value_or(false);
    std::optional<QList<DeviceRegistryOperationError>> errors;
    reader.readRecordList("errors"_L1, errors);
    value.errors = errors.value_or(QList<DeviceRegistryOperationError>());
    std::optional<QList<DeviceRegistryOperationWarning>> warnings;
    reader.readRecordList("warnings"_L1, warnings);
    value.warnings = warnings.value_or(QList<DeviceRegistryOperationWarning>());
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject BulkRegistryOperationResult::toJson() const
{
    QJsonObject json;
    json.insert("isSuccessful"_L1, isSuccessful);
    JsonWrite::put(json, "errors"_L1, std::optional(errors));
    JsonWrite::put(json, "warnings"_L1, std::optional(warnings));
    return json;
}

} // namespace StampDeck::Azure
