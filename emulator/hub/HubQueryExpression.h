#pragma once

#include "HubQueryField.h"
#include "HubQueryRow.h"
#include "HubQueryValue.h"

#include <vector>

namespace StampDeck::Emulator {

// A node of a parsed WHERE condition (or any expression of the hub query language). Evaluation
// follows the language's three-valued logic: comparing values of different types, or anything
// with undefined, gives undefined, and a condition is met only by Boolean true.
struct HubQueryExpression
{
    enum class Op : quint8 {
        Constant, Field, Array, // leaves (Array: children are the constant elements)
        Not, Negate,            // one child
        And, Or,
        Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
        In, NotIn,              // left child, then an Array node
        Add, Subtract, Multiply, Divide, Modulo,
        Function,               // children are the arguments
    };
    enum class Function : quint8 {
        IsDefined, IsNull, IsBool, IsNumber, IsString, IsObject, IsArray, IsPrimitive,
        StartsWith, EndsWith, Contains, Lower, Upper, Length,
    };

    Op op = Op::Constant;
    Function function = Function::IsDefined;
    HubQueryValue constant;
    HubQueryField field;
    std::vector<HubQueryExpression> children;

    HubQueryValue evaluate(const HubQueryRow &row) const;
    bool isMetBy(const HubQueryRow &row) const { return evaluate(row).isTrue(); }

    // Looks up a function by name, case-insensitively (STARTSWITH and STARTS_WITH both work);
    // also gives the number of arguments it takes.
    static bool lookupFunction(QStringView name, Function *function, int *arity);
};

} // namespace StampDeck::Emulator
