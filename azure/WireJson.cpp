#include "WireJson.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <cmath>

namespace StampDeck::Azure {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &context, JsonParseMode mode)
    : m_object(object)
    , m_context(context)
    , m_mode(mode)
{
}

bool JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool JsonReader::has(QLatin1StringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

void JsonReader::ignore(QLatin1StringView key)
{
    m_known.insert(QString(key));
}

QString JsonReader::contextFor(QLatin1StringView key) const
{
    if (m_context.isEmpty())
        return QString(key);
    return m_context + QStringLiteral(": ") + key;
}

QString JsonReader::fieldMessage(QLatin1StringView key, const QString &text) const
{
    const QString field = QStringLiteral("field '") + key + u'\'';
    if (m_context.isEmpty())
        return field + u' ' + text;
    return m_context + QStringLiteral(": ") + field + u' ' + text;
}

bool JsonReader::readString(QLatin1StringView key, std::optional<QString> &out)
{
    ignore(key);
    if (!has(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (!value.isString())
        return fail(fieldMessage(key, QStringLiteral("must be a string, not ") + typeName(value)));
    out = value.toString();
    return true;
}

bool JsonReader::readRequiredString(QLatin1StringView key, QString &out)
{
    std::optional<QString> value;
    if (!readString(key, value))
        return false;
    if (!value || value->isEmpty())
        return fail(fieldMessage(key, QStringLiteral("is required")));
    out = *value;
    return true;
}

bool JsonReader::readBool(QLatin1StringView key, std::optional<bool> &out)
{
    ignore(key);
    if (!has(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (value.isBool()) {
        out = value.toBool();
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0) {
            out = true;
            return true;
        }
        if (text.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0) {
            out = false;
            return true;
        }
    }
    return fail(fieldMessage(key, QStringLiteral("must be true or false, not ") + typeName(value)));
}

bool JsonReader::readInt64(QLatin1StringView key, std::optional<qint64> &out)
{
    ignore(key);
    if (!has(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 9.007199254740992e15) {
            out = static_cast<qint64>(number);
            return true;
        }
        return fail(fieldMessage(key, QStringLiteral("must be an integer")));
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok) {
            out = number;
            return true;
        }
    }
    return fail(fieldMessage(key, QStringLiteral("must be an integer, not ") + typeName(value)));
}

bool JsonReader::readInt(QLatin1StringView key, std::optional<int> &out)
{
    std::optional<qint64> wide;
    if (!readInt64(key, wide))
        return false;
    if (!wide)
        return true;
    if (*wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max())
        return fail(fieldMessage(key, QStringLiteral("is out of range")));
    out = static_cast<int>(*wide);
    return true;
}

bool JsonReader::readDateTime(QLatin1StringView key, std::optional<AzureDateTime> &out)
{
    std::optional<QString> text;
    if (!readString(key, text))
        return false;
    if (!text)
        return true;
    out = AzureDateTime::fromString(*text);
    if (!out)
        return fail(fieldMessage(key, QStringLiteral("must be an ISO 8601 date and time such as 2022-08-31T22:02:50.5163352Z")));
    return true;
}

bool JsonReader::readObject(QLatin1StringView key, std::optional<QJsonObject> &out)
{
    ignore(key);
    if (!has(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        return fail(fieldMessage(key, QStringLiteral("must be an object, not ") + typeName(value)));
    out = value.toObject();
    return true;
}

bool JsonReader::readArray(QLatin1StringView key, std::optional<QJsonArray> &out)
{
    ignore(key);
    if (!has(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        return fail(fieldMessage(key, QStringLiteral("must be an array, not ") + typeName(value)));
    out = value.toArray();
    return true;
}

bool JsonReader::readStringList(QLatin1StringView key, std::optional<QStringList> &out)
{
    std::optional<QJsonArray> array;
    if (!readArray(key, array))
        return false;
    if (!array)
        return true;
    QStringList list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isString())
            return fail(fieldMessage(key, QStringLiteral("item %1 must be a string").arg(i)));
        list.append(array->at(i).toString());
    }
    out = list;
    return true;
}

bool JsonReader::readValue(QLatin1StringView key, std::optional<QJsonValue> &out)
{
    ignore(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return true;
    out = it.value();
    return true;
}

bool JsonReader::finish(QString *error)
{
    if (ok() && m_mode == JsonParseMode::Strict) {
        QStringList unknown;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                unknown.append(it.key());
        }
        if (!unknown.isEmpty()) {
            std::sort(unknown.begin(), unknown.end());
            const QString names = u'\'' + unknown.join(QStringLiteral("', '")) + u'\'';
            const QString text = (unknown.size() == 1 ? QStringLiteral("unknown field ") : QStringLiteral("unknown fields "))
                + names;
            fail(m_context.isEmpty() ? text : m_context + QStringLiteral(": ") + text);
        }
    }
    if (!ok() && error)
        *error = m_error;
    return ok();
}

namespace JsonWrite {

void put(QJsonObject &object, QLatin1StringView key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<bool> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<int> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<AzureDateTime> &value)
{
    if (value && value->isValid())
        object.insert(key, value->toString());
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<QJsonObject> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<QJsonArray> &value)
{
    if (value)
        object.insert(key, *value);
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<QStringList> &value)
{
    if (value)
        object.insert(key, QJsonArray::fromStringList(*value));
}

void put(QJsonObject &object, QLatin1StringView key, const std::optional<QJsonValue> &value)
{
    if (value)
        object.insert(key, *value);
}

} // namespace JsonWrite

} // namespace StampDeck::Azure
