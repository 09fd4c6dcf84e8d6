#include "fleet/FleetLayout.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace StampDeck::Emulator {

namespace {

const QStringList &knownRings()
{
    static const QStringList rings{QStringLiteral("test"), QStringLiteral("canary"),
                                   QStringLiteral("production")};
    return rings;
}

const QStringList &knownPolicies()
{
    static const QStringList policies{QStringLiteral("hashed"), QStringLiteral("static"),
                                      QStringLiteral("geoLatency")};
    return policies;
}

int maxUnits(const QString &tier)
{
    // Azure: 200 units for sizes 1 and 2, 10 for size 3, 1 for the free tier.
    if (tier == u"S3" || tier == u"B3")
        return 10;
    if (tier == u"F1")
        return 1;
    return 200;
}

} // namespace

const HubSpec *FleetLayout::hub(const QString &name) const
{
    for (const HubSpec &spec : hubs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

HubSpec *FleetLayout::hub(const QString &name)
{
    return const_cast<HubSpec *>(std::as_const(*this).hub(name));
}

const DpsSpec *FleetLayout::dpsInstance(const QString &name) const
{
    for (const DpsSpec &spec : dps) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

DpsSpec *FleetLayout::dpsInstance(const QString &name)
{
    return const_cast<DpsSpec *>(std::as_const(*this).dpsInstance(name));
}

QStringList FleetLayout::instanceNames() const
{
    QStringList names;
    for (const HubSpec &spec : hubs)
        names.append(spec.name);
    for (const DpsSpec &spec : dps)
        names.append(spec.name);
    return names;
}

qint64 FleetLayout::totalDeviceCount() const
{
    qint64 total = 0;
    for (const DpsSpec &instance : dps) {
        for (const EnrollmentGroupSpec &group : instance.groups)
            total += group.deviceCount;
    }
    return total;
}

QHash<QString, qint64> FleetLayout::expectedDevicesPerHub() const
{
    QHash<QString, qint64> load;
    for (const HubSpec &spec : hubs)
        load.insert(spec.name, 0);
    for (const DpsSpec &instance : dps) {
        for (const EnrollmentGroupSpec &group : instance.groups) {
            QStringList targets = group.hubNames.isEmpty() ? instance.linkedHubNames : group.hubNames;
            if (group.allocationPolicy == u"geoLatency") {
                // Geo-latency prefers the hubs in the DPS's own region.
                QStringList local;
                for (const QString &name : std::as_const(targets)) {
                    const HubSpec *spec = hub(name);
                    if (spec && spec->region == instance.region)
                        local.append(name);
                }
                if (!local.isEmpty())
                    targets = local;
            }
            if (targets.isEmpty())
                continue;
            const qint64 share = group.deviceCount / targets.size();
            qint64 remainder = group.deviceCount % targets.size();
            for (const QString &name : std::as_const(targets))
                load[name] += share + (remainder-- > 0 ? 1 : 0);
        }
    }
    return load;
}

QString FleetLayout::validate() const
{
    if (hubs.isEmpty())
        return QStringLiteral("the layout has no hub");
    if (dps.isEmpty())
        return QStringLiteral("the layout has no DPS instance");
    QSet<QString> instanceNames;
    QSet<QString> stampIds;
    for (const HubSpec &spec : hubs) {
        if (spec.name.isEmpty() || spec.stampId.isEmpty())
            return QStringLiteral("a hub has no name or stamp id");
        if (instanceNames.contains(spec.name))
            return QStringLiteral("instance name '%1' is used twice").arg(spec.name);
        if (stampIds.contains(spec.stampId))
            return QStringLiteral("stamp id '%1' is used twice").arg(spec.stampId);
        instanceNames.insert(spec.name);
        stampIds.insert(spec.stampId);
        if (!knownRings().contains(spec.ring))
            return QStringLiteral("hub '%1' has an unknown ring '%2'").arg(spec.name, spec.ring);
        if (spec.tenancy != u"shared" && spec.tenancy != u"dedicated")
            return QStringLiteral("hub '%1' has an unknown tenancy '%2'").arg(spec.name, spec.tenancy);
        if (spec.tenancy == u"dedicated" && spec.tenants.size() != 1)
            return QStringLiteral("dedicated hub '%1' must serve exactly one tenant").arg(spec.name);
        static const QStringList tiers{QStringLiteral("F1"), QStringLiteral("B1"), QStringLiteral("B2"),
                                       QStringLiteral("B3"), QStringLiteral("S1"), QStringLiteral("S2"),
                                       QStringLiteral("S3")};
        if (!tiers.contains(spec.tier))
            return QStringLiteral("hub '%1' has an unknown tier '%2'").arg(spec.name, spec.tier);
        if (spec.units < 1 || spec.units > maxUnits(spec.tier))
            return QStringLiteral("hub '%1' has %2 units; %3 allows 1 to %4")
                .arg(spec.name).arg(spec.units).arg(spec.tier).arg(maxUnits(spec.tier));
        if (spec.plannedCapacity < 0)
            return QStringLiteral("hub '%1' has a negative planned capacity").arg(spec.name);
    }
    static const QRegularExpression idScopePattern(QStringLiteral("^0ne[0-9A-F]{8}$"));
    QSet<QString> idScopes;
    for (const DpsSpec &instance : dps) {
        if (instance.name.isEmpty())
            return QStringLiteral("a DPS instance has no name");
        if (instanceNames.contains(instance.name))
            return QStringLiteral("instance name '%1' is used twice").arg(instance.name);
        instanceNames.insert(instance.name);
        if (!idScopePattern.match(instance.idScope).hasMatch())
            return QStringLiteral("DPS '%1' has a malformed ID scope '%2'").arg(instance.name, instance.idScope);
        if (idScopes.contains(instance.idScope))
            return QStringLiteral("ID scope '%1' is used twice").arg(instance.idScope);
        idScopes.insert(instance.idScope);
        if (instance.linkedHubNames.size() > MaxStamps)
            return QStringLiteral("DPS '%1' links %2 hubs; DPS allows %3")
                .arg(instance.name).arg(instance.linkedHubNames.size()).arg(MaxStamps);
        for (const QString &linked : instance.linkedHubNames) {
            if (!hub(linked))
                return QStringLiteral("DPS '%1' links an unknown hub '%2'").arg(instance.name, linked);
        }
        QSet<QString> groupIds;
        for (const EnrollmentGroupSpec &group : instance.groups) {
            if (group.groupId.isEmpty() || groupIds.contains(group.groupId))
                return QStringLiteral("DPS '%1' has an empty or repeated group id '%2'")
                    .arg(instance.name, group.groupId);
            groupIds.insert(group.groupId);
            if (!knownPolicies().contains(group.allocationPolicy))
                return QStringLiteral("group '%1' has an unknown allocation policy '%2'")
                    .arg(group.groupId, group.allocationPolicy);
            if (group.allocationPolicy == u"static" && group.hubNames.size() != 1)
                return QStringLiteral("static group '%1' must name exactly one hub").arg(group.groupId);
            if (group.deviceCount < 0)
                return QStringLiteral("group '%1' has a negative device count").arg(group.groupId);
            for (const QString &name : group.hubNames) {
                if (!instance.linkedHubNames.contains(name))
                    return QStringLiteral("group '%1' names hub '%2', which DPS '%3' does not link")
                        .arg(group.groupId, name, instance.name);
            }
        }
    }
    return {};
}

QString FleetLayout::idScopeFor(const QString &dpsName)
{
    const QByteArray digest = QCryptographicHash::hash(dpsName.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("0ne") + QString::fromLatin1(digest.left(4).toHex().toUpper());
}

} // namespace StampDeck::Emulator
