#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace StampDeck {

namespace Azure {
struct EnrollmentGroup;
}

// What a device lookup needs to know of an enrollment group to tell whether it could have placed
// a device: where it may assign and the tags its devices start with. Never the attestation (a
// symmetric-key group's keys stay with DPS).
struct EnrollmentGroupFacts
{
    QString dpsHostName;
    QString groupId;
    QString allocationPolicy; // wire name; empty: the instance's default
    QStringList iotHubs;      // empty: every hub the instance links
    QString staticHub;        // iotHubHostName (a static group's hub), else empty
    QJsonObject initialTags;  // the initial twin's tags
    bool enabled = true;

    static EnrollmentGroupFacts from(const QString &dpsHostName, const Azure::EnrollmentGroup &group);

    // Whether the group's allocation can put a device on hubHostName (case-insensitive).
    bool canAssignTo(const QString &hubHostName) const;
    // Whether the twin still carries every initial tag of the group with its value (a group
    // without initial tags matches nothing: that would be no evidence).
    bool initialTagsMatch(const QJsonObject &twinTags) const;
};

} // namespace StampDeck
