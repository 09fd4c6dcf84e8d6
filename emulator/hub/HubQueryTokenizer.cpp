#include "HubQueryTokenizer.h"

namespace StampDeck::Emulator {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QList<HubQueryToken> HubQueryTokenizer::tokenize(QStringView text, QString *error)
{
    QList<HubQueryToken> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        HubQueryToken token;
        token.position = i;
        if (isIdentifierStart(c)) {
            int j = i + 1;
            while (j < n && isIdentifierPart(text[j]))
                ++j;
            token.type = HubQueryToken::Type::Identifier;
            token.text = text.mid(i, j - i).toString();
            i = j;
        } else if (c.isDigit()) {
            if (!readNumber(text, i, token, error))
                return {};
        } else if (c == u'\'' || c == u'"') {
            if (!readString(text, i, token, error))
                return {};
        } else {
            static const QLatin1StringView twoChar[] = {QLatin1StringView("!="), QLatin1StringView("<>"),
                                                        QLatin1StringView("<="), QLatin1StringView(">=")};
            token.type = HubQueryToken::Type::Symbol;
            for (QLatin1StringView symbol : twoChar) {
                if (text.mid(i, 2) == symbol) {
                    token.text = symbol;
                    break;
                }
            }
            if (token.text.isEmpty()) {
                if (!QStringView(u"*,()[].=<>+-/%").contains(c)) {
                    fail(error, QStringLiteral("unexpected character '%1' at position %2").arg(c).arg(i));
                    return {};
                }
                token.text = QString(c);
            }
            i += int(token.text.size());
        }
        token.length = i - token.position;
        tokens.append(token);
    }
    HubQueryToken end;
    end.position = n;
    tokens.append(end);
    return tokens;
}

bool HubQueryTokenizer::readNumber(QStringView text, int &i, HubQueryToken &token, QString *error)
{
    const int n = int(text.size());
    int j = i;
    token.type = HubQueryToken::Type::Number;
    bool ok = false;
    if (text[i] == u'0' && i + 1 < n && (text[i + 1] == u'x' || text[i + 1] == u'X')) {
        j = i + 2;
        while (j < n && (text[j].isDigit() || QStringView(u"abcdefABCDEF").contains(text[j])))
            ++j;
        token.number = double(text.mid(i + 2, j - i - 2).toULongLong(&ok, 16));
    } else {
        while (j < n && text[j].isDigit())
            ++j;
        if (j + 1 < n && text[j] == u'.' && text[j + 1].isDigit()) {
            ++j;
            while (j < n && text[j].isDigit())
                ++j;
        }
        if (j < n && (text[j] == u'e' || text[j] == u'E')) {
            int k = j + 1;
            if (k < n && (text[k] == u'+' || text[k] == u'-'))
                ++k;
            if (k < n && text[k].isDigit()) {
                while (k < n && text[k].isDigit())
                    ++k;
                j = k;
            }
        }
        token.number = text.mid(i, j - i).toDouble(&ok);
    }
    if (!ok || (j < n && isIdentifierPart(text[j]))) {
        while (j < n && isIdentifierPart(text[j]))
            ++j;
        return fail(error, QStringLiteral("invalid number '%1' at position %2").arg(text.mid(i, j - i)).arg(i));
    }
    token.text = text.mid(i, j - i).toString();
    i = j;
    return true;
}

bool HubQueryTokenizer::readString(QStringView text, int &i, HubQueryToken &token, QString *error)
{
    const int n = int(text.size());
    const QChar quote = text[i];
    const int start = i;
    token.type = HubQueryToken::Type::String;
    int j = i + 1;
    while (j < n && text[j] != quote) {
        if (text[j] != u'\\') {
            token.text += text[j];
            ++j;
            continue;
        }
        if (j + 1 >= n)
            break;
        const QChar e = text[j + 1];
        if (e == u'\'' || e == u'"' || e == u'\\' || e == u'/') {
            token.text += e;
            j += 2;
        } else if (e == u'u' && j + 6 <= n) {
            bool ok = false;
            const ushort code = text.mid(j + 2, 4).toUShort(&ok, 16);
            if (!ok)
                return fail(error, QStringLiteral("invalid escape '\\u%1' at position %2").arg(text.mid(j + 2, 4)).arg(j));
            token.text += QChar(code);
            j += 6;
        } else {
            return fail(error, QStringLiteral("invalid escape '\\%1' at position %2").arg(e).arg(j));
        }
    }
    if (j >= n)
        return fail(error, QStringLiteral("unterminated string starting at position %1").arg(start));
    i = j + 1;
    return true;
}

} // namespace StampDeck::Emulator
