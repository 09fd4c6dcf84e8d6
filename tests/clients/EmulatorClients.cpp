#include "EmulatorClients.h"

#include "ConnectionString.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace StampDeck::Azure;

namespace StampDeck::Testing {

EmulatorClients::EmulatorClients(const EmulatorProcess &emulator, double timeScale, bool quotas)
    : m_emulator(emulator)
    , m_timeScale(timeScale)
    , m_quotas(quotas)
{
    QFile file(emulator.endpoints().workspace);
    if (file.open(QIODevice::ReadOnly))
        m_workspace = QJsonDocument::fromJson(file.readAll()).object();
}

AzureEndpoint EmulatorClients::withCa(AzureEndpoint endpoint) const
{
    endpoint.extraCaCertificates = m_emulator.sslConfiguration().caCertificates();
    if (!m_quotas)
        endpoint.quotas = QuotaProfile::unlimited();
    endpoint.quotas.setTimeScale(m_timeScale);
    return endpoint;
}

QPair<QString, int> EmulatorClients::hubTier(const QString &hostName) const
{
    const QJsonArray stamps = m_workspace.value(QLatin1StringView("stamps")).toArray();
    for (const QJsonValue &stamp : stamps) {
        const QJsonObject hub = stamp.toObject().value(QLatin1StringView("hub")).toObject();
        if (hub.value(QLatin1StringView("hostName")).toString().compare(hostName, Qt::CaseInsensitive) == 0)
            return {hub.value(QLatin1StringView("tier")).toString(QStringLiteral("S1")), hub.value(QLatin1StringView("units")).toInt(1)};
    }
    return {QStringLiteral("S1"), 1};
}

AzureEndpoint EmulatorClients::hubEndpoint(int index) const
{
    const auto &hub = m_emulator.endpoints().hubs.at(index);
    const std::optional<ConnectionString> cs = ConnectionString::parse(hub.connectionString);
    const auto [tier, units] = hubTier(hub.hostName);
    return withCa(AzureEndpoint::fromConnectionString(cs.value_or(ConnectionString()), QuotaProfile::forHub(tier, units)));
}

AzureEndpoint EmulatorClients::dpsEndpoint(int index) const
{
    const std::optional<ConnectionString> cs = ConnectionString::parse(m_emulator.endpoints().dps.at(index).connectionString);
    return withCa(AzureEndpoint::fromConnectionString(cs.value_or(ConnectionString()), QuotaProfile::forDps()));
}

AzureEndpoint EmulatorClients::deviceEndpoint() const
{
    AzureEndpoint endpoint;
    endpoint.hostName = m_emulator.endpoints().deviceEndpoint;
    endpoint.quotas = QuotaProfile::forDps();
    return withCa(endpoint);
}

QString EmulatorClients::idScope(int index) const
{
    return m_emulator.endpoints().dps.at(index).idScope;
}

QString EmulatorClients::hubName(int index) const
{
    return m_emulator.endpoints().hubs.at(index).name;
}

QString EmulatorClients::dpsName(int index) const
{
    return m_emulator.endpoints().dps.at(index).name;
}

std::optional<QByteArray> EmulatorClients::admin(const QByteArray &method, const QString &path, const QByteArray &body, QString *error)
{
    const QString base = m_emulator.endpoints().adminUrl;
    if (base.isEmpty()) {
        if (error)
            *error = QStringLiteral("the emulator has no admin endpoint");
        return std::nullopt;
    }
    QNetworkRequest request(QUrl(base + path));
    request.setSslConfiguration(m_emulator.sslConfiguration());
    request.setRawHeader("Authorization", "Bearer " + m_emulator.endpoints().adminToken.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20'000)) {
        reply->deleteLater();
        if (error)
            *error = QStringLiteral("admin call timed out");
        return std::nullopt;
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status < 200 || status >= 300) {
        if (error)
            *error = QStringLiteral("admin %1 %2: HTTP %3 %4").arg(QString::fromLatin1(method), path).arg(status).arg(QString::fromUtf8(answer));
        return std::nullopt;
    }
    return answer;
}

bool EmulatorClients::setFaults(const QString &instance, const QJsonObject &settings, QString *error)
{
    return admin("PUT", QStringLiteral("/faults/") + instance, QJsonDocument(settings).toJson(QJsonDocument::Compact), error).has_value();
}

bool EmulatorClients::clearFaults(const QString &instance, QString *error)
{
    return admin("DELETE", QStringLiteral("/faults/") + instance, {}, error).has_value();
}

bool EmulatorClients::setAllocation(const QString &dpsInstance, const QJsonObject &mode, QString *error)
{
    return admin("PUT", QStringLiteral("/allocation/") + dpsInstance, QJsonDocument(mode).toJson(QJsonDocument::Compact), error)
        .has_value();
}

bool EmulatorClients::clearAllocation(const QString &dpsInstance, QString *error)
{
    return admin("DELETE", QStringLiteral("/allocation/") + dpsInstance, {}, error).has_value();
}

std::optional<QJsonObject> EmulatorClients::instanceHealth(const QString &instance)
{
    const std::optional<QByteArray> answer = admin("GET", QStringLiteral("/health"), {}, nullptr);
    if (!answer)
        return std::nullopt;
    const QJsonArray instances = QJsonDocument::fromJson(*answer).object().value(QLatin1StringView("instances")).toArray();
    for (const QJsonValue &item : instances) {
        if (item.toObject().value(QLatin1StringView("name")).toString() == instance)
            return item.toObject();
    }
    return std::nullopt;
}

bool EmulatorClients::waitFor(AzureCall *call, int timeoutMs)
{
    if (call->isFinished())
        return true;
    QSignalSpy finished(call, &AzureCall::finished);
    return finished.wait(timeoutMs) || call->isFinished();
}

} // namespace StampDeck::Testing
