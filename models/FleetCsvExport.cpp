#include "FleetCsvExport.h"

#include "FleetStatusModel.h"

#include <QSaveFile>

namespace StampDeck {

namespace {

const QString LineEnd = QStringLiteral("\r\n");

QString count(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

QString fraction(double value)
{
    return value < 0 ? QString() : QString::number(value, 'f', 4);
}

// Stable, untranslated words: scripts read this file.
QString healthKey(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Unknown: return QStringLiteral("unknown");
    case HealthLevel::Healthy: return QStringLiteral("healthy");
    case HealthLevel::Warning: return QStringLiteral("warning");
    case HealthLevel::Critical: return QStringLiteral("critical");
    case HealthLevel::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList FleetCsvExport::header()
{
    return {QStringLiteral("stamp_id"), QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("ring"),
            QStringLiteral("tenancy"), QStringLiteral("tenants"), QStringLiteral("hub_host_name"),
            QStringLiteral("planned_capacity"), QStringLiteral("total_devices"), QStringLiteral("enabled_devices"),
            QStringLiteral("disabled_devices"), QStringLiteral("connected_devices"), QStringLiteral("dps_registrations"),
            QStringLiteral("planned_used"), QStringLiteral("hub_limit_used"), QStringLiteral("dps_limit_used"),
            QStringLiteral("health"), QStringLiteral("reasons"), QStringLiteral("reachable"),
            QStringLiteral("last_success"), QStringLiteral("last_attempt")};
}

QString FleetCsvExport::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString FleetCsvExport::toCsv(const FleetStatusModel &model)
{
    QString csv;
    auto addRow = [&csv](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &value : fields)
            quoted << field(value);
        csv += quoted.join(QLatin1Char(',')) + LineEnd;
    };
    addRow(header());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Stamp &stamp = model.stampAt(row);
        const StampStatus status = model.statusAt(row);
        const bool attempted = status.lastAttempt.isValid();
        addRow({stamp.id, stamp.name, stamp.region, Stamp::ringName(stamp.ring),
                stamp.tenancy == Stamp::Tenancy::Shared ? QStringLiteral("shared") : QStringLiteral("dedicated"),
                stamp.tenants.join(QLatin1Char(';')), stamp.hub.hostName, QString::number(stamp.plannedCapacity),
                count(status.totalDevices), count(status.enabledDevices), count(status.disabledDevices),
                count(status.connectedDevices), count(status.registrations), fraction(status.plannedUsed),
                fraction(status.hubLimitUsed), fraction(status.dpsLimitUsed), healthKey(status.health),
                status.reasons.join(QStringLiteral("; ")),
                attempted ? (status.reachable ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
                isoTime(status.lastSuccess), isoTime(status.lastAttempt)});
    }
    return csv;
}

bool FleetCsvExport::write(const FleetStatusModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(model).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace StampDeck
