#include "DeviceRegistryOperationError.h"

#include "AzureErrorCodes.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

DeviceRegistryOperationError DeviceRegistryOperationError::make(const QString &deviceId, int code, const QString &status)
{
    DeviceRegistryOperationError error;
    error.deviceId = deviceId;
    error.errorCode = code;
    if (const std::optional<AzureErrorCodeInfo> info = AzureErrorCodeTable::find(code, AzureService::IotHub))
        error.errorCodeName = info->name;
    error.errorStatus = status;
    return error;
}

std::optional<DeviceRegistryOperationError> DeviceRegistryOperationError::fromJson(const QJsonObject &json, QString *error,
                                                                                   JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    DeviceRegistryOperationError value;
    std::optional<QString> deviceId;
    reader.readString("deviceId"_L1, deviceId);
    value.deviceId = deviceId.value_or(QString());
    std::optional<QJsonValue> code;
    reader.readValue("errorCode"_L1, code);
    if (code && code->isDouble()) {
        value.errorCode = code->toInt();
    } else if (code && code->isString()) {
        bool numeric = false;
        const int number = code->toString().toInt(&numeric);
        if (numeric) {
            value.errorCode = number;
        } else {
            value.errorCodeName = code->toString();
            value.errorCodeAsName = true;
        }
    } else if (code && !code->isNull()) {
        reader.fail(reader.fieldMessage("errorCode"_L1, QStringLiteral("must be a number or a code name")));
    }
    if (value.errorCode != 0 && value.errorCodeName.isEmpty()) {
        if (const std::optional<AzureErrorCodeInfo> info = AzureErrorCodeTable::find(value.errorCode, AzureService::IotHub))
            value.errorCodeName = info->name;
    } else if (value.errorCode == 0 && !value.errorCodeName.isEmpty()) {
        if (const std::optional<AzureErrorCodeInfo> info = AzureErrorCodeTable::findByName(value.errorCodeName))
            value.errorCode = info->code;
    }
    reader.readString("errorStatus"_L1, value.errorStatus);
    reader.readString("moduleId"_L1, value.moduleId);
    reader.readString("operation"_L1, value.operation);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject DeviceRegistryOperationError::toJson() const
{
    QJsonObject json;
    json.insert("deviceId"_L1, deviceId);
    if (errorCodeAsName && !errorCodeName.isEmpty())
        json.insert("errorCode"_L1, errorCodeName);
    else
        json.insert("errorCode"_L1, errorCode);
    JsonWrite::put(json, "errorStatus"_L1, errorStatus);
    JsonWrite::put(json, "moduleId"_L1, moduleId);
    JsonWrite::put(json, "operation"_L1, operation);
    return json;
}

} // namespace StampDeck::Azure
