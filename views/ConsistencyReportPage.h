#pragma once

#include "FleetConsistencyCheck.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace StampDeck {

class ConsistencyFindingsModel;

// The fleet consistency report: starts (or resumes) the check, shows its phase and progress,
// lists the findings (filter by kind, sortable) and exports them to CSV. Opening a finding asks
// for the device lookup (lookupRequested), so an operator goes from "what is wrong" to "where is
// it" in one step.
class ConsistencyReportPage : public QWidget
{
    Q_OBJECT

public:
    ConsistencyReportPage(FleetConsistencyCheck *check, QWidget *parent = nullptr);

    ConsistencyFindingsModel *findings() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;
    // Writes the findings; false with *error when the file cannot be written.
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void lookupRequested(const QString &id);

private:
    void onProgress(const FleetConsistencyCheck::Progress &progress);
    void onFinished();
    void updateButtons();
    void chooseCsvFile();
    void openRow(const QModelIndex &index);

    FleetConsistencyCheck *m_check;
    ConsistencyFindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_export;
    QComboBox *m_kind;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
};

} // namespace StampDeck
