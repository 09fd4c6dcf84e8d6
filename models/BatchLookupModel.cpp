#include "BatchLookupModel.h"

#include "FleetCsvExport.h"

#include <QSaveFile>

namespace StampDeck {

BatchLookupModel::BatchLookupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BatchLookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchLookupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchLookupModel::cell(const Row &row, int column) const
{
    if (column == IdColumn)
        return row.id;
    if (!row.answered)
        return {};
    const DeviceLookupAnswer &a = row.answer;
    switch (column) {
    case StampColumn:
        return a.stampName.isEmpty() ? a.stampId : a.stampName;
    case HubColumn:
        return a.hubHost;
    case DpsColumn:
        return a.dpsHost;
    case EnrollmentColumn:
        return a.enrollmentText();
    case DeviceIdColumn:
        return a.deviceId;
    case RegistrationIdColumn:
        return a.registrationId;
    case RegistrationStatusColumn:
        return a.registrationStatus ? Azure::Wire::toString(*a.registrationStatus) : QString();
    case IdentityStatusColumn:
        return a.identityFound && a.identityStatus ? Azure::Wire::toString(*a.identityStatus) : QString();
    case ConnectionColumn:
        return a.identityFound && a.connectionState ? Azure::Wire::toString(*a.connectionState) : QString();
    case ResolutionColumn:
        return DeviceLookupAnswer::resolutionName(a.resolution);
    case ProblemsColumn:
        return a.problems.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant BatchLookupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cell(row, index.column());
    if (role == AnswerRole)
        return row.answered ? QVariant::fromValue(row.answer) : QVariant();
    return {};
}

QVariant BatchLookupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case StampColumn:
        return tr("Stamp");
    case HubColumn:
        return tr("IoT hub");
    case DpsColumn:
        return tr("DPS instance");
    case EnrollmentColumn:
        return tr("Enrollment");
    case DeviceIdColumn:
        return tr("Device ID");
    case RegistrationIdColumn:
        return tr("Registration ID");
    case RegistrationStatusColumn:
        return tr("Registration");
    case IdentityStatusColumn:
        return tr("Identity");
    case ConnectionColumn:
        return tr("Connection");
    case ResolutionColumn:
        return tr("How found");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

void BatchLookupModel::setIds(const QStringList &ids)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(ids.size());
    for (const QString &id : ids)
        m_rows.append(Row{id, false, {}});
    m_answered = 0;
    endResetModel();
}

QString BatchLookupModel::id(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

bool BatchLookupModel::isAnswered(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).answered;
}

DeviceLookupAnswer BatchLookupModel::answer(int row) const
{
    return isAnswered(row) ? m_rows.at(row).answer : DeviceLookupAnswer();
}

void BatchLookupModel::setAnswer(int row, const DeviceLookupAnswer &answer)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (!r.answered)
        ++m_answered;
    r.answered = true;
    r.answer = answer;
    // A thousand-row batch keeps the table's answers, not every step of every lookup's path.
    r.answer.steps.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BatchLookupModel::foundCount() const
{
    int found = 0;
    for (const Row &row : m_rows)
        found += row.answered && row.answer.found ? 1 : 0;
    return found;
}

QString BatchLookupModel::toCsv() const
{
    QString csv;
    QStringList fields;
    for (int c = 0; c < ColumnCount; ++c)
        fields.append(FleetCsvExport::field(headerData(c, Qt::Horizontal).toString()));
    csv += fields.join(u',') + QStringLiteral("\r\n");
    for (const Row &row : m_rows) {
        fields.clear();
        for (int c = 0; c < ColumnCount; ++c)
            fields.append(FleetCsvExport::field(cell(row, c)));
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

bool BatchLookupModel::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("The lookup table could not be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace StampDeck
