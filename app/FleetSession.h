#pragma once

#include "FleetEndpoints.h"
#include "FleetMonitor.h"
#include "FleetStatusModel.h"
#include "Workspace.h"

#include <QObject>

namespace StampDeck {

namespace Azure {
class AzureTransport;
}
class CredentialBook;

// The fleet the console is watching: the open workspace, the endpoints its stamps resolve to
// (keys from the CredentialBook), the monitor that polls them and the status model the pages
// read. Opening another workspace replaces the fleet; nothing else changes.
class FleetSession : public QObject
{
    Q_OBJECT

public:
    FleetSession(Azure::AzureTransport *transport, CredentialBook *credentials, QObject *parent = nullptr);

    FleetStatusModel *statusModel() { return &m_model; }
    FleetMonitor *monitor() { return &m_monitor; }
    FleetEndpoints *endpoints() { return &m_endpoints; }

    const Workspace &workspace() const { return m_workspace; }
    // Where the workspace came from: its file, or "the demo fleet".
    QString source() const { return m_source; }
    bool isOpen() const { return !m_workspace.stamps.isEmpty() || !m_source.isEmpty(); }

    // Starts watching the workspace's stamps.
    void open(const Workspace &workspace, const QString &source);

Q_SIGNALS:
    void opened(const StampDeck::Workspace &workspace, const QString &source);

private:
    FleetStatusModel m_model;
    FleetEndpoints m_endpoints;
    FleetMonitor m_monitor;
    Workspace m_workspace;
    QString m_source;
};

} // namespace StampDeck
