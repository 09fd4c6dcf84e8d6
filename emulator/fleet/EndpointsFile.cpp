#include "fleet/EndpointsFile.h"

#include "fleet/JsonFileWriter.h"

#include <QJsonArray>

namespace StampDeck::Emulator {

QJsonObject EndpointsFile::toJson() const
{
    QJsonArray hubArray;
    for (const Instance &hub : hubs) {
        hubArray.append(QJsonObject{{QStringLiteral("name"), hub.name},
                                    {QStringLiteral("hostName"), hub.hostName},
                                    {QStringLiteral("connectionString"), hub.connectionString}});
    }
    QJsonArray dpsArray;
    for (const Instance &instance : dps) {
        dpsArray.append(QJsonObject{{QStringLiteral("name"), instance.name},
                                    {QStringLiteral("hostName"), instance.hostName},
                                    {QStringLiteral("idScope"), instance.idScope},
                                    {QStringLiteral("connectionString"), instance.connectionString}});
    }
    QJsonObject object{
        {QStringLiteral("caCertificate"), caCertificate},
        {QStringLiteral("hubs"), hubArray},
        {QStringLiteral("dps"), dpsArray},
        {QStringLiteral("deviceEndpoint"), deviceEndpoint},
        {QStringLiteral("workspace"), workspace},
        {QStringLiteral("admin"), QJsonObject{{QStringLiteral("url"), adminUrl}, {QStringLiteral("token"), adminToken}}},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("version"), version},
    };
    if (!stateFile.isEmpty())
        object.insert(QStringLiteral("stateFile"), stateFile);
    return object;
}

bool EndpointsFile::write(const QString &path, QString *error) const
{
    return JsonFileWriter::write(path, toJson(), JsonFileWriter::Visibility::OwnerOnly, error);
}

} // namespace StampDeck::Emulator
