#pragma once

#include <QWidget>

class QBarSeries;
class QCheckBox;
class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace StampDeck {

class DriftTableModel;

// Distribution drift: the split each enrollment group intends against the split that is, one
// row per (group, hub), and for the selected group a bar chart of intended against actual share.
class DriftPage : public QWidget
{
    Q_OBJECT

public:
    explicit DriftPage(DriftTableModel *model, QWidget *parent = nullptr);

    // "Census from 14:02, 3 minutes old" or "Census running: 4 of 9 groups" — the caller words it.
    void setCensusState(const QString &state);
    // The group shown in the chart ("dps host/group id"); empty when none is.
    QString selectedGroup() const { return m_group; }
    void selectGroup(const QString &groupKey);

private:
    void showGroup(const QString &groupKey);
    void onSelectionChanged();
    void onModelReset();

    DriftTableModel *m_model;
    QLabel *m_censusState;
    QCheckBox *m_onlyFlagged;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_groupNote;
    QChart *m_chart;
    QChartView *m_chartView;
    QString m_group;
};

} // namespace StampDeck
