#include "HubQueryTokenStream.h"

namespace StampDeck::Emulator {

const HubQueryToken &HubQueryTokenStream::peek(int ahead) const
{
    return m_tokens.at(qMin(m_index + ahead, int(m_tokens.size()) - 1));
}

const HubQueryToken &HubQueryTokenStream::next()
{
    const HubQueryToken &token = peek();
    if (m_index < m_tokens.size() - 1)
        ++m_index;
    return token;
}

bool HubQueryTokenStream::isKeyword(const HubQueryToken &token, QLatin1StringView keyword)
{
    return token.type == HubQueryToken::Type::Identifier && token.text.compare(keyword, Qt::CaseInsensitive) == 0;
}

bool HubQueryTokenStream::isSymbol(const HubQueryToken &token, QLatin1StringView symbol)
{
    return token.type == HubQueryToken::Type::Symbol && token.text == symbol;
}

bool HubQueryTokenStream::acceptKeyword(QLatin1StringView keyword)
{
    if (!isKeyword(peek(), keyword))
        return false;
    next();
    return true;
}

bool HubQueryTokenStream::acceptSymbol(QLatin1StringView symbol)
{
    if (!isSymbol(peek(), symbol))
        return false;
    next();
    return true;
}

bool HubQueryTokenStream::expectKeyword(QLatin1StringView keyword)
{
    return acceptKeyword(keyword) || fail(peek(), QString(keyword));
}

bool HubQueryTokenStream::expectSymbol(QLatin1StringView symbol)
{
    return acceptSymbol(symbol) || fail(peek(), u'\'' + QString(symbol) + u'\'');
}

QString HubQueryTokenStream::describe(const HubQueryToken &token) const
{
    if (token.type == HubQueryToken::Type::End)
        return QStringLiteral("end of query");
    return u'\'' + m_text.mid(token.position, token.length).toString() + u'\'';
}

bool HubQueryTokenStream::fail(const HubQueryToken &token, const QString &expected)
{
    const QString where = token.type == HubQueryToken::Type::End
        ? QStringLiteral("unexpected end of query at position %1").arg(token.position)
        : QStringLiteral("unexpected %1 at position %2").arg(describe(token)).arg(token.position);
    return failWith(expected.isEmpty() ? where : where + QStringLiteral(", expected ") + expected);
}

bool HubQueryTokenStream::failWith(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

} // namespace StampDeck::Emulator
