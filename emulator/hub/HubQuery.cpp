#include "HubQuery.h"

#include "HubQueryParser.h"

#include <QCryptographicHash>

namespace StampDeck::Emulator {

HubQuery::HubQuery(Definition definition)
    : m_definition(std::move(definition))
{
}

std::optional<HubQuery> HubQuery::parse(QStringView text, QString *error)
{
    return HubQueryParser::parse(text, error);
}

bool HubQuery::isAggregate() const
{
    if (m_definition.groupBy)
        return true;
    for (const SelectItem &item : m_definition.select) {
        if (item.isAggregate())
            return true;
    }
    return false;
}

bool HubQuery::matches(const HubQueryRow &row) const
{
    return !m_definition.where || m_definition.where->isMetBy(row);
}

QJsonObject HubQuery::project(const HubQueryRow &row) const
{
    if (m_definition.selectAll)
        return row.twin();
    QJsonObject object;
    for (const SelectItem &item : m_definition.select) {
        const HubQueryValue value = row.value(item.field);
        if (value.isDefined())
            object.insert(item.outputName, value.toJson());
    }
    return object;
}

Azure::QueryResultType HubQuery::resultType() const
{
    if (m_definition.selectAll && !isAggregate())
        return m_definition.collection == Collection::Jobs ? Azure::QueryResultType::DeviceJob
                                                           : Azure::QueryResultType::Twin;
    return Azure::QueryResultType::Raw;
}

quint32 HubQuery::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(m_definition.text.toUtf8(), QCryptographicHash::Sha256);
    return (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16)
        | (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
}

} // namespace StampDeck::Emulator
