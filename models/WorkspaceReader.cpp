#include "WorkspaceReader.h"

#include "Workspace.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace StampDeck {

WorkspaceReader::WorkspaceReader(WorkspaceError *error) : m_error(error) {}

bool WorkspaceReader::fail(const QString &field, const QString &message)
{
    if (m_error)
        *m_error = {field, message};
    return false;
}

bool WorkspaceReader::onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    static const QRegularExpression secretLike(QStringLiteral("key|secret|password|connectionstring|token|sas"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        const QString field = join(path, it.key());
        if (secretLike.match(it.key()).hasMatch())
            return fail(field, Workspace::tr("a workspace holds no secrets; keys belong in the keychain"));
        return fail(field, Workspace::tr("unknown field (expected one of: %1)").arg(known.join(QStringLiteral(", "))));
    }
    return true;
}

bool WorkspaceReader::string(const QJsonObject &object, const QString &path, const QString &key, QString *out,
                             bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(join(path, key), Workspace::tr("must be a non-empty string"));
    *out = value.toString().trimmed();
    return true;
}

bool WorkspaceReader::integer(const QJsonObject &object, const QString &path, const QString &key, qint64 min,
                              qint64 max, qint64 *out)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)))
        return fail(join(path, key), Workspace::tr("must be a whole number"));
    if (number < static_cast<double>(min) || number > static_cast<double>(max))
        return fail(join(path, key), Workspace::tr("%1 is out of range (%2 to %3)")
                                         .arg(static_cast<qint64>(number)).arg(min).arg(max));
    *out = static_cast<qint64>(number);
    return true;
}

bool WorkspaceReader::optionalNumber(const QJsonObject &object, const QString &path, const QString &key, double min,
                                     double max, double *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return fail(join(path, key), Workspace::tr("must be a number"));
    if (value.toDouble() < min || value.toDouble() > max)
        return fail(join(path, key), Workspace::tr("%1 is out of range (%2 to %3)").arg(value.toDouble()).arg(min).arg(max));
    *out = value.toDouble();
    return true;
}

QString WorkspaceReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace StampDeck
