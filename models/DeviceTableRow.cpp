#include "DeviceTableRow.h"

#include "DeviceTableModel.h"

#include "AzureDateTime.h"
#include "DeviceIdentity.h"
#include "WireEnums.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace StampDeck {

using namespace Azure;

namespace {

template<typename E>
qint8 wireIndex(const QJsonValue &value)
{
    const std::optional<E> parsed = Wire::fromString<E>(value.toString());
    return parsed ? qint8(*parsed) : qint8(-1);
}

QString tagText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QList<DeviceTableRow> DeviceTableRow::fromQueryItems(const QJsonArray &items)
{
    QList<DeviceTableRow> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        DeviceTableRow row;
        row.deviceId = object.value(QLatin1StringView("deviceId")).toString();
        row.status = wireIndex<DeviceStatus>(object.value(QLatin1StringView("status")));
        row.connection = wireIndex<ConnectionState>(object.value(QLatin1StringView("connectionState")));
        row.authentication = wireIndex<AuthenticationType>(object.value(QLatin1StringView("authenticationType")));
        const QJsonValue messages = object.value(QLatin1StringView("cloudToDeviceMessageCount"));
        row.messages = messages.isDouble() ? qint64(messages.toDouble()) : -1;
        const std::optional<AzureDateTime> activity =
            AzureDateTime::fromString(object.value(QLatin1StringView("lastActivityTime")).toString());
        if (activity && activity->isValid() && !activity->isNever())
            row.lastActivityMs = activity->toMSecsSinceEpoch();
        row.tag = tagText(object.value(QLatin1StringView("tagValue")));
        rows.append(std::move(row));
    }
    return rows;
}

void DeviceTableRow::apply(const DeviceIdentity &identity)
{
    deviceId = identity.deviceId;
    status = identity.status ? qint8(*identity.status) : qint8(-1);
    connection = identity.connectionState ? qint8(*identity.connectionState) : qint8(-1);
    authentication = identity.authentication && identity.authentication->type ? qint8(*identity.authentication->type) : qint8(-1);
    messages = identity.cloudToDeviceMessageCount.value_or(-1);
    lastActivityMs = NoTime;
    if (identity.lastActivityTime && identity.lastActivityTime->isValid() && !identity.lastActivityTime->isNever())
        lastActivityMs = identity.lastActivityTime->toMSecsSinceEpoch();
}

QVariant DeviceTableRow::display(int column) const
{
    switch (column) {
    case DeviceTableModel::DeviceIdColumn:
        return deviceId;
    case DeviceTableModel::StatusColumn:
        if (status < 0)
            return QString();
        return DeviceStatus(status) == DeviceStatus::Enabled ? tr("Enabled") : tr("Disabled");
    case DeviceTableModel::ConnectionColumn:
        if (connection < 0)
            return QString();
        return ConnectionState(connection) == ConnectionState::Connected ? tr("Connected") : tr("Disconnected");
    case DeviceTableModel::LastActivityColumn:
        if (lastActivityMs == NoTime)
            return deviceId.isEmpty() ? QString() : tr("never");
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastActivityMs).toLocalTime(), QLocale::ShortFormat);
    case DeviceTableModel::MessagesColumn:
        return messages < 0 ? QString() : QLocale().toString(messages);
    case DeviceTableModel::AuthenticationColumn:
        switch (authentication) {
        case qint8(AuthenticationType::Sas):
            return tr("Shared access key");
        case qint8(AuthenticationType::SelfSigned):
            return tr("X.509 self-signed");
        case qint8(AuthenticationType::CertificateAuthority):
            return tr("X.509 CA-signed");
        case qint8(AuthenticationType::None):
            return tr("None");
        default:
            return QString();
        }
    case DeviceTableModel::TagColumn:
        return tag;
    default:
        return {};
    }
}

} // namespace StampDeck
