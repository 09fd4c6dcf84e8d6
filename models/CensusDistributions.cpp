#include "CensusDistributions.h"

namespace StampDeck {

namespace {

QStringList hubsLinkedTo(const QString &dpsHostName, const Workspace &workspace)
{
    QStringList hubs;
    for (const Stamp &stamp : workspace.stamps) {
        for (const Stamp::LinkedDps &dps : stamp.dps) {
            if (dps.hostName.compare(dpsHostName, Qt::CaseInsensitive) == 0) {
                hubs.append(stamp.hub.hostName.toLower());
                break;
            }
        }
    }
    return hubs;
}

} // namespace

QList<GroupDistribution> distributionsFromCensus(const CensusResult &census, const Workspace &workspace)
{
    QList<GroupDistribution> distributions;
    distributions.reserve(census.groups.size());
    for (const CensusGroup &group : census.groups) {
        GroupDistribution distribution;
        distribution.dpsHostName = group.dpsHostName;
        distribution.groupId = group.groupId;
        distribution.tenant = group.tenant;
        distribution.allocationPolicy = group.allocationPolicy.isEmpty() ? QStringLiteral("hashed") : group.allocationPolicy;
        if (distribution.allocationPolicy == QLatin1String("static") && !group.staticHub.isEmpty())
            distribution.hubHostNames = {group.staticHub.toLower()};
        else if (group.iotHubs.isEmpty())
            distribution.hubHostNames = hubsLinkedTo(group.dpsHostName, workspace);
        else
            for (const QString &hub : group.iotHubs)
                distribution.hubHostNames.append(hub.toLower());
        distribution.registrationsByHub = group.byHub;
        distributions.append(distribution);
    }
    return distributions;
}

} // namespace StampDeck
