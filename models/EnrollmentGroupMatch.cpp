#include "EnrollmentGroupMatch.h"

namespace StampDeck {

namespace {

QStringList idsOf(const QList<const EnrollmentGroupFacts *> &groups)
{
    QStringList ids;
    for (const EnrollmentGroupFacts *group : groups)
        ids.append(group->groupId);
    return ids;
}

} // namespace

EnrollmentGroupMatch EnrollmentGroupMatch::find(const QList<EnrollmentGroupFacts> &groups, const QString &assignedHub,
                                                const QJsonObject *twinTags)
{
    QList<const EnrollmentGroupFacts *> reach;
    for (const EnrollmentGroupFacts &group : groups) {
        if (assignedHub.isEmpty() || group.canAssignTo(assignedHub))
            reach.append(&group);
    }
    EnrollmentGroupMatch match;
    match.candidates = idsOf(reach);
    if (reach.isEmpty())
        return match;
    if (reach.size() == 1) {
        match.evidence = Evidence::OnlyCandidate;
        match.groupId = reach.first()->groupId;
        return match;
    }
    QList<const EnrollmentGroupFacts *> tagged;
    if (twinTags) {
        for (const EnrollmentGroupFacts *group : std::as_const(reach)) {
            if (group->initialTagsMatch(*twinTags))
                tagged.append(group);
        }
    }
    if (tagged.size() == 1) {
        match.evidence = Evidence::InitialTags;
        match.groupId = tagged.first()->groupId;
        return match;
    }
    match.evidence = Evidence::Ambiguous;
    if (!tagged.isEmpty())
        match.candidates = idsOf(tagged);
    return match;
}

} // namespace StampDeck
