#include "StampListModel.h"

#include <QLocale>

namespace StampDeck {

StampListModel::StampListModel(QObject *parent) : QAbstractTableModel(parent) {}

void StampListModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_workspace = workspace;
    endResetModel();
}

int StampListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workspace.stamps.size());
}

int StampListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StampListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stamp &stamp = m_workspace.stamps.at(index.row());
    if (role == StampIdRole)
        return stamp.id;
    if (role == Qt::TextAlignmentRole && index.column() == PlannedCapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case IdColumn: return stamp.id;
    case NameColumn: return stamp.name;
    case RegionColumn: return stamp.region;
    case RingColumn:
        switch (stamp.ring) {
        case Stamp::Ring::Test: return tr("Test");
        case Stamp::Ring::Canary: return tr("Canary");
        case Stamp::Ring::Production: return tr("Production");
        }
        return {};
    case TenancyColumn:
        return stamp.tenancy == Stamp::Tenancy::Shared
                   ? tr("Shared (%1)").arg(stamp.tenants.join(QStringLiteral(", ")))
                   : tr("Dedicated to %1").arg(stamp.tenants.value(0));
    case HubColumn: return stamp.hub.hostName;
    case TierColumn: return tr("%1 × %2", "tier × units").arg(stamp.hub.tier).arg(stamp.hub.units);
    case DpsColumn: {
        QStringList hosts;
        for (const Stamp::LinkedDps &dps : stamp.dps)
            hosts.append(dps.hostName);
        return hosts.join(QStringLiteral(", "));
    }
    case PlannedCapacityColumn: return QLocale().toString(stamp.plannedCapacity);
    case ColumnCount: break;
    }
    return {};
}

QVariant StampListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case IdColumn: return tr("Stamp");
    case NameColumn: return tr("Name");
    case RegionColumn: return tr("Region");
    case RingColumn: return tr("Ring");
    case TenancyColumn: return tr("Tenancy");
    case HubColumn: return tr("IoT hub");
    case TierColumn: return tr("Tier");
    case DpsColumn: return tr("Linked DPS");
    case PlannedCapacityColumn: return tr("Planned devices");
    case ColumnCount: break;
    }
    return {};
}

} // namespace StampDeck
