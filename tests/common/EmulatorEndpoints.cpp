#include "EmulatorEndpoints.h"

#include <QJsonArray>

namespace StampDeck::Testing {

namespace {

// Reads a required string member; records the first failure in *error.
QString requiredString(const QJsonObject &object, const char *key, const QString &where, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("%1: \"%2\" is missing or not a non-empty string")
                         .arg(where, QLatin1String(key));
        return {};
    }
    return value.toString();
}

} // namespace

std::optional<EmulatorEndpoints> EmulatorEndpoints::fromJson(const QJsonObject &object, QString *error)
{
    QString problem;
    EmulatorEndpoints endpoints;
    endpoints.json = object;
    const QString top = QStringLiteral("endpoints file");
    endpoints.caCertificate = requiredString(object, "caCertificate", top, &problem);
    endpoints.deviceEndpoint = requiredString(object, "deviceEndpoint", top, &problem);
    endpoints.workspace = requiredString(object, "workspace", top, &problem);

    const QJsonArray hubs = object.value(QLatin1String("hubs")).toArray();
    if (hubs.isEmpty() && problem.isEmpty())
        problem = QStringLiteral("endpoints file: \"hubs\" is missing or empty");
    for (qsizetype i = 0; i < hubs.size(); ++i) {
        const QJsonObject hub = hubs.at(i).toObject();
        const QString where = QStringLiteral("hubs[%1]").arg(i);
        endpoints.hubs.append({requiredString(hub, "name", where, &problem),
                               requiredString(hub, "hostName", where, &problem),
                               requiredString(hub, "connectionString", where, &problem)});
    }
    const QJsonArray dps = object.value(QLatin1String("dps")).toArray();
    for (qsizetype i = 0; i < dps.size(); ++i) {
        const QJsonObject instance = dps.at(i).toObject();
        const QString where = QStringLiteral("dps[%1]").arg(i);
        endpoints.dps.append({requiredString(instance, "name", where, &problem),
                              requiredString(instance, "hostName", where, &problem),
                              requiredString(instance, "idScope", where, &problem),
                              requiredString(instance, "connectionString", where, &problem)});
    }
    const QJsonObject admin = object.value(QLatin1String("admin")).toObject();
    endpoints.adminUrl = admin.value(QLatin1String("url")).toString();
    endpoints.adminToken = admin.value(QLatin1String("token")).toString();

    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return endpoints;
}

const EmulatorEndpoints::Hub *EmulatorEndpoints::hub(const QString &name) const
{
    for (const Hub &candidate : hubs) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const EmulatorEndpoints::Dps *EmulatorEndpoints::dpsInstance(const QString &name) const
{
    for (const Dps &candidate : dps) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QUrl EmulatorEndpoints::url(const QString &hostName, const QString &path)
{
    // fromEncoded keeps "%2F" inside a segment as it is; QUrl(QString) would be just as happy to
    // reinterpret it.
    return QUrl::fromEncoded(QByteArrayLiteral("https://") + hostName.toUtf8() + path.toUtf8());
}

} // namespace StampDeck::Testing
