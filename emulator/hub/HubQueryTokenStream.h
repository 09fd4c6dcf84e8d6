#pragma once

#include "HubQueryTokenizer.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

namespace StampDeck::Emulator {

// The cursor the hub query parsers share: the tokens of one query, the position in them, and the
// first error, worded "unexpected 'FORM' at position 9, expected FROM".
class HubQueryTokenStream
{
public:
    HubQueryTokenStream(QStringView text, QList<HubQueryToken> tokens)
        : m_text(text), m_tokens(std::move(tokens)) {}

    QStringView text() const { return m_text; }
    const HubQueryToken &peek(int ahead = 0) const;
    const HubQueryToken &next();
    bool atEnd() const { return peek().type == HubQueryToken::Type::End; }

    static bool isKeyword(const HubQueryToken &token, QLatin1StringView keyword);
    static bool isSymbol(const HubQueryToken &token, QLatin1StringView symbol);
    bool acceptKeyword(QLatin1StringView keyword);
    bool acceptSymbol(QLatin1StringView symbol);
    bool expectKeyword(QLatin1StringView keyword);
    bool expectSymbol(QLatin1StringView symbol);

    // Records "unexpected <token> at position <n>[, expected <expected>]" (the first error wins);
    // returns false so callers can `return stream.fail(...)`.
    bool fail(const HubQueryToken &token, const QString &expected);
    // Records a message as it is.
    bool failWith(const QString &message);
    QString error() const { return m_error; }

    // The token as written in the query, quoted: 'FORM'; "end of query" for the End token.
    QString describe(const HubQueryToken &token) const;

private:
    QStringView m_text;
    QList<HubQueryToken> m_tokens;
    int m_index = 0;
    QString m_error;
};

} // namespace StampDeck::Emulator
