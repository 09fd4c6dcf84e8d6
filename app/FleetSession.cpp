#include "FleetSession.h"

namespace StampDeck {

FleetSession::FleetSession(Azure::AzureTransport *transport, CredentialBook *credentials, QObject *parent)
    : QObject(parent), m_endpoints(credentials), m_monitor(transport, &m_model)
{
    connect(&m_endpoints, &FleetEndpoints::endpointReady, &m_monitor, &FleetMonitor::setEndpoint);
    connect(&m_endpoints, &FleetEndpoints::endpointMissing, &m_monitor, &FleetMonitor::markEndpointMissing);
}

void FleetSession::open(const Workspace &workspace, const QString &source)
{
    m_monitor.stop();
    m_workspace = workspace;
    m_source = source;
    m_monitor.setWorkspace(workspace);
    m_monitor.setThresholds(workspace.thresholds);
    m_monitor.start();
    // Endpoints come in as their keys are read; each stamp starts polling when its hub's arrives.
    m_endpoints.setWorkspace(workspace);
    m_endpoints.resolve();
    Q_EMIT opened(m_workspace, m_source);
}

} // namespace StampDeck
