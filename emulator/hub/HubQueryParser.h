#pragma once

#include "HubQuery.h"
#include "HubQueryTokenStream.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace StampDeck::Emulator {

// Parses the statement level of a hub query (SELECT [TOP n] list FROM collection [WHERE ...]
// [GROUP BY ...]); conditions go to HubQueryExpressionParser. Errors name the offending token and
// its position, counted in characters from 0, with what was expected there:
// "unexpected 'FORM' at position 9, expected FROM".
class HubQueryParser
{
public:
    static std::optional<HubQuery> parse(QStringView text, QString *error = nullptr);

private:
    explicit HubQueryParser(HubQueryTokenStream &stream) : m_stream(stream) {}

    std::optional<HubQuery> parseQuery();
    bool parseSelectList(HubQuery::Definition &definition);
    bool parseSelectItem(HubQuery::SelectItem &item);
    bool parseCollection(HubQuery::Definition &definition);
    bool validate(const HubQuery::Definition &definition);

    HubQueryTokenStream &m_stream;
};

} // namespace StampDeck::Emulator
