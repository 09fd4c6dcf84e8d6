#include "BulkEnrollmentOperation.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

qsizetype BulkEnrollmentOperation::itemCount() const
{
    if (enrollmentGroups)
        return enrollmentGroups->size();
    return enrollments ? enrollments->size() : 0;
}

bool BulkEnrollmentOperation::validate(QString *error) const
{
    const QString noun = isGroupOperation() ? QStringLiteral("enrollment groups") : QStringLiteral("enrollments");
    const qsizetype count = itemCount();
    QString message;
    if (count == 0)
        message = QStringLiteral("a bulk operation needs at least one item in '%1'")
                      .arg(isGroupOperation() ? QStringLiteral("enrollmentGroups") : QStringLiteral("enrollments"));
    else if (count > MaxItems)
        message = QStringLiteral("a bulk operation takes at most %1 %2; this one has %3").arg(MaxItems).arg(noun).arg(count);
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

std::optional<BulkEnrollmentOperation> BulkEnrollmentOperation::fromJson(const QJsonObject &json, QString *error,
                                                                         JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    BulkEnrollmentOperation value;
    std::optional<BulkEnrollmentMode> bulkMode;
    if (reader.readEnum("mode"_L1, bulkMode) && !bulkMode)
        reader.fail(reader.fieldMessage("mode"_L1, QStringLiteral("is required (") + Wire::allowedValues<BulkEnrollmentMode>() + u')'));
    value.mode = bulkMode.value_or(BulkEnrollmentMode::Create);
    reader.readRecordList("enrollments"_L1, value.enrollments);
    reader.readRecordList("enrollmentGroups"_L1, value.enrollmentGroups);
    if (reader.ok() && value.enrollments && value.enrollmentGroups)
        reader.fail(QStringLiteral("a bulk operation has either 'enrollments' or 'enrollmentGroups', not both"));
    if (reader.ok() && !value.enrollments && !value.enrollmentGroups)
        reader.fail(QStringLiteral("field 'enrollments' (or 'enrollmentGroups') is required"));
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject BulkEnrollmentOperation::toJson() const
{
    QJsonObject json;
    json.insert("mode"_L1, Wire::toString(mode));
    JsonWrite::put(json, "enrollments"_L1, enrollments);
    JsonWrite::put(json, "enrollmentGroups"_L1, enrollmentGroups);
    return json;
}

} // namespace StampDeck::Azure
