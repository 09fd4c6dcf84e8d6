#include "FleetSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>

namespace StampDeck {

FleetSession::FleetSession(Azure::AzureTransport *transport, CredentialBook *credentials, const QString &dataDirectory,
                           QObject *parent)
    : QObject(parent), m_transport(transport), m_dataDirectory(dataDirectory), m_endpoints(credentials),
      m_monitor(transport, &m_model), m_lookupCache(QDir(dataDirectory).filePath(QStringLiteral("lookup-cache.sqlite"))),
      m_locator(transport, &m_lookupCache), m_consistency(transport)
{
    // A stamp whose hub keeps failing shows as unreachable within 20 s, not after the
    // transport's whole retry budget (up to two minutes); its figures stay, with their age.
    m_monitor.setPollTimeout(20'000);
    connect(&m_endpoints, &FleetEndpoints::endpointReady, &m_monitor, &FleetMonitor::setEndpoint);
    connect(&m_endpoints, &FleetEndpoints::endpointMissing, &m_monitor, &FleetMonitor::markEndpointMissing);
    connect(&m_endpoints, &FleetEndpoints::endpointReady, &m_locator, &DeviceLocator::setEndpoint);
    connect(&m_endpoints, &FleetEndpoints::endpointMissing, &m_locator, &DeviceLocator::markEndpointMissing);
    connect(&m_endpoints, &FleetEndpoints::endpointReady, &m_consistency, &FleetConsistencyCheck::setEndpoint);
    connect(&m_endpoints, &FleetEndpoints::endpointReady, this,
            [this](const Azure::AzureEndpoint &endpoint) { settle(endpoint.hostName); });
    connect(&m_endpoints, &FleetEndpoints::endpointMissing, this, &FleetSession::settle);
}

void FleetSession::settle(const QString &hostName)
{
    if (!m_unsettled.remove(hostName.toLower()) || !m_unsettled.isEmpty())
        return;
    // Connections opened ahead of the first lookup: no TCP and TLS handshake on its path.
    m_locator.openConnections();
    Q_EMIT endpointsSettledChanged();
}

void FleetSession::open(const Workspace &workspace, const QString &source)
{
    m_monitor.stop();
    m_consistency.cancel();
    m_workspace = workspace;
    m_source = source;
    m_monitor.setWorkspace(workspace);
    m_monitor.setThresholds(workspace.thresholds);
    m_monitor.start();
    m_locator.setWorkspace(workspace);
    m_consistency.setWorkspace(workspace);
    // One checkpoint per fleet: a stopped check resumes only over the same stamps.
    const QByteArray fleet = QCryptographicHash::hash(QJsonDocument(workspace.toJson()).toJson(QJsonDocument::Compact),
                                                      QCryptographicHash::Sha256).toHex().left(16);
    m_consistency.setCheckpointFile(QDir(m_dataDirectory).filePath(QStringLiteral("consistency-%1.sqlite").arg(QString::fromLatin1(fleet))));
    // Endpoints come in as their keys are read; each stamp starts polling when its hub's arrives.
    m_endpoints.setWorkspace(workspace);
    m_unsettled.clear();
    for (const QString &host : m_endpoints.hostNames())
        m_unsettled.insert(host.toLower());
    m_endpoints.resolve();
    Q_EMIT opened(m_workspace, m_source);
}

} // namespace StampDeck
