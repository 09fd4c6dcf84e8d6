#include "ConsistencyFindingsModel.h"

#include "FleetCsvExport.h"

#include <QSaveFile>

namespace StampDeck {

ConsistencyFindingsModel::ConsistencyFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConsistencyFindingsModel::setFindings(const QList<ConsistencyFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int ConsistencyFindingsModel::count(ConsistencyFinding::Kind kind) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [kind](const ConsistencyFinding &finding) { return finding.kind == kind; }));
}

int ConsistencyFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ConsistencyFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsistencyFindingsModel::text(const ConsistencyFinding &finding, int column) const
{
    switch (column) {
    case KindColumn:
        return ConsistencyFinding::kindName(finding.kind);
    case DeviceColumn:
        return finding.deviceId;
    case RegistrationColumn:
        return finding.registrationId;
    case HubsColumn:
        return finding.hubs.join(QStringLiteral(", "));
    case DpsColumn:
        return finding.dpsHostName;
    case EnrollmentColumn:
        return finding.enrollmentText();
    case DetailColumn:
        return finding.detail;
    default:
        return {};
    }
}

QVariant ConsistencyFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsistencyFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(finding, index.column());
    case Qt::ToolTipRole:
        return index.column() == DetailColumn || index.column() == HubsColumn ? QVariant(text(finding, index.column())) : QVariant();
    case DeviceIdRole:
        return finding.deviceId;
    case RegistrationIdRole:
        return finding.registrationId;
    case KindRole:
        return int(finding.kind);
    case FindingRole:
        return QVariant::fromValue(finding);
    default:
        return {};
    }
}

QVariant ConsistencyFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Finding");
    case DeviceColumn:
        return tr("Device");
    case RegistrationColumn:
        return tr("Registration");
    case HubsColumn:
        return tr("Hubs");
    case DpsColumn:
        return tr("DPS");
    case EnrollmentColumn:
        return tr("Enrollment");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsistencyFindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DeviceIdRole, "deviceId");
    names.insert(RegistrationIdRole, "registrationId");
    names.insert(KindRole, "kind");
    names.insert(FindingRole, "finding");
    return names;
}

QString ConsistencyFindingsModel::toCsv() const
{
    // Header names stay English and stable: they are for scripts, like FleetCsvExport's.
    QString csv = QStringLiteral("kind,deviceId,registrationId,hubs,dps,enrollmentType,enrollment,detail\r\n");
    for (const ConsistencyFinding &finding : m_findings) {
        const QStringList fields{
            ConsistencyFinding::kindKey(finding.kind),
            finding.deviceId,
            finding.registrationId,
            finding.hubs.join(u';'),
            finding.dpsHostName,
            finding.enrollment.isEmpty() ? QString() : finding.groupEnrollment ? QStringLiteral("group") : QStringLiteral("individual"),
            finding.enrollment,
            finding.detail,
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(FleetCsvExport::field(field));
        csv += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

bool ConsistencyFindingsModel::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace StampDeck
