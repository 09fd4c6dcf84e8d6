// FleetLayout to and from JSON, for the state file (split from FleetLayout.cpp).
#include "fleet/FleetLayout.h"

#include <QJsonArray>

namespace StampDeck::Emulator {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Reads fields strictly: a state file that does not match is refused rather than half-used.
class Reader
{
public:
    explicit Reader(const QJsonObject &object, QString where) : m_object(object), m_where(std::move(where)) {}

    QString string(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            fail(key, QStringLiteral("a string"));
        return value.toString();
    }
    qint64 integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            fail(key, QStringLiteral("an integer"));
        return qint64(value.toDouble());
    }
    QStringList strings(const QString &key)
    {
        QStringList list;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            fail(key, QStringLiteral("an array of strings"));
            return list;
        }
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                fail(key, QStringLiteral("an array of strings"));
            list.append(item.toString());
        }
        return list;
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            fail(key, QStringLiteral("an array"));
        return value.toArray();
    }
    const QString &error() const { return m_error; }

private:
    void fail(const QString &key, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: '%2' must be %3").arg(m_where, key, expected);
    }

    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

} // namespace

QJsonObject FleetLayout::toJson() const
{
    QJsonArray hubArray;
    for (const HubSpec &spec : hubs) {
        hubArray.append(QJsonObject{
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("stampId"), spec.stampId},
            {QStringLiteral("displayName"), spec.displayName},
            {QStringLiteral("region"), spec.region},
            {QStringLiteral("ring"), spec.ring},
            {QStringLiteral("tenancy"), spec.tenancy},
            {QStringLiteral("tenants"), toArray(spec.tenants)},
            {QStringLiteral("tier"), spec.tier},
            {QStringLiteral("units"), spec.units},
            {QStringLiteral("plannedCapacity"), spec.plannedCapacity},
            {QStringLiteral("hostName"), spec.hostName},
        });
    }
    QJsonArray dpsArray;
    for (const DpsSpec &instance : dps) {
        QJsonArray groups;
        for (const EnrollmentGroupSpec &group : instance.groups) {
            groups.append(QJsonObject{
                {QStringLiteral("groupId"), group.groupId},
                {QStringLiteral("tenant"), group.tenant},
                {QStringLiteral("allocationPolicy"), group.allocationPolicy},
                {QStringLiteral("hubNames"), toArray(group.hubNames)},
                {QStringLiteral("deviceCount"), group.deviceCount},
            });
        }
        dpsArray.append(QJsonObject{
            {QStringLiteral("name"), instance.name},
            {QStringLiteral("idScope"), instance.idScope},
            {QStringLiteral("region"), instance.region},
            {QStringLiteral("linkedHubNames"), toArray(instance.linkedHubNames)},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("hostName"), instance.hostName},
        });
    }
    return {{QStringLiteral("hubs"), hubArray}, {QStringLiteral("dps"), dpsArray}};
}

std::optional<FleetLayout> FleetLayout::fromJson(const QJsonObject &object, QString *error)
{
    FleetLayout layout;
    Reader top(object, QStringLiteral("layout"));
    const QJsonArray hubArray = top.array(QStringLiteral("hubs"));
    const QJsonArray dpsArray = top.array(QStringLiteral("dps"));
    QString problem = top.error();
    for (qsizetype i = 0; problem.isEmpty() && i < hubArray.size(); ++i) {
        Reader in(hubArray.at(i).toObject(), QStringLiteral("hubs[%1]").arg(i));
        HubSpec spec;
        spec.name = in.string(QStringLiteral("name"));
        spec.stampId = in.string(QStringLiteral("stampId"));
        spec.displayName = in.string(QStringLiteral("displayName"));
        spec.region = in.string(QStringLiteral("region"));
        spec.ring = in.string(QStringLiteral("ring"));
        spec.tenancy = in.string(QStringLiteral("tenancy"));
        spec.tenants = in.strings(QStringLiteral("tenants"));
        spec.tier = in.string(QStringLiteral("tier"));
        spec.units = int(in.integer(QStringLiteral("units")));
        spec.plannedCapacity = in.integer(QStringLiteral("plannedCapacity"));
        spec.hostName = in.string(QStringLiteral("hostName"));
        problem = in.error();
        layout.hubs.append(spec);
    }
    for (qsizetype i = 0; problem.isEmpty() && i < dpsArray.size(); ++i) {
        Reader in(dpsArray.at(i).toObject(), QStringLiteral("dps[%1]").arg(i));
        DpsSpec instance;
        instance.name = in.string(QStringLiteral("name"));
        instance.idScope = in.string(QStringLiteral("idScope"));
        instance.region = in.string(QStringLiteral("region"));
        instance.linkedHubNames = in.strings(QStringLiteral("linkedHubNames"));
        instance.hostName = in.string(QStringLiteral("hostName"));
        const QJsonArray groups = in.array(QStringLiteral("groups"));
        problem = in.error();
        for (qsizetype g = 0; problem.isEmpty() && g < groups.size(); ++g) {
            Reader groupIn(groups.at(g).toObject(), QStringLiteral("dps[%1].groups[%2]").arg(i).arg(g));
            EnrollmentGroupSpec group;
            group.groupId = groupIn.string(QStringLiteral("groupId"));
            group.tenant = groupIn.string(QStringLiteral("tenant"));
            group.allocationPolicy = groupIn.string(QStringLiteral("allocationPolicy"));
            group.hubNames = groupIn.strings(QStringLiteral("hubNames"));
            group.deviceCount = groupIn.integer(QStringLiteral("deviceCount"));
            problem = groupIn.error();
            instance.groups.append(group);
        }
        layout.dps.append(instance);
    }
    if (problem.isEmpty())
        problem = layout.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return layout;
}

} // namespace StampDeck::Emulator
