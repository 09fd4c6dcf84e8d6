#pragma once

#include "DeviceLookupAnswer.h"

#include <QAbstractTableModel>
#include <QList>

namespace StampDeck {

// The table of a batch lookup: one row per ID asked, filled in as the answers come (BatchLookup).
// Exports as CSV for the support ticket or a spreadsheet (FleetCsvExport's quoting).
class BatchLookupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, StampColumn, HubColumn, DpsColumn, EnrollmentColumn, DeviceIdColumn, RegistrationIdColumn,
                  RegistrationStatusColumn, IdentityStatusColumn, ConnectionColumn, ResolutionColumn,
                  ProblemsColumn, ColumnCount };
    // The whole DeviceLookupAnswer of a row (invalid until answered), for the lookup view.
    static constexpr int AnswerRole = Qt::UserRole + 1;

    explicit BatchLookupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts over with one unanswered row per ID.
    void setIds(const QStringList &ids);
    QString id(int row) const;
    bool isAnswered(int row) const;
    DeviceLookupAnswer answer(int row) const;
    void setAnswer(int row, const DeviceLookupAnswer &answer);
    int answeredCount() const { return m_answered; }
    int foundCount() const;

    // Header row then one row per ID; unanswered rows have empty cells after the ID.
    QString toCsv() const;
    // Written whole or not at all (QSaveFile); false with a user-facing message on failure.
    bool writeCsv(const QString &path, QString *error) const;

private:
    struct Row
    {
        QString id;
        bool answered = false;
        DeviceLookupAnswer answer;
    };
    QString cell(const Row &row, int column) const;

    QList<Row> m_rows;
    int m_answered = 0;
};

} // namespace StampDeck
