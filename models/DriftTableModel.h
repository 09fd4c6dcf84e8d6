#pragma once

#include "DistributionDrift.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace StampDeck {

// The drift report as a table, one row per (enrollment group, hub). Sorting and the "only
// flagged" filter belong to a QSortFilterProxyModel in the view (SortRole, FlaggedRole).
class DriftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, TenantColumn, PolicyColumn, HubColumn, IntendedColumn, ActualColumn,
                  CountColumn, DeviationColumn, FlagColumn, ReasonColumn, ColumnCount };
    enum Role {
        FlaggedRole = Qt::UserRole + 1, // bool, every column
        GroupKeyRole,                   // "dps host/group id", every column
        SortRole,                       // numbers as numbers, text as text
        HubHostNameRole,
    };

    explicit DriftTableModel(QObject *parent = nullptr);

    void setReport(const DriftReport &report);
    const DriftReport &report() const { return m_report; }
    // Shown beside the flag text on flagged rows; the view passes its style's warning icon.
    void setFlagIcon(const QIcon &icon);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DriftRow &row, int column) const;
    QVariant sortValue(const DriftRow &row, int column) const;

    DriftReport m_report;
    QIcon m_flagIcon;
};

} // namespace StampDeck
