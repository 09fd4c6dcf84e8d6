#pragma once

#include "StampStatus.h"
#include "Workspace.h"

#include <QAbstractListModel>
#include <QHash>

namespace StampDeck {

// The fleet as the board shows it: one row per workspace stamp, in workspace order, with the
// stamp's description and its latest StampStatus. The fleet monitor writes statuses in; the
// board, the charts and the CSV export read them out. Rows change only with the workspace.
class FleetStatusModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StampIdRole = Qt::UserRole + 1,
        NameRole,
        RegionRole,
        RingRole,          // Stamp::ringName(): "test", "canary", "production"
        TenancyRole,       // "shared" | "dedicated"
        TenantsRole,       // QStringList
        HubHostNameRole,
        PlannedCapacityRole,
        HealthRole,        // int(HealthLevel)
        ReasonsRole,       // QStringList
        TotalDevicesRole,  // qint64, -1 unknown
        ConnectedDevicesRole,
        RegistrationsRole,
        PlannedUsedRole,   // double, -1 unknown
        HubLimitUsedRole,
        LastSuccessRole,   // QDateTime
        ReachableRole,
        StatusRole,        // the whole StampStatus
    };

    explicit FleetStatusModel(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    // Replaces the status of status.stampId (ignored for a stamp not in the workspace).
    void updateStatus(const StampStatus &status);

    const Stamp &stampAt(int row) const { return m_workspace.stamps.at(row); }
    StampStatus statusAt(int row) const;
    StampStatus status(const QString &stampId) const;
    int rowOf(const QString &stampId) const;

    // Every stamp has figures (or has failed at least once): the board is fully populated.
    bool isPopulated() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString healthName(HealthLevel level); // translated: "Healthy", "Warning", ...

Q_SIGNALS:
    // Emitted once per workspace, when the last stamp gets its first answer.
    void populated();

private:
    Workspace m_workspace;
    QHash<QString, StampStatus> m_statuses;
    bool m_populatedSent = false;
};

} // namespace StampDeck
