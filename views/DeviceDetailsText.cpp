#include "DeviceDetailsText.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace StampDeck {

using namespace Azure;

namespace {

QString when(const std::optional<AzureDateTime> &time)
{
    if (!time || !time->isValid())
        return QString();
    if (time->isNever())
        return DeviceDetailsText::tr("never");
    return QLocale().toString(time->toDateTime().toLocalTime(), QLocale::LongFormat);
}

// "Status: enabled, since <time>", without the "since" when the hub never set the time.
QString since(const QString &text, const std::optional<AzureDateTime> &time)
{
    if (!time || !time->isValid() || time->isNever())
        return text;
    return DeviceDetailsText::tr("%1, since %2").arg(text, when(time));
}

QString json(const QJsonObject &object)
{
    QJsonObject shown = object;
    shown.remove(QStringLiteral("$metadata")); // bookkeeping of the twin, not what the device said
    return QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

QString DeviceDetailsText::identity(const DeviceIdentity &device)
{
    QStringList lines;
    lines << tr("Device ID: %1").arg(device.deviceId);
    QString status = device.isEnabled() ? tr("enabled") : tr("disabled");
    if (device.statusReason && !device.statusReason->isEmpty())
        status += tr(" (%1)").arg(*device.statusReason);
    lines << since(tr("Status: %1").arg(status), device.statusUpdatedTime);
    if (device.connectionState)
        lines << since(tr("Connection: %1").arg(*device.connectionState == ConnectionState::Connected ? tr("connected")
                                                                                                  : tr("disconnected")),
                       device.connectionStateUpdatedTime);
    lines << tr("Last activity: %1").arg(when(device.lastActivityTime));
    if (device.cloudToDeviceMessageCount)
        lines << tr("Queued cloud-to-device messages: %1").arg(*device.cloudToDeviceMessageCount);
    if (device.authentication && device.authentication->type)
        lines << tr("Authentication: %1").arg(Wire::toString(*device.authentication->type));
    if (device.capabilities && device.capabilities->iotEdge)
        lines << tr("IoT Edge device: %1").arg(*device.capabilities->iotEdge ? tr("yes") : tr("no"));
    if (device.deviceScope && !device.deviceScope->isEmpty())
        lines << tr("Device scope: %1").arg(*device.deviceScope);
    if (device.generationId)
        lines << tr("Generation ID: %1").arg(*device.generationId);
    if (device.etag)
        lines << tr("ETag: %1").arg(*device.etag);
    return lines.join(u'\n');
}

QString DeviceDetailsText::twin(const Twin &twin)
{
    QStringList lines;
    if (twin.modelId && !twin.modelId->isEmpty())
        lines << tr("Model ID: %1").arg(*twin.modelId);
    lines << tr("Tags:") << (twin.tags ? json(*twin.tags) : tr("(none)"));
    lines << tr("Reported properties:")
          << (twin.properties && twin.properties->reported ? json(*twin.properties->reported) : tr("(none)"));
    return lines.join(u'\n');
}

} // namespace StampDeck
