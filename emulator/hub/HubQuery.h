#pragma once

#include "HubQueryExpression.h"
#include "HubQueryField.h"
#include "HubQueryRow.h"

#include <WireEnums.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace StampDeck::Emulator {

// A parsed IoT hub query (the subset of the SQL-like language that twin queries support):
//   SELECT [TOP n] * | <item> [AS alias] [, ...] FROM devices [WHERE <condition>] [GROUP BY <property>]
// where an item is a property path or an aggregate COUNT() / SUM / AVG / MIN / MAX(<property>).
// Keywords and function names are case-insensitive; string literals take single or double quotes.
// HubQueryParser does the parsing; this class holds the result and applies it to rows.
class HubQuery
{
public:
    // Query expressions can be at most 8192 characters long (query-twins.md, "Twin query limitations").
    static constexpr int MaxLength = 8192;

    enum class Collection : quint8 {
        Devices, // device twins
        Modules, // module twins: the emulator has none, so the result is empty
        Jobs,    // devices.jobs: the emulator runs no jobs, so the result is empty
    };

    struct SelectItem
    {
        enum class Kind : quint8 { Field, Count, Sum, Avg, Min, Max };
        Kind kind = Kind::Field;
        HubQueryField field; // the property (Field) or the aggregate's argument
        QString alias;       // empty when none was given
        QString outputName;  // alias, or the property's last segment, or "$1", "$2"... for aggregates
        bool isAggregate() const { return kind != Kind::Field; }
    };

    struct Definition
    {
        QString text;
        Collection collection = Collection::Devices;
        bool selectAll = false;
        std::optional<qint64> top;
        QList<SelectItem> select; // empty for SELECT *
        std::optional<HubQueryExpression> where;
        std::optional<HubQueryField> groupBy;
    };

    explicit HubQuery(Definition definition);

    // Parses text; nullopt and *error ("unexpected 'FORM' at position 9, expected FROM") when it is
    // not a valid query.
    static std::optional<HubQuery> parse(QStringView text, QString *error = nullptr);

    const Definition &definition() const { return m_definition; }
    QString text() const { return m_definition.text; }
    Collection collection() const { return m_definition.collection; }
    bool selectsAll() const { return m_definition.selectAll; }
    std::optional<qint64> top() const { return m_definition.top; }
    // True for COUNT()/SUM()... or GROUP BY: rows are computed over the whole collection.
    bool isAggregate() const;

    // The WHERE condition (true without one).
    bool matches(const HubQueryRow &row) const;
    // The row as the SELECT list shapes it (non-aggregate queries): the twin for SELECT *, else an
    // object with one key per item (undefined values left out).
    QJsonObject project(const HubQueryRow &row) const;
    // x-ms-item-type of the answer: twin for SELECT * FROM devices, raw for projections.
    Azure::QueryResultType resultType() const;

    // A short fingerprint of the query text; continuation tokens carry it, so a token cannot be
    // replayed against another query.
    quint32 fingerprint() const;

private:
    Definition m_definition;
};

} // namespace StampDeck::Emulator
