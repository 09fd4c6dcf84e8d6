#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>

namespace StampDeck {

// The workspace's stamps as a table: what each stamp is and what it is planned to hold.
class StampListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, RegionColumn, RingColumn, TenancyColumn, HubColumn, TierColumn,
                  DpsColumn, PlannedCapacityColumn, ColumnCount };
    enum Role { StampIdRole = Qt::UserRole + 1 };

    explicit StampListModel(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace m_workspace;
};

} // namespace StampDeck
