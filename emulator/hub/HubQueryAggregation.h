#pragma once

#include "HubQuery.h"

#include <QHash>
#include <QJsonArray>

#include <vector>

namespace StampDeck::Emulator {

// Computes the rows of an aggregate query (COUNT()/SUM/AVG/MIN/MAX, optionally with GROUP BY):
// feed it every row that matches the WHERE condition, then take rows(). Groups come out in the
// order their first member was seen, which is the registry's stable order, so paging over the
// result is repeatable. An undefined GROUP BY value forms its own group, written without that key.
class HubQueryAggregation
{
public:
    explicit HubQueryAggregation(const HubQuery &query);

    void add(const HubQueryRow &row);
    QJsonArray rows() const;

private:
    struct Accumulator
    {
        qint64 count = 0;        // rows (COUNT) or numeric values seen (SUM/AVG)
        double sum = 0;
        HubQueryValue extreme;   // MIN / MAX so far
    };
    struct Group
    {
        HubQueryValue key;
        std::vector<Accumulator> accumulators; // one per SELECT item
    };

    Group &groupFor(const HubQueryRow &row);

    const HubQuery &m_query;
    std::vector<Group> m_groups;
    QHash<QString, int> m_groupIndex;
};

} // namespace StampDeck::Emulator
