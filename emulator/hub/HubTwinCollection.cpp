#include "HubTwinCollection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace StampDeck::Emulator {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString invalidKeyReason(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("is empty");
    if (key.toUtf8().size() > HubTwinCollection::MaxKeyBytes)
        return QStringLiteral("is longer than %1 bytes").arg(HubTwinCollection::MaxKeyBytes);
    for (QChar c : key) {
        if (c == u'.' || c == u'$' || c == u' ')
            return QStringLiteral("contains '%1', which property names may not hold").arg(c);
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("contains a control character");
    }
    return {};
}

} // namespace

QJsonObject HubTwinCollection::withoutServiceKeys(QJsonObject collection)
{
    collection.remove(QLatin1StringView("$metadata"));
    collection.remove(QLatin1StringView("$version"));
    return collection;
}

bool HubTwinCollection::validate(const QJsonObject &collection, QLatin1StringView what, bool allowNull, QString *error)
{
    return validateObject(collection, QString(what), 1, allowNull, error);
}

bool HubTwinCollection::validateObject(const QJsonObject &object, const QString &path, int depth, bool allowNull,
                                       QString *error)
{
    if (depth > MaxDepth)
        return fail(error, QStringLiteral("%1 is nested more than %2 levels deep").arg(path).arg(MaxDepth));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString reason = invalidKeyReason(it.key());
        if (!reason.isEmpty())
            return fail(error, QStringLiteral("property name '%1' in %2 %3").arg(it.key(), path, reason));
        const QString childPath = path + u'.' + it.key();
        if (it.value().isNull()) {
            // In a patch null removes the property; in a full collection it is not allowed.
            if (!allowNull)
                return fail(error, QStringLiteral("%1 is null; null only removes a property in a patch").arg(childPath));
            continue;
        }
        if (it.value().isObject()) {
            if (!validateObject(it.value().toObject(), childPath, depth + 1, allowNull, error))
                return false;
        } else if (!validateValue(it.value(), childPath, depth, error)) {
            return false;
        }
    }
    return true;
}

bool HubTwinCollection::validateValue(const QJsonValue &value, const QString &path, int depth, QString *error)
{
    if (value.isObject())
        return validateObject(value.toObject(), path, depth + 1, true, error);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!validateValue(array.at(i), path + u'[' + QString::number(i) + u']', depth, error))
                return false;
        }
        return true;
    }
    if (value.isString() && value.toString().toUtf8().size() > MaxStringBytes)
        return fail(error, QStringLiteral("%1 is longer than %2 bytes").arg(path).arg(MaxStringBytes));
    return true;
}

bool HubTwinCollection::validateSize(const QJsonObject &collection, QLatin1StringView what, int maxBytes, QString *error)
{
    if (collection.isEmpty())
        return true;
    const qsizetype size = QJsonDocument(collection).toJson(QJsonDocument::Compact).size();
    if (size > maxBytes)
        return fail(error, QStringLiteral("%1 would be %2 bytes; at most %3 are allowed").arg(QString(what)).arg(size).arg(maxBytes));
    return true;
}

QJsonObject HubTwinCollection::merge(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else if (it.value().isObject()) {
            const QJsonValue existing = result.value(it.key());
            result.insert(it.key(), merge(existing.isObject() ? existing.toObject() : QJsonObject(), it.value().toObject()));
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

} // namespace StampDeck::Emulator
