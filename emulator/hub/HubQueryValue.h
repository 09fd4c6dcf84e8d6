#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// One value while a hub query is evaluated. JSON has no "undefined", but the query language does
// (a missing property is undefined, not null, and IS_DEFINED tells them apart), so this is a small
// tagged value instead of a QJsonValue. Strings are kept as QString so comparing a device id does
// not build a JSON container per row.
struct HubQueryValue
{
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Object, Array };

    Type type = Type::Undefined;
    bool boolean = false;
    double number = 0;
    QString string;
    QJsonValue json; // Object and Array only

    static HubQueryValue undefined() { return {}; }
    static HubQueryValue null();
    static HubQueryValue ofBool(bool value);
    static HubQueryValue ofNumber(double value);
    static HubQueryValue ofString(const QString &value);
    static HubQueryValue fromJson(const QJsonValue &value);

    bool isDefined() const { return type != Type::Undefined; }
    bool isPrimitive() const { return type == Type::Null || type == Type::Bool || type == Type::Number || type == Type::String; }
    bool isTrue() const { return type == Type::Bool && boolean; }

    // JSON for projections; Undefined becomes QJsonValue::Undefined (the caller leaves the key out).
    QJsonValue toJson() const;

    // Equality as the query language defines it: only between primitives of the same type
    // (null equals null); anything else is undefined (nullopt), which a condition treats as false.
    static std::optional<bool> equals(const HubQueryValue &a, const HubQueryValue &b);
    // Ordering between two numbers or two strings (ordinal); nullopt for anything else.
    static std::optional<int> compare(const HubQueryValue &a, const HubQueryValue &b);

    // A hashable key for GROUP BY (type tag + canonical text).
    QString groupKey() const;
};

} // namespace StampDeck::Emulator
