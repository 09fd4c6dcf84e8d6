#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace StampDeck {

// What the DPS census found for one enrollment group: the split it intends (allocation policy and
// hub list) and the split that is (registrations per assigned hub). The distribution drift view
// compares the two.
struct CensusGroup
{
    QString dpsHostName;
    QString groupId;
    QString tenant;            // the initial twin's "tenant" tag, else the group id
    QString allocationPolicy;  // wire name: "hashed", "geoLatency", "static", "custom"; empty: the instance's default
    QStringList iotHubs;       // the hubs the group may assign to; empty: every linked hub
    QString staticHub;         // iotHubHostName for a static group, else empty
    QHash<QString, qint64> byHub;    // assigned hub host name (lower case) -> registrations in status "assigned"
    QHash<QString, qint64> byStatus; // "assigned", "assigning", "failed", "disabled", "unassigned"
    qint64 registrations = 0;        // every registration state read for the group
};

// One full pass of the census over every DPS instance of the workspace. A value type.
struct CensusResult
{
    QList<CensusGroup> groups;
    QHash<QString, qint64> registrationsByDps; // DPS host name (lower case) -> registration states
    QStringList failedInstances;               // DPS hosts that could not be read in this pass
    QDateTime completedAt;

    bool isValid() const { return completedAt.isValid(); }
    // Registrations assigned to hubHostName (case-insensitive), over every group.
    qint64 registrationsForHub(const QString &hubHostName) const
    {
        const QString key = hubHostName.toLower();
        qint64 sum = 0;
        for (const CensusGroup &group : groups)
            sum += group.byHub.value(key);
        return sum;
    }
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::CensusResult)
