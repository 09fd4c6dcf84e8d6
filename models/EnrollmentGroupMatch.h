#pragma once

#include "EnrollmentGroupFacts.h"

#include <QList>
#include <QStringList>

namespace StampDeck {

// Which enrollment group placed a device. DPS's registration state does not name its group, so a
// lookup narrows the instance's groups down: those whose allocation can reach the assigned hub,
// then those whose initial tags the twin still carries. The evidence says how sure that is.
struct EnrollmentGroupMatch
{
    enum class Evidence {
        None,         // no group of the instance can assign to that hub (deleted or changed since)
        OnlyCandidate, // the only group that can assign to the hub
        InitialTags,  // one of several, the only one whose initial tags the twin carries
        Ambiguous,    // several remain: candidates
    };

    Evidence evidence = Evidence::None;
    QString groupId;        // set for OnlyCandidate and InitialTags
    QStringList candidates; // every group still possible (for Ambiguous: more than one)

    // assignedHub empty (assigning, failed): every group is a candidate. twinTags null: the
    // identity was not read, tags are no evidence.
    static EnrollmentGroupMatch find(const QList<EnrollmentGroupFacts> &groups, const QString &assignedHub,
                                     const QJsonObject *twinTags);
};

} // namespace StampDeck
