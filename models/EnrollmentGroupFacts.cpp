#include "EnrollmentGroupFacts.h"

#include "EnrollmentGroup.h"
#include "WireEnums.h"

namespace StampDeck {

EnrollmentGroupFacts EnrollmentGroupFacts::from(const QString &dpsHostName, const Azure::EnrollmentGroup &group)
{
    EnrollmentGroupFacts facts;
    facts.dpsHostName = dpsHostName;
    facts.groupId = group.enrollmentGroupId;
    if (group.allocationPolicy)
        facts.allocationPolicy = Azure::Wire::toString(*group.allocationPolicy);
    facts.iotHubs = group.iotHubs.value_or(QStringList());
    facts.staticHub = group.iotHubHostName.value_or(QString());
    if (group.initialTwin && group.initialTwin->tags)
        facts.initialTags = *group.initialTwin->tags;
    facts.enabled = group.isEnabled();
    return facts;
}

bool EnrollmentGroupFacts::canAssignTo(const QString &hubHostName) const
{
    // A static group names its one hub; any other policy picks among iotHubs (all linked hubs
    // when the list is empty).
    if (allocationPolicy == u"static" && !staticHub.isEmpty())
        return staticHub.compare(hubHostName, Qt::CaseInsensitive) == 0;
    if (iotHubs.isEmpty())
        return staticHub.isEmpty() || staticHub.compare(hubHostName, Qt::CaseInsensitive) == 0;
    return iotHubs.contains(hubHostName, Qt::CaseInsensitive);
}

bool EnrollmentGroupFacts::initialTagsMatch(const QJsonObject &twinTags) const
{
    if (initialTags.isEmpty())
        return false;
    for (auto it = initialTags.begin(); it != initialTags.end(); ++it) {
        if (twinTags.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace StampDeck
