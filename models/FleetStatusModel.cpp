#include "FleetStatusModel.h"

namespace StampDeck {

FleetStatusModel::FleetStatusModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FleetStatusModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_workspace = workspace;
    m_statuses.clear();
    m_populatedSent = false;
    for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
        StampStatus status;
        status.stampId = stamp.id;
        status.plannedCapacity = stamp.plannedCapacity;
        m_statuses.insert(stamp.id, status);
    }
    endResetModel();
}

void FleetStatusModel::updateStatus(const StampStatus &status)
{
    const int row = rowOf(status.stampId);
    if (row < 0)
        return;
    m_statuses.insert(status.stampId, status);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    if (!m_populatedSent && isPopulated()) {
        m_populatedSent = true;
        Q_EMIT populated();
    }
}

StampStatus FleetStatusModel::statusAt(int row) const
{
    return m_statuses.value(m_workspace.stamps.at(row).id);
}

StampStatus FleetStatusModel::status(const QString &stampId) const
{
    return m_statuses.value(stampId);
}

int FleetStatusModel::rowOf(const QString &stampId) const
{
    for (int row = 0; row < m_workspace.stamps.size(); ++row) {
        if (m_workspace.stamps.at(row).id == stampId)
            return row;
    }
    return -1;
}

bool FleetStatusModel::isPopulated() const
{
    if (m_workspace.stamps.isEmpty())
        return false;
    for (const StampStatus &status : m_statuses) {
        if (!status.lastAttempt.isValid() || (status.reachable && status.connectedDevices < 0))
            return false;
    }
    return true;
}

int FleetStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workspace.stamps.size());
}

QVariant FleetStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stamp &stamp = m_workspace.stamps.at(index.row());
    const StampStatus status = m_statuses.value(stamp.id);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return stamp.name;
    case Qt::ToolTipRole: return status.reasons.join(QLatin1Char('\n'));
    case StampIdRole: return stamp.id;
    case RegionRole: return stamp.region;
    case RingRole: return Stamp::ringName(stamp.ring);
    case TenancyRole:
        return stamp.tenancy == Stamp::Tenancy::Shared ? QStringLiteral("shared") : QStringLiteral("dedicated");
    case TenantsRole: return stamp.tenants;
    case HubHostNameRole: return stamp.hub.hostName;
    case PlannedCapacityRole: return stamp.plannedCapacity;
    case HealthRole: return static_cast<int>(status.health);
    case ReasonsRole: return status.reasons;
    case TotalDevicesRole: return status.totalDevices;
    case ConnectedDevicesRole: return status.connectedDevices;
    case RegistrationsRole: return status.registrations;
    case PlannedUsedRole: return status.plannedUsed;
    case HubLimitUsedRole: return status.hubLimitUsed;
    case LastSuccessRole: return status.lastSuccess;
    case ReachableRole: return status.reachable;
    case StatusRole: return QVariant::fromValue(status);
    default: return {};
    }
}

QHash<int, QByteArray> FleetStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{StampIdRole, "stampId"}, {NameRole, "name"}, {RegionRole, "region"}, {RingRole, "ring"},
                  {TenancyRole, "tenancy"}, {TenantsRole, "tenants"}, {HubHostNameRole, "hubHostName"},
                  {PlannedCapacityRole, "plannedCapacity"}, {HealthRole, "health"}, {ReasonsRole, "reasons"},
                  {TotalDevicesRole, "totalDevices"}, {ConnectedDevicesRole, "connectedDevices"},
                  {RegistrationsRole, "registrations"}, {PlannedUsedRole, "plannedUsed"},
                  {HubLimitUsedRole, "hubLimitUsed"}, {LastSuccessRole, "lastSuccess"},
                  {ReachableRole, "reachable"}, {StatusRole, "status"}});
    return names;
}

QString FleetStatusModel::healthName(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Unknown: return tr("Waiting for figures");
    case HealthLevel::Healthy: return tr("Healthy");
    case HealthLevel::Warning: return tr("Warning");
    case HealthLevel::Critical: return tr("Critical");
    case HealthLevel::Unreachable: return tr("Unreachable");
    }
    return {};
}

} // namespace StampDeck
