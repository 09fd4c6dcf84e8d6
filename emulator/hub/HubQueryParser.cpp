#include "HubQueryParser.h"

#include "HubQueryExpressionParser.h"

#include <QSet>

#include <utility>

namespace StampDeck::Emulator {

using Type = HubQueryToken::Type;

namespace {
// Words that end or join clauses cannot be names (aliases).
bool isReserved(const HubQueryToken &token)
{
    for (QLatin1StringView word : {QLatin1StringView("SELECT"), QLatin1StringView("TOP"), QLatin1StringView("FROM"),
                                   QLatin1StringView("WHERE"), QLatin1StringView("GROUP"), QLatin1StringView("BY"),
                                   QLatin1StringView("AS"), QLatin1StringView("AND"), QLatin1StringView("OR"),
                                   QLatin1StringView("NOT"), QLatin1StringView("IN"), QLatin1StringView("NIN")}) {
        if (HubQueryTokenStream::isKeyword(token, word))
            return true;
    }
    return false;
}
} // namespace

std::optional<HubQuery> HubQueryParser::parse(QStringView text, QString *error)
{
    QString message;
    std::optional<HubQuery> query;
    if (text.size() > HubQuery::MaxLength) {
        message = QStringLiteral("the query is %1 characters long; at most %2 are allowed")
                      .arg(text.size()).arg(HubQuery::MaxLength);
    } else if (text.trimmed().isEmpty()) {
        message = QStringLiteral("the query is empty");
    } else {
        QList<HubQueryToken> tokens = HubQueryTokenizer::tokenize(text, &message);
        if (!tokens.isEmpty()) {
            HubQueryTokenStream stream(text, std::move(tokens));
            query = HubQueryParser(stream).parseQuery();
            message = stream.error();
        }
    }
    if (!query && error)
        *error = message;
    return query;
}

std::optional<HubQuery> HubQueryParser::parseQuery()
{
    HubQuery::Definition definition;
    definition.text = m_stream.text().toString();
    if (!m_stream.expectKeyword(QLatin1StringView("SELECT")))
        return std::nullopt;
    if (m_stream.acceptKeyword(QLatin1StringView("TOP"))) {
        const HubQueryToken &top = m_stream.peek();
        if (top.type != Type::Number || top.number < 0 || top.number != double(qint64(top.number))) {
            m_stream.fail(top, QStringLiteral("a whole number after TOP"));
            return std::nullopt;
        }
        definition.top = qint64(top.number);
        m_stream.next();
    }
    if (!parseSelectList(definition) || !m_stream.expectKeyword(QLatin1StringView("FROM"))
        || !parseCollection(definition))
        return std::nullopt;
    if (m_stream.acceptKeyword(QLatin1StringView("WHERE"))) {
        HubQueryExpression where;
        if (!HubQueryExpressionParser(m_stream).parse(where))
            return std::nullopt;
        definition.where = std::move(where);
    }
    if (m_stream.acceptKeyword(QLatin1StringView("GROUP"))) {
        if (!m_stream.expectKeyword(QLatin1StringView("BY")))
            return std::nullopt;
        QStringList segments;
        if (!HubQueryExpressionParser(m_stream).parsePath(segments))
            return std::nullopt;
        definition.groupBy = HubQueryExpressionParser::resolvePath(segments);
    }
    if (!m_stream.atEnd()) {
        m_stream.fail(m_stream.peek(), definition.groupBy ? QStringLiteral("the end of the query")
                                                          : QStringLiteral("WHERE, GROUP BY or the end of the query"));
        return std::nullopt;
    }
    if (!validate(definition))
        return std::nullopt;
    return HubQuery(std::move(definition));
}

bool HubQueryParser::parseSelectList(HubQuery::Definition &definition)
{
    if (m_stream.acceptSymbol(QLatin1StringView("*"))) {
        definition.selectAll = true;
        return true;
    }
    int unnamed = 0;
    do {
        HubQuery::SelectItem item;
        if (!parseSelectItem(item))
            return false;
        if (item.outputName.isEmpty())
            item.outputName = u'$' + QString::number(++unnamed); // unnamed aggregates: $1, $2, ...
        definition.select.append(item);
    } while (m_stream.acceptSymbol(QLatin1StringView(",")));
    return true;
}

bool HubQueryParser::parseSelectItem(HubQuery::SelectItem &item)
{
    using Kind = HubQuery::SelectItem::Kind;
    static const std::pair<QLatin1StringView, Kind> aggregates[] = {
        {QLatin1StringView("COUNT"), Kind::Count}, {QLatin1StringView("SUM"), Kind::Sum},
        {QLatin1StringView("AVG"), Kind::Avg},     {QLatin1StringView("MIN"), Kind::Min},
        {QLatin1StringView("MAX"), Kind::Max},
    };
    const HubQueryToken &first = m_stream.peek();
    if (first.type != Type::Identifier)
        return m_stream.fail(first, QStringLiteral("*, a property or an aggregate such as COUNT()"));
    if (HubQueryTokenStream::isSymbol(m_stream.peek(1), QLatin1StringView("("))) {
        bool known = false;
        for (const auto &[name, kind] : aggregates) {
            if (HubQueryTokenStream::isKeyword(first, name)) {
                item.kind = kind;
                known = true;
            }
        }
        if (!known)
            return m_stream.fail(first, QStringLiteral("COUNT, SUM, AVG, MIN or MAX (no other function can be selected)"));
        m_stream.next();
        m_stream.next();
        if (item.kind != Kind::Count) {
            QStringList segments;
            if (!HubQueryExpressionParser(m_stream).parsePath(segments))
                return false;
            item.field = HubQueryExpressionParser::resolvePath(segments);
        }
        if (!m_stream.expectSymbol(QLatin1StringView(")")))
            return false;
    } else {
        QStringList segments;
        if (!HubQueryExpressionParser(m_stream).parsePath(segments))
            return false;
        item.field = HubQueryExpressionParser::resolvePath(segments);
        item.outputName = item.field.outputName();
    }
    if (m_stream.acceptKeyword(QLatin1StringView("AS"))) {
        const HubQueryToken &alias = m_stream.peek();
        if (alias.type != Type::Identifier || isReserved(alias))
            return m_stream.fail(alias, QStringLiteral("a name after AS"));
        item.alias = alias.text;
        item.outputName = alias.text;
        m_stream.next();
    }
    return true;
}

bool HubQueryParser::parseCollection(HubQuery::Definition &definition)
{
    const HubQueryToken &name = m_stream.peek();
    if (!HubQueryTokenStream::isKeyword(name, QLatin1StringView("devices")))
        return m_stream.fail(name, QStringLiteral("devices, devices.modules or devices.jobs"));
    m_stream.next();
    if (m_stream.acceptSymbol(QLatin1StringView("."))) {
        const HubQueryToken &child = m_stream.peek();
        if (HubQueryTokenStream::isKeyword(child, QLatin1StringView("modules")))
            definition.collection = HubQuery::Collection::Modules;
        else if (HubQueryTokenStream::isKeyword(child, QLatin1StringView("jobs")))
            definition.collection = HubQuery::Collection::Jobs;
        else
            return m_stream.fail(child, QStringLiteral("modules or jobs after 'devices.'"));
        m_stream.next();
    }
    return true;
}

bool HubQueryParser::validate(const HubQuery::Definition &definition)
{
    QSet<QString> names;
    bool hasAggregate = false;
    bool hasField = false;
    for (const HubQuery::SelectItem &item : definition.select) {
        if (names.contains(item.outputName))
            return m_stream.failWith(QStringLiteral("the name '%1' appears twice in SELECT; give one of them another name with AS")
                                         .arg(item.outputName));
        names.insert(item.outputName);
        (item.isAggregate() ? hasAggregate : hasField) = true;
    }
    if (definition.groupBy) {
        if (definition.selectAll)
            return m_stream.failWith(QStringLiteral("SELECT * cannot be combined with GROUP BY; select the GROUP BY property and aggregates"));
        for (const HubQuery::SelectItem &item : definition.select) {
            if (!item.isAggregate() && !(item.field == *definition.groupBy))
                return m_stream.failWith(QStringLiteral("'%1' is selected but is not the GROUP BY property '%2'")
                                             .arg(item.field.name, definition.groupBy->name));
        }
    } else if (hasAggregate && hasField) {
        return m_stream.failWith(QStringLiteral("properties and aggregates can only be selected together with GROUP BY"));
    }
    return true;
}

} // namespace StampDeck::Emulator
