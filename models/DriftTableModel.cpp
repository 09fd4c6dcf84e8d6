#include "DriftTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace StampDeck {

namespace {

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

DriftTableModel::DriftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DriftTableModel::setReport(const DriftReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void DriftTableModel::setFlagIcon(const QIcon &icon)
{
    m_flagIcon = icon;
    if (!m_report.rows.isEmpty())
        Q_EMIT dataChanged(index(0, FlagColumn), index(rowCount() - 1, FlagColumn), {Qt::DecorationRole});
}

int DriftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int DriftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriftRow &row = m_report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == HubColumn ? QVariant(row.hubHostName) : QVariant(row.reason);
    case Qt::DecorationRole:
        if (index.column() == FlagColumn && row.flagged() && !m_flagIcon.isNull())
            return m_flagIcon;
        return {};
    case Qt::BackgroundRole:
        // Colour only repeats what the Flag column says in words.
        if (row.flagged())
            return QBrush(QColor(255, 224, 178));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= IntendedColumn && index.column() <= DeviationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FlaggedRole:
        return row.flagged();
    case GroupKeyRole:
        return row.groupKey();
    case SortRole:
        return sortValue(row, index.column());
    case HubHostNameRole:
        return row.hubHostName;
    default:
        return {};
    }
}

QVariant DriftTableModel::display(const DriftRow &row, int column) const
{
    switch (column) {
    case GroupColumn:
        return row.groupId;
    case TenantColumn:
        return row.tenant;
    case PolicyColumn:
        return DistributionDrift::policyText(row.allocationPolicy);
    case HubColumn:
        return row.onHubList ? row.hubLabel() : tr("%1 (not on the list)").arg(row.hubLabel());
    case IntendedColumn:
        return row.intendedShare ? percent(*row.intendedShare) : tr("n/a");
    case ActualColumn:
        return percent(row.actualShare);
    case CountColumn:
        return QLocale().toString(row.count);
    case DeviationColumn:
        if (!row.deviationPoints)
            return QString();
        return tr("%1 pts").arg(QLocale().toString(*row.deviationPoints, 'f', 1));
    case FlagColumn:
        return row.flagged() ? tr("Flagged") : QString();
    case ReasonColumn:
        return row.reason;
    default:
        return {};
    }
}

QVariant DriftTableModel::sortValue(const DriftRow &row, int column) const
{
    switch (column) {
    case IntendedColumn:
        return row.intendedShare ? *row.intendedShare : -1.0;
    case ActualColumn:
        return row.actualShare;
    case CountColumn:
        return row.count;
    case DeviationColumn:
        // By size: the worst drift in either direction sorts to one end.
        return row.deviationPoints ? std::abs(*row.deviationPoints) : -1.0;
    case FlagColumn:
        return row.flagged() ? 1 : 0;
    default:
        return display(row, column);
    }
}

QVariant DriftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Enrollment group");
    case TenantColumn:
        return tr("Tenant");
    case PolicyColumn:
        return tr("Allocation");
    case HubColumn:
        return tr("Stamp / hub");
    case IntendedColumn:
        return tr("Intended");
    case ActualColumn:
        return tr("Actual");
    case CountColumn:
        return tr("Registrations");
    case DeviationColumn:
        return tr("Deviation");
    case FlagColumn:
        return tr("Flag");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace StampDeck
