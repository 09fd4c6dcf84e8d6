#include "DeviceQueryFilter.h"

#include <QStringList>

namespace StampDeck {

bool DeviceQueryFilter::isEmpty() const
{
    return !status && !connectionState && tagName.isEmpty() && idPrefix.isEmpty();
}

bool DeviceQueryFilter::isValidTagName(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QStringList parts = name.split(u'.');
    for (const QString &part : parts) {
        if (part.isEmpty() || part.at(0).isDigit())
            return false;
        for (const QChar c : part) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
                return false;
        }
    }
    return true;
}

std::optional<QString> DeviceQueryFilter::quoted(const QString &value)
{
    for (const QChar c : value) {
        if (c == u'\'' || c == u'"' || c == u'\\' || c.category() == QChar::Other_Control)
            return std::nullopt;
    }
    return u'\'' + value + u'\'';
}

std::optional<QString> DeviceQueryFilter::whereClause(QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QStringList conditions;
    if (status)
        conditions.append(QStringLiteral("status = '%1'").arg(Azure::Wire::toString(*status)));
    if (connectionState)
        conditions.append(QStringLiteral("connectionState = '%1'").arg(Azure::Wire::toString(*connectionState)));
    if (!tagName.isEmpty()) {
        if (!isValidTagName(tagName))
            return fail(tr("The tag name \"%1\" can hold letters, digits and _, with dots between names (location.region).")
                            .arg(tagName));
        const std::optional<QString> value = quoted(tagValue);
        if (!value)
            return fail(tr("The tag value cannot contain quotes or backslashes: the hub's query language has no safe way to search for them."));
        conditions.append(QStringLiteral("tags.%1 = %2").arg(tagName, *value));
    }
    if (!idPrefix.isEmpty()) {
        const std::optional<QString> value = quoted(idPrefix);
        if (!value)
            return fail(tr("The device ID prefix cannot contain quotes or backslashes: the hub's query language has no safe way to search for them."));
        conditions.append(QStringLiteral("STARTSWITH(deviceId, %1)").arg(*value));
    }
    return conditions.join(QStringLiteral(" AND "));
}

std::optional<QString> DeviceQueryFilter::query(const QString &projection, QString *error) const
{
    const std::optional<QString> where = whereClause(error);
    if (!where)
        return std::nullopt;
    QString text = QStringLiteral("SELECT %1 FROM devices").arg(projection);
    if (!where->isEmpty())
        text += QStringLiteral(" WHERE ") + *where;
    return text;
}

std::optional<QString> DeviceQueryFilter::countQuery(QString *error) const
{
    return query(QStringLiteral("COUNT() AS n"), error);
}

} // namespace StampDeck
