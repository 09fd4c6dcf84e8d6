#pragma once

#include "ConsistencyFinding.h"

#include <QAbstractTableModel>
#include <QList>

namespace StampDeck {

// The fleet consistency report as a table: one row per finding, filterable by kind through a
// proxy on KindRole. DeviceIdRole / RegistrationIdRole give the view what the lookup needs to open
// the device; CSV export writes what the table shows (all rows, whatever the view's sorting).
class ConsistencyFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, DeviceColumn, RegistrationColumn, HubsColumn, DpsColumn, EnrollmentColumn, DetailColumn, ColumnCount };
    enum Role {
        DeviceIdRole = Qt::UserRole + 1, // QString, empty for an enrollment finding
        RegistrationIdRole,              // QString
        KindRole,                        // int (ConsistencyFinding::Kind)
        FindingRole,                     // QVariant<ConsistencyFinding>
    };

    explicit ConsistencyFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<ConsistencyFinding> &findings);
    const QList<ConsistencyFinding> &findings() const { return m_findings; }
    ConsistencyFinding finding(int row) const { return m_findings.value(row); }
    // Findings of one kind (for the summary line above the table).
    int count(ConsistencyFinding::Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // RFC 4180 (CRLF, quoted where needed): a header, then one row per finding; the kind column
    // holds the stable key (identityWithoutRegistration ...) so scripts can filter on it.
    QString toCsv() const;
    // Written whole or not at all (QSaveFile); false with a user-facing message on failure.
    bool writeCsv(const QString &path, QString *error) const;

private:
    QString text(const ConsistencyFinding &finding, int column) const;

    QList<ConsistencyFinding> m_findings;
};

} // namespace StampDeck
