#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace StampDeck::Emulator {

// One token of a hub query.
struct HubQueryToken
{
    enum class Type : quint8 { Identifier, Number, String, Symbol, End };
    Type type = Type::End;
    QString text;   // identifier or symbol as written; the value of a string literal
    double number = 0;
    int position = 0; // characters from the start of the query, from 0
    int length = 0;
};

// Splits a hub query into tokens: identifiers (letters, digits, '_' and '$'), numbers (decimal,
// with fraction and exponent, or 0x hexadecimal), string literals in single or double quotes with
// the escapes \' \" \\ \/ \uXXXX, and the symbols * , ( ) [ ] . = != <> < <= > >= + - / %.
class HubQueryTokenizer
{
public:
    // The tokens, ending with an End token; on failure an empty list and *error naming the
    // character and its position.
    static QList<HubQueryToken> tokenize(QStringView text, QString *error);

private:
    static bool readNumber(QStringView text, int &i, HubQueryToken &token, QString *error);
    static bool readString(QStringView text, int &i, HubQueryToken &token, QString *error);
};

} // namespace StampDeck::Emulator
