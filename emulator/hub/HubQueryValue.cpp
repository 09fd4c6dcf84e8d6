#include "HubQueryValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace StampDeck::Emulator {

HubQueryValue HubQueryValue::null()
{
    HubQueryValue v;
    v.type = Type::Null;
    return v;
}

HubQueryValue HubQueryValue::ofBool(bool value)
{
    HubQueryValue v;
    v.type = Type::Bool;
    v.boolean = value;
    return v;
}

HubQueryValue HubQueryValue::ofNumber(double value)
{
    HubQueryValue v;
    v.type = Type::Number;
    v.number = value;
    return v;
}

HubQueryValue HubQueryValue::ofString(const QString &value)
{
    HubQueryValue v;
    v.type = Type::String;
    v.string = value;
    return v;
}

HubQueryValue HubQueryValue::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return null();
    case QJsonValue::Bool:
        return ofBool(value.toBool());
    case QJsonValue::Double:
        return ofNumber(value.toDouble());
    case QJsonValue::String:
        return ofString(value.toString());
    case QJsonValue::Object: {
        HubQueryValue v;
        v.type = Type::Object;
        v.json = value;
        return v;
    }
    case QJsonValue::Array: {
        HubQueryValue v;
        v.type = Type::Array;
        v.json = value;
        return v;
    }
    case QJsonValue::Undefined:
        break;
    }
    return undefined();
}

QJsonValue HubQueryValue::toJson() const
{
    switch (type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return boolean;
    case Type::Number:
        return number;
    case Type::String:
        return string;
    case Type::Object:
    case Type::Array:
        return json;
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<bool> HubQueryValue::equals(const HubQueryValue &a, const HubQueryValue &b)
{
    if (!a.isPrimitive() || !b.isPrimitive() || a.type != b.type)
        return std::nullopt;
    switch (a.type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return a.boolean == b.boolean;
    case Type::Number:
        return a.number == b.number;
    case Type::String:
        return a.string == b.string;
    default:
        return std::nullopt;
    }
}

std::optional<int> HubQueryValue::compare(const HubQueryValue &a, const HubQueryValue &b)
{
    if (a.type != b.type)
        return std::nullopt;
    if (a.type == Type::Number)
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    if (a.type == Type::String) {
        const int c = a.string.compare(b.string, Qt::CaseSensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return std::nullopt;
}

QString HubQueryValue::groupKey() const
{
    switch (type) {
    case Type::Undefined:
        return QStringLiteral("u");
    case Type::Null:
        return QStringLiteral("n");
    case Type::Bool:
        return boolean ? QStringLiteral("bt") : QStringLiteral("bf");
    case Type::Number:
        return u'd' + QString::number(number, 'g', 17);
    case Type::String:
        return u's' + string;
    case Type::Object:
        return u'o' + QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    case Type::Array:
        return u'a' + QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace StampDeck::Emulator
