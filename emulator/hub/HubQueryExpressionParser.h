#pragma once

#include "HubQueryExpression.h"
#include "HubQueryTokenStream.h"

#include <QStringList>

namespace StampDeck::Emulator {

// Parses conditions and property paths of a hub query. Precedence, loosest first: OR, AND, NOT,
// comparison (= != <> < <= > >= IN NIN NOT IN), + -, * / %, unary -, then primaries: constants
// ('text', "text", numbers, true, false, null, undefined), [array constants], (parentheses),
// functions (IS_DEFINED, STARTSWITH, ...), and property paths (tags.site, tags['my-key']).
class HubQueryExpressionParser
{
public:
    explicit HubQueryExpressionParser(HubQueryTokenStream &stream) : m_stream(stream) {}

    bool parse(HubQueryExpression &out);
    // identifier ('.' identifier | '[' 'quoted name' ']')*
    bool parsePath(QStringList &segments);
    // The field a path names; "devices." in front is optional ("devices.tags.x" = "tags.x").
    static HubQueryField resolvePath(const QStringList &segments);

private:
    bool parseOr(HubQueryExpression &out);
    bool parseAnd(HubQueryExpression &out);
    bool parseNot(HubQueryExpression &out);
    bool parseComparison(HubQueryExpression &out);
    bool parseAdditive(HubQueryExpression &out);
    bool parseMultiplicative(HubQueryExpression &out);
    bool parseUnary(HubQueryExpression &out);
    bool parsePrimary(HubQueryExpression &out);
    bool parseFunction(HubQueryExpression &out);
    bool parseArrayConstant(HubQueryExpression &out);
    bool parseConstant(HubQueryValue &out);
    bool enter();

    HubQueryTokenStream &m_stream;
    int m_depth = 0;
};

} // namespace StampDeck::Emulator
