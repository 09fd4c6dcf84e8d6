#include "BulkEnrollmentOperationError.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<BulkEnrollmentOperationError> BulkEnrollmentOperationError::fromJson(const QJsonObject &json, QString *error,
                                                                                   JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    BulkEnrollmentOperationError value;
    reader.readString("registrationId"_L1, value.registrationId);
    reader.readString("enrollmentGroupId"_L1, value.enrollmentGroupId);
    std::optional<int> code;
    reader.readInt("errorCode"_L1, code);
    value.errorCode = code.value_or(0);
    std::optional<QString> status;
    reader.readString("errorStatus"_L1, status);
    value.errorStatus = status.value_or(QString());
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject BulkEnrollmentOperationError::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "registrationId"_L1, registrationId);
    JsonWrite::put(json, "enrollmentGroupId"_L1, enrollmentGroupId);
    json.insert("errorCode"_L1, errorCode);
    json.insert("errorStatus"_L1, errorStatus);
    return json;
}

} // namespace StampDeck::Azure
