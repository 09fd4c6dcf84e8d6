#include "EmulatorEndpoints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace StampDeck {

std::optional<EmulatorEndpoints> EmulatorEndpoints::load(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid JSON: %2").arg(path, parseError.errorString()));

    EmulatorEndpoints endpoints;
    endpoints.caCertificate = json.value(QStringLiteral("caCertificate")).toString();
    endpoints.deviceEndpoint = json.value(QStringLiteral("deviceEndpoint")).toString();
    endpoints.workspace = json.value(QStringLiteral("workspace")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("hubs")).toArray()) {
        const QJsonObject hub = value.toObject();
        endpoints.hubs.append({hub.value(QStringLiteral("name")).toString(), hub.value(QStringLiteral("hostName")).toString(),
                               hub.value(QStringLiteral("connectionString")).toString()});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("dps")).toArray()) {
        const QJsonObject dps = value.toObject();
        endpoints.dps.append({dps.value(QStringLiteral("name")).toString(), dps.value(QStringLiteral("hostName")).toString(),
                              dps.value(QStringLiteral("idScope")).toString(),
                              dps.value(QStringLiteral("connectionString")).toString()});
    }
    if (endpoints.caCertificate.isEmpty())
        return fail(tr("%1: caCertificate is missing").arg(path));
    if (endpoints.workspace.isEmpty())
        return fail(tr("%1: workspace is missing").arg(path));
    if (endpoints.hubs.isEmpty())
        return fail(tr("%1: no hubs listed").arg(path));
    for (int i = 0; i < endpoints.hubs.size(); ++i) {
        if (endpoints.hubs.at(i).hostName.isEmpty() || endpoints.hubs.at(i).connectionString.isEmpty())
            return fail(tr("%1: hubs[%2] lacks hostName or connectionString").arg(path).arg(i));
    }
    for (int i = 0; i < endpoints.dps.size(); ++i) {
        if (endpoints.dps.at(i).hostName.isEmpty() || endpoints.dps.at(i).idScope.isEmpty())
            return fail(tr("%1: dps[%2] lacks hostName or idScope").arg(path).arg(i));
    }
    return endpoints;
}

} // namespace StampDeck
