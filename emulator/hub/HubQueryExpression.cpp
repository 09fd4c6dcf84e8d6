#include "HubQueryExpression.h"

#include <array>
#include <cmath>
#include <utility>

namespace StampDeck::Emulator {

namespace {

using Value = HubQueryValue;
using Type = HubQueryValue::Type;

struct FunctionInfo
{
    QLatin1StringView name;
    HubQueryExpression::Function function;
    int arity;
};

using F = HubQueryExpression::Function;
constexpr std::array<FunctionInfo, 17> Functions{{
    {QLatin1StringView("IS_DEFINED"), F::IsDefined, 1},
    {QLatin1StringView("IS_NULL"), F::IsNull, 1},
    {QLatin1StringView("IS_BOOL"), F::IsBool, 1},
    {QLatin1StringView("IS_NUMBER"), F::IsNumber, 1},
    {QLatin1StringView("IS_STRING"), F::IsString, 1},
    {QLatin1StringView("IS_OBJECT"), F::IsObject, 1},
    {QLatin1StringView("IS_ARRAY"), F::IsArray, 1},
    {QLatin1StringView("IS_PRIMITIVE"), F::IsPrimitive, 1},
    {QLatin1StringView("STARTSWITH"), F::StartsWith, 2},
    {QLatin1StringView("STARTS_WITH"), F::StartsWith, 2},
    {QLatin1StringView("ENDSWITH"), F::EndsWith, 2},
    {QLatin1StringView("ENDS_WITH"), F::EndsWith, 2},
    {QLatin1StringView("CONTAINS"), F::Contains, 2},
    {QLatin1StringView("LOWER"), F::Lower, 1},
    {QLatin1StringView("UPPER"), F::Upper, 1},
    {QLatin1StringView("LENGTH"), F::Length, 1},
    {QLatin1StringView("LEN"), F::Length, 1},
}};

Value callFunction(F function, const std::vector<Value> &args)
{
    const Value &a = args.at(0);
    switch (function) {
    case F::IsDefined:
        return Value::ofBool(a.isDefined());
    case F::IsNull:
        return Value::ofBool(a.type == Type::Null);
    case F::IsBool:
        return Value::ofBool(a.type == Type::Bool);
    case F::IsNumber:
        return Value::ofBool(a.type == Type::Number);
    case F::IsString:
        return Value::ofBool(a.type == Type::String);
    case F::IsObject:
        return Value::ofBool(a.type == Type::Object);
    case F::IsArray:
        return Value::ofBool(a.type == Type::Array);
    case F::IsPrimitive:
        return Value::ofBool(a.isPrimitive());
    case F::StartsWith:
    case F::EndsWith:
    case F::Contains: {
        const Value &b = args.at(1);
        if (a.type != Type::String || b.type != Type::String)
            return Value::undefined();
        if (function == F::StartsWith)
            return Value::ofBool(a.string.startsWith(b.string));
        if (function == F::EndsWith)
            return Value::ofBool(a.string.endsWith(b.string));
        return Value::ofBool(a.string.contains(b.string));
    }
    case F::Lower:
    case F::Upper:
        if (a.type != Type::String)
            return Value::undefined();
        return Value::ofString(function == F::Lower ? a.string.toLower() : a.string.toUpper());
    case F::Length:
        if (a.type != Type::String)
            return Value::undefined();
        return Value::ofNumber(double(a.string.size()));
    }
    return Value::undefined();
}

Value arithmetic(HubQueryExpression::Op op, const Value &a, const Value &b)
{
    using Op = HubQueryExpression::Op;
    if (a.type != Type::Number || b.type != Type::Number)
        return Value::undefined();
    switch (op) {
    case Op::Add:
        return Value::ofNumber(a.number + b.number);
    case Op::Subtract:
        return Value::ofNumber(a.number - b.number);
    case Op::Multiply:
        return Value::ofNumber(a.number * b.number);
    case Op::Divide:
        return b.number == 0 ? Value::undefined() : Value::ofNumber(a.number / b.number);
    case Op::Modulo:
        return b.number == 0 ? Value::undefined() : Value::ofNumber(std::fmod(a.number, b.number));
    default:
        return Value::undefined();
    }
}

} // namespace

bool HubQueryExpression::lookupFunction(QStringView name, Function *function, int *arity)
{
    for (const FunctionInfo &info : Functions) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0) {
            *function = info.function;
            *arity = info.arity;
            return true;
        }
    }
    return false;
}

HubQueryValue HubQueryExpression::evaluate(const HubQueryRow &row) const
{
    switch (op) {
    case Op::Constant:
        return constant;
    case Op::Field:
        return row.value(field);
    case Op::Array:
        return Value::undefined(); // only meaningful as the right side of IN / NIN
    case Op::Not: {
        const Value v = children.at(0).evaluate(row);
        return v.type == Type::Bool ? Value::ofBool(!v.boolean) : Value::undefined();
    }
    case Op::Negate: {
        const Value v = children.at(0).evaluate(row);
        return v.type == Type::Number ? Value::ofNumber(-v.number) : Value::undefined();
    }
    case Op::And: {
        // false wins over undefined; evaluate the right side only when it can matter.
        const Value left = children.at(0).evaluate(row);
        if (left.type == Type::Bool && !left.boolean)
            return Value::ofBool(false);
        const Value right = children.at(1).evaluate(row);
        if (right.type == Type::Bool && !right.boolean)
            return Value::ofBool(false);
        if (left.isTrue() && right.isTrue())
            return Value::ofBool(true);
        return Value::undefined();
    }
    case Op::Or: {
        const Value left = children.at(0).evaluate(row);
        if (left.isTrue())
            return Value::ofBool(true);
        const Value right = children.at(1).evaluate(row);
        if (right.isTrue())
            return Value::ofBool(true);
        if (left.type == Type::Bool && right.type == Type::Bool)
            return Value::ofBool(false);
        return Value::undefined();
    }
    case Op::Equal:
    case Op::NotEqual: {
        const std::optional<bool> eq = Value::equals(children.at(0).evaluate(row), children.at(1).evaluate(row));
        if (!eq)
            return Value::undefined();
        return Value::ofBool(op == Op::Equal ? *eq : !*eq);
    }
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual: {
        const std::optional<int> c = Value::compare(children.at(0).evaluate(row), children.at(1).evaluate(row));
        if (!c)
            return Value::undefined();
        switch (op) {
        case Op::Less:
            return Value::ofBool(*c < 0);
        case Op::LessOrEqual:
            return Value::ofBool(*c <= 0);
        case Op::Greater:
            return Value::ofBool(*c > 0);
        default:
            return Value::ofBool(*c >= 0);
        }
    }
    case Op::In:
    case Op::NotIn: {
        const Value v = children.at(0).evaluate(row);
        if (!v.isPrimitive())
            return Value::undefined();
        bool found = false;
        for (const HubQueryExpression &element : children.at(1).children) {
            if (Value::equals(v, element.constant).value_or(false)) {
                found = true;
                break;
            }
        }
        return Value::ofBool(op == Op::In ? found : !found);
    }
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
        return arithmetic(op, children.at(0).evaluate(row), children.at(1).evaluate(row));
    case Op::Function: {
        std::vector<Value> args;
        args.reserve(children.size());
        for (const HubQueryExpression &child : children)
            args.push_back(child.evaluate(row));
        return callFunction(function, args);
    }
    }
    return Value::undefined();
}

} // namespace StampDeck::Emulator
