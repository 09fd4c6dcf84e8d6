#include "BulkEnrollmentOperationResult.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<BulkEnrollmentOperationResult> BulkEnrollmentOperationResult::fromJson(const QJsonObject &json,
                                                                                     QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    BulkEnrollmentOperationResult value;
    std::optional<bool> successful;
    if (reader.readBool("isSuccessful"_L1, successful) && !successful)
        reader.fail(reader.fieldMessage("isSuccessful"_L1, QStringLiteral("is required")));
    value.isSuccessful = successful.value_or(false);
    std::optional<QList<BulkEnrollmentOperationError>> errors;
    reader.readRecordList("errors"_L1, errors);
    value.errors = errors.value_or(QList<BulkEnrollmentOperationError>());
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject BulkEnrollmentOperationResult::toJson() const
{
    QJsonObject json;
    json.insert("isSuccessful"_L1, isSuccessful);
    if (!errors.isEmpty())
        JsonWrite::put(json, "errors"_L1, std::optional(errors));
    return json;
}

} // namespace StampDeck::Azure
