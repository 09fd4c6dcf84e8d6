#include "HubQueryAggregation.h"

#include <QJsonObject>

namespace StampDeck::Emulator {

using Kind = HubQuery::SelectItem::Kind;

HubQueryAggregation::HubQueryAggregation(const HubQuery &query)
    : m_query(query)
{
    if (!m_query.definition().groupBy) {
        // Without GROUP BY there is exactly one row, even over no devices: COUNT() gives 0.
        Group all;
        all.accumulators.resize(size_t(m_query.definition().select.size()));
        m_groups.push_back(std::move(all));
    }
}

HubQueryAggregation::Group &HubQueryAggregation::groupFor(const HubQueryRow &row)
{
    const std::optional<HubQueryField> &groupBy = m_query.definition().groupBy;
    if (!groupBy)
        return m_groups.front();
    HubQueryValue key = row.value(*groupBy);
    const QString hashKey = key.groupKey();
    const auto it = m_groupIndex.constFind(hashKey);
    if (it != m_groupIndex.constEnd())
        return m_groups[size_t(*it)];
    m_groupIndex.insert(hashKey, int(m_groups.size()));
    Group group;
    group.key = std::move(key);
    group.accumulators.resize(size_t(m_query.definition().select.size()));
    m_groups.push_back(std::move(group));
    return m_groups.back();
}

void HubQueryAggregation::add(const HubQueryRow &row)
{
    Group &group = groupFor(row);
    const QList<HubQuery::SelectItem> &select = m_query.definition().select;
    for (qsizetype i = 0; i < select.size(); ++i) {
        const HubQuery::SelectItem &item = select.at(i);
        Accumulator &acc = group.accumulators[size_t(i)];
        switch (item.kind) {
        case Kind::Field:
            break;
        case Kind::Count:
            ++acc.count;
            break;
        case Kind::Sum:
        case Kind::Avg: {
            const HubQueryValue v = row.value(item.field);
            if (v.type == HubQueryValue::Type::Number) {
                acc.sum += v.number;
                ++acc.count;
            }
            break;
        }
        case Kind::Min:
        case Kind::Max: {
            const HubQueryValue v = row.value(item.field);
            if (v.type != HubQueryValue::Type::Number && v.type != HubQueryValue::Type::String)
                break;
            if (!acc.extreme.isDefined()) {
                acc.extreme = v;
                break;
            }
            // Numbers order before strings, as in the SQL dialects the language follows.
            std::optional<int> c = HubQueryValue::compare(v, acc.extreme);
            if (!c)
                c = v.type == HubQueryValue::Type::Number ? -1 : 1;
            if ((item.kind == Kind::Min && *c < 0) || (item.kind == Kind::Max && *c > 0))
                acc.extreme = v;
            break;
        }
        }
    }
}

QJsonArray HubQueryAggregation::rows() const
{
    QJsonArray rows;
    const QList<HubQuery::SelectItem> &select = m_query.definition().select;
    for (const Group &group : m_groups) {
        QJsonObject row;
        for (qsizetype i = 0; i < select.size(); ++i) {
            const HubQuery::SelectItem &item = select.at(i);
            const Accumulator &acc = group.accumulators[size_t(i)];
            switch (item.kind) {
            case Kind::Field:
                if (group.key.isDefined())
                    row.insert(item.outputName, group.key.toJson());
                break;
            case Kind::Count:
                row.insert(item.outputName, acc.count);
                break;
            case Kind::Sum:
                row.insert(item.outputName, acc.sum);
                break;
            case Kind::Avg:
                if (acc.count > 0)
                    row.insert(item.outputName, acc.sum / double(acc.count));
                break;
            case Kind::Min:
            case Kind::Max:
                if (acc.extreme.isDefined())
                    row.insert(item.outputName, acc.extreme.toJson());
                break;
            }
        }
        rows.append(row);
    }
    return rows;
}

} // namespace StampDeck::Emulator
