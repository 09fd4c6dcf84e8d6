#include "fleet/WorkspaceFile.h"

#include "fleet/JsonFileWriter.h"

#include <QJsonArray>

namespace StampDeck::Emulator {

QJsonObject WorkspaceFile::toJson(const FleetLayout &layout, const QString &name, const QString &caCertificate,
                                  const QString &deviceEndpoint)
{
    QJsonArray stamps;
    for (const HubSpec &hub : layout.hubs) {
        // Every DPS instance linked to this stamp's hub (in the demo: both).
        QJsonArray linkedDps;
        for (const DpsSpec &instance : layout.dps) {
            if (instance.linkedHubNames.contains(hub.name)) {
                linkedDps.append(QJsonObject{{QStringLiteral("name"), instance.name},
                                             {QStringLiteral("hostName"), instance.hostName},
                                             {QStringLiteral("idScope"), instance.idScope},
                                             {QStringLiteral("region"), instance.region}});
            }
        }
        QJsonObject stamp{
            {QStringLiteral("id"), hub.stampId},
            {QStringLiteral("name"), hub.displayName},
            {QStringLiteral("region"), hub.region},
            {QStringLiteral("ring"), hub.ring},
            {QStringLiteral("tenancy"), QJsonObject{{QStringLiteral("mode"), hub.tenancy},
                                                    {QStringLiteral("tenants"), QJsonArray::fromStringList(hub.tenants)}}},
            {QStringLiteral("hub"), QJsonObject{{QStringLiteral("name"), hub.name},
                                                {QStringLiteral("hostName"), hub.hostName},
                                                {QStringLiteral("tier"), hub.tier},
                                                {QStringLiteral("units"), hub.units}}},
            {QStringLiteral("dps"), linkedDps},
            {QStringLiteral("plannedCapacity"), hub.plannedCapacity},
        };
        if (!caCertificate.isEmpty())
            stamp.insert(QStringLiteral("caCertificate"), caCertificate);
        stamps.append(stamp);
    }
    QJsonObject workspace{
        {QStringLiteral("format"), QString(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("name"), name},
        {QStringLiteral("stamps"), stamps},
    };
    if (!deviceEndpoint.isEmpty())
        workspace.insert(QStringLiteral("provisioningDeviceEndpoint"), deviceEndpoint);
    return workspace;
}

bool WorkspaceFile::write(const QString &path, const QJsonObject &workspace, QString *error)
{
    return JsonFileWriter::write(path, workspace, JsonFileWriter::Visibility::Readable, error);
}

} // namespace StampDeck::Emulator
