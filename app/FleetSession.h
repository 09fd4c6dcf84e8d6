#pragma once

#include "DeviceLocator.h"
#include "DeviceLookupCache.h"
#include "FleetConsistencyCheck.h"
#include "FleetEndpoints.h"
#include "FleetMonitor.h"
#include "FleetStatusModel.h"
#include "Workspace.h"

#include <QObject>
#include <QSet>

namespace StampDeck {

namespace Azure {
class AzureTransport;
}
class CredentialBook;

// The fleet the console is watching: the open workspace, the endpoints its stamps resolve to
// (keys from the CredentialBook), the monitor that polls them and the status model the pages
// read, the device locator (with its cache) and the consistency check. Opening another workspace
// replaces the fleet; nothing else changes.
class FleetSession : public QObject
{
    Q_OBJECT

public:
    // dataDirectory holds the lookup cache and the consistency check's checkpoints (no secrets).
    FleetSession(Azure::AzureTransport *transport, CredentialBook *credentials, const QString &dataDirectory,
                 QObject *parent = nullptr);

    FleetStatusModel *statusModel() { return &m_model; }
    FleetMonitor *monitor() { return &m_monitor; }
    FleetEndpoints *endpoints() { return &m_endpoints; }
    DeviceLocator *locator() { return &m_locator; }
    DeviceLookupCache *lookupCache() { return &m_lookupCache; }
    FleetConsistencyCheck *consistencyCheck() { return &m_consistency; }
    Azure::AzureTransport *transport() const { return m_transport; }

    const Workspace &workspace() const { return m_workspace; }
    // Where the workspace came from: its file, or "the demo fleet".
    QString source() const { return m_source; }
    bool isOpen() const { return !m_workspace.stamps.isEmpty() || !m_source.isEmpty(); }

    // Starts watching the workspace's stamps.
    void open(const Workspace &workspace, const QString &source);
    // Every hub and DPS of the open workspace has its endpoint or a reason why not (keys read).
    bool endpointsSettled() const { return isOpen() && m_unsettled.isEmpty(); }

Q_SIGNALS:
    void opened(const StampDeck::Workspace &workspace, const QString &source);
    // Once per open(), when endpointsSettled() becomes true: a lookup asked now reaches every
    // stamp that can be reached.
    void endpointsSettledChanged();

private:
    void settle(const QString &hostName);

    Azure::AzureTransport *m_transport;
    QString m_dataDirectory;
    FleetStatusModel m_model;
    FleetEndpoints m_endpoints;
    FleetMonitor m_monitor;
    DeviceLookupCache m_lookupCache;
    DeviceLocator m_locator;
    FleetConsistencyCheck m_consistency;
    Workspace m_workspace;
    QString m_source;
    QSet<QString> m_unsettled; // lower-case hosts without an endpoint or a reason yet
};

} // namespace StampDeck
