#include "HubQueryExpressionParser.h"

#include <utility>

namespace StampDeck::Emulator {

namespace {

using Op = HubQueryExpression::Op;
using Type = HubQueryToken::Type;

constexpr int MaxDepth = 64; // nesting of parentheses and NOT: keeps the recursion bounded

HubQueryExpression binary(Op op, HubQueryExpression left, HubQueryExpression right)
{
    HubQueryExpression node;
    node.op = op;
    node.children.push_back(std::move(left));
    node.children.push_back(std::move(right));
    return node;
}

// Depth guard for one recursion step.
struct DepthGuard
{
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    int &m_depth;
};

} // namespace

bool HubQueryExpressionParser::enter()
{
    if (m_depth <= MaxDepth)
        return true;
    return m_stream.failWith(QStringLiteral("the condition is nested more than %1 levels deep at position %2")
                                 .arg(MaxDepth).arg(m_stream.peek().position));
}

bool HubQueryExpressionParser::parse(HubQueryExpression &out)
{
    return parseOr(out);
}

bool HubQueryExpressionParser::parseOr(HubQueryExpression &out)
{
    if (!parseAnd(out))
        return false;
    while (m_stream.acceptKeyword(QLatin1StringView("OR"))) {
        HubQueryExpression right;
        if (!parseAnd(right))
            return false;
        out = binary(Op::Or, std::move(out), std::move(right));
    }
    return true;
}

bool HubQueryExpressionParser::parseAnd(HubQueryExpression &out)
{
    if (!parseNot(out))
        return false;
    while (m_stream.acceptKeyword(QLatin1StringView("AND"))) {
        HubQueryExpression right;
        if (!parseNot(right))
            return false;
        out = binary(Op::And, std::move(out), std::move(right));
    }
    return true;
}

bool HubQueryExpressionParser::parseNot(HubQueryExpression &out)
{
    DepthGuard guard(m_depth);
    if (!enter())
        return false;
    if (m_stream.acceptKeyword(QLatin1StringView("NOT"))) {
        HubQueryExpression operand;
        if (!parseNot(operand))
            return false;
        out = HubQueryExpression();
        out.op = Op::Not;
        out.children.push_back(std::move(operand));
        return true;
    }
    return parseComparison(out);
}

bool HubQueryExpressionParser::parseComparison(HubQueryExpression &out)
{
    static const std::pair<QLatin1StringView, Op> comparisons[] = {
        {QLatin1StringView("="), Op::Equal},        {QLatin1StringView("!="), Op::NotEqual},
        {QLatin1StringView("<>"), Op::NotEqual},    {QLatin1StringView("<"), Op::Less},
        {QLatin1StringView("<="), Op::LessOrEqual}, {QLatin1StringView(">"), Op::Greater},
        {QLatin1StringView(">="), Op::GreaterOrEqual},
    };
    if (!parseAdditive(out))
        return false;
    for (const auto &[symbol, op] : comparisons) {
        if (m_stream.acceptSymbol(symbol)) {
            HubQueryExpression right;
            if (!parseAdditive(right))
                return false;
            out = binary(op, std::move(out), std::move(right));
            return true;
        }
    }
    Op membership = Op::In;
    if (m_stream.acceptKeyword(QLatin1StringView("IN"))) {
        membership = Op::In;
    } else if (m_stream.acceptKeyword(QLatin1StringView("NIN"))) {
        membership = Op::NotIn;
    } else if (HubQueryTokenStream::isKeyword(m_stream.peek(), QLatin1StringView("NOT"))
               && HubQueryTokenStream::isKeyword(m_stream.peek(1), QLatin1StringView("IN"))) {
        m_stream.next();
        m_stream.next();
        membership = Op::NotIn;
    } else {
        return true;
    }
    HubQueryExpression array;
    if (!parseArrayConstant(array))
        return false;
    out = binary(membership, std::move(out), std::move(array));
    return true;
}

bool HubQueryExpressionParser::parseAdditive(HubQueryExpression &out)
{
    if (!parseMultiplicative(out))
        return false;
    for (;;) {
        Op op;
        if (m_stream.acceptSymbol(QLatin1StringView("+")))
            op = Op::Add;
        else if (m_stream.acceptSymbol(QLatin1StringView("-")))
            op = Op::Subtract;
        else
            return true;
        HubQueryExpression right;
        if (!parseMultiplicative(right))
            return false;
        out = binary(op, std::move(out), std::move(right));
    }
}

bool HubQueryExpressionParser::parseMultiplicative(HubQueryExpression &out)
{
    if (!parseUnary(out))
        return false;
    for (;;) {
        Op op;
        if (m_stream.acceptSymbol(QLatin1StringView("*")))
            op = Op::Multiply;
        else if (m_stream.acceptSymbol(QLatin1StringView("/")))
            op = Op::Divide;
        else if (m_stream.acceptSymbol(QLatin1StringView("%")))
            op = Op::Modulo;
        else
            return true;
        HubQueryExpression right;
        if (!parseUnary(right))
            return false;
        out = binary(op, std::move(out), std::move(right));
    }
}

bool HubQueryExpressionParser::parseUnary(HubQueryExpression &out)
{
    DepthGuard guard(m_depth);
    if (!enter())
        return false;
    if (m_stream.acceptSymbol(QLatin1StringView("-"))) {
        HubQueryExpression operand;
        if (!parseUnary(operand))
            return false;
        if (operand.op == Op::Constant && operand.constant.type == HubQueryValue::Type::Number) {
            operand.constant.number = -operand.constant.number;
            out = std::move(operand);
            return true;
        }
        out = HubQueryExpression();
        out.op = Op::Negate;
        out.children.push_back(std::move(operand));
        return true;
    }
    return parsePrimary(out);
}

bool HubQueryExpressionParser::parsePrimary(HubQueryExpression &out)
{
    const HubQueryToken &token = m_stream.peek();
    out = HubQueryExpression();
    if (m_stream.acceptSymbol(QLatin1StringView("("))) {
        if (!parseOr(out))
            return false;
        return m_stream.expectSymbol(QLatin1StringView(")"));
    }
    if (HubQueryTokenStream::isSymbol(token, QLatin1StringView("[")))
        return parseArrayConstant(out);
    if (token.type == Type::Number || token.type == Type::String) {
        out.op = Op::Constant;
        return parseConstant(out.constant);
    }
    if (token.type != Type::Identifier)
        return m_stream.fail(token, QStringLiteral("a property, a constant, a function or '('"));
    for (QLatin1StringView word : {QLatin1StringView("true"), QLatin1StringView("false"),
                                   QLatin1StringView("null"), QLatin1StringView("undefined")}) {
        if (HubQueryTokenStream::isKeyword(token, word)) {
            out.op = Op::Constant;
            return parseConstant(out.constant);
        }
    }
    if (HubQueryTokenStream::isSymbol(m_stream.peek(1), QLatin1StringView("(")))
        return parseFunction(out);
    for (QLatin1StringView keyword : {QLatin1StringView("AND"), QLatin1StringView("OR"), QLatin1StringView("FROM"),
                                      QLatin1StringView("WHERE"), QLatin1StringView("GROUP"), QLatin1StringView("IN"),
                                      QLatin1StringView("NIN")}) {
        if (HubQueryTokenStream::isKeyword(token, keyword))
            return m_stream.fail(token, QStringLiteral("a property, a constant, a function or '('"));
    }
    QStringList segments;
    if (!parsePath(segments))
        return false;
    out.op = Op::Field;
    out.field = resolvePath(segments);
    return true;
}

bool HubQueryExpressionParser::parseFunction(HubQueryExpression &out)
{
    const HubQueryToken name = m_stream.next();
    int arity = 0;
    if (!HubQueryExpression::lookupFunction(name.text, &out.function, &arity))
        return m_stream.failWith(QStringLiteral("unknown function '%1' at position %2").arg(name.text).arg(name.position));
    out.op = Op::Function;
    m_stream.next(); // '('
    if (!HubQueryTokenStream::isSymbol(m_stream.peek(), QLatin1StringView(")"))) {
        do {
            HubQueryExpression argument;
            if (!parseOr(argument))
                return false;
            out.children.push_back(std::move(argument));
        } while (m_stream.acceptSymbol(QLatin1StringView(",")));
    }
    if (!m_stream.expectSymbol(QLatin1StringView(")")))
        return false;
    if (int(out.children.size()) != arity)
        return m_stream.failWith(QStringLiteral("function '%1' at position %2 takes %3 argument(s), not %4")
                                     .arg(name.text).arg(name.position).arg(arity).arg(out.children.size()));
    return true;
}

bool HubQueryExpressionParser::parseArrayConstant(HubQueryExpression &out)
{
    if (!m_stream.expectSymbol(QLatin1StringView("[")))
        return false;
    out = HubQueryExpression();
    out.op = Op::Array;
    if (!m_stream.acceptSymbol(QLatin1StringView("]"))) {
        do {
            HubQueryExpression element;
            element.op = Op::Constant;
            const bool negative = m_stream.acceptSymbol(QLatin1StringView("-"));
            if (!parseConstant(element.constant))
                return false;
            if (negative) {
                if (element.constant.type != HubQueryValue::Type::Number)
                    return m_stream.failWith(QStringLiteral("'-' in an array constant must be followed by a number"));
                element.constant.number = -element.constant.number;
            }
            out.children.push_back(std::move(element));
        } while (m_stream.acceptSymbol(QLatin1StringView(",")));
        if (!m_stream.expectSymbol(QLatin1StringView("]")))
            return false;
    }
    return true;
}

bool HubQueryExpressionParser::parseConstant(HubQueryValue &out)
{
    const HubQueryToken &token = m_stream.peek();
    if (token.type == Type::Number)
        out = HubQueryValue::ofNumber(token.number);
    else if (token.type == Type::String)
        out = HubQueryValue::ofString(token.text);
    else if (HubQueryTokenStream::isKeyword(token, QLatin1StringView("true")))
        out = HubQueryValue::ofBool(true);
    else if (HubQueryTokenStream::isKeyword(token, QLatin1StringView("false")))
        out = HubQueryValue::ofBool(false);
    else if (HubQueryTokenStream::isKeyword(token, QLatin1StringView("null")))
        out = HubQueryValue::null();
    else if (HubQueryTokenStream::isKeyword(token, QLatin1StringView("undefined")))
        out = HubQueryValue::undefined();
    else
        return m_stream.fail(token, QStringLiteral("a constant (a 'string', a number, true, false or null)"));
    m_stream.next();
    return true;
}

bool HubQueryExpressionParser::parsePath(QStringList &segments)
{
    const HubQueryToken &first = m_stream.peek();
    if (first.type != Type::Identifier)
        return m_stream.fail(first, QStringLiteral("a property name"));
    segments.append(first.text);
    m_stream.next();
    for (;;) {
        if (m_stream.acceptSymbol(QLatin1StringView("."))) {
            const HubQueryToken &part = m_stream.peek();
            if (part.type != Type::Identifier)
                return m_stream.fail(part, QStringLiteral("a property name after '.'"));
            segments.append(part.text);
            m_stream.next();
        } else if (HubQueryTokenStream::isSymbol(m_stream.peek(), QLatin1StringView("["))
                   && m_stream.peek(1).type == Type::String
                   && HubQueryTokenStream::isSymbol(m_stream.peek(2), QLatin1StringView("]"))) {
            // tags['key-with-dashes']: a property name that is not an identifier.
            m_stream.next();
            segments.append(m_stream.next().text);
            m_stream.next();
        } else {
            return true;
        }
    }
}

HubQueryField HubQueryExpressionParser::resolvePath(const QStringList &segments)
{
    if (segments.size() > 1 && segments.first().compare(QLatin1StringView("devices"), Qt::CaseInsensitive) == 0)
        return HubQueryField::resolve(segments.mid(1));
    return HubQueryField::resolve(segments);
}

} // namespace StampDeck::Emulator
