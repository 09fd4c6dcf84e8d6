#pragma once

#include "EnrollmentGroupDirectory.h"
#include "Workspace.h"

#include "AzureEndpoint.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace StampDeck {

namespace Azure {
class AzureTransport;
class DpsServiceClient;
class HubRegistryClient;
}
class DeviceLookup;
class DeviceLookupCache;

// Finds the stamp a device lives on now, by device ID or registration ID, the way the stamp
// guidance's gateway does: the cached hub first (confirmed by a GET of the identity), else every
// DPS instance (registration state and assigned hub) and every hub (the identity under that ID)
// in parallel, then the assigned hub; the cache learns what was found. Each lookup() is a
// DeviceLookup that finishes once with a DeviceLookupAnswer.
//
// Wiring: FleetEndpoints::endpointReady -> setEndpoint, endpointMissing -> markEndpointMissing.
class DeviceLocator : public QObject
{
    Q_OBJECT

public:
    // cache may be null (no cache: every lookup is cold). Neither is owned.
    DeviceLocator(Azure::AzureTransport *transport, DeviceLookupCache *cache, QObject *parent = nullptr);
    ~DeviceLocator() override;

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }
    DeviceLookupCache *cache() const { return m_cache; }

    // How long one round of questions (cache check, the fleet-wide search, the details) may take
    // before the hosts that did not answer are named and the lookup goes on without them.
    void setStepTimeout(qint64 ms) { m_stepTimeoutMs = ms; }
    qint64 stepTimeout() const { return m_stepTimeoutMs; }

    // The enrollment groups of each DPS instance, to name the group that placed a device.
    EnrollmentGroupDirectory *groupDirectory() { return &m_groupDirectory; }

    // Starts a lookup; the caller owns the result (parent, or delete it; deleting cancels).
    DeviceLookup *lookup(const QString &id, QObject *parent = nullptr);
    // Opens a connection to every hub and DPS instance that has an endpoint, so the first lookups
    // do not wait for TCP and TLS handshakes (call once the endpoints are set).
    void openConnections();

    // --- for DeviceLookup ---
    // Hub and DPS hosts of the workspace in its order.
    QStringList hubHosts() const;
    QStringList dpsHosts() const;
    // Null while the host has no endpoint yet.
    Azure::HubRegistryClient *hubClient(const QString &hostName) const;
    Azure::DpsServiceClient *dpsClient(const QString &hostName) const;
    // Why a host has no endpoint ("no key stored"), or a generic reason.
    QString missingReason(const QString &hostName) const;
    // The stamp of a hub host, or of a DPS host that only one stamp links (else null).
    const Stamp *stampOf(const QString &hostName) const;
    // "stamp A (hub host)" or "DPS name (host)" for steps and problems.
    QString describeHost(const QString &hostName) const;

public Q_SLOTS:
    void setEndpoint(const StampDeck::Azure::AzureEndpoint &endpoint);
    void markEndpointMissing(const QString &hostName, const QString &reason);

private:
    Azure::AzureTransport *m_transport;
    DeviceLookupCache *m_cache;
    Workspace m_workspace;
    QStringList m_dpsHosts; // of m_workspace, in its order, each once
    QHash<QString, Azure::HubRegistryClient *> m_hubs; // lower-case host -> client
    QHash<QString, Azure::DpsServiceClient *> m_dps;   // lower-case host -> client
    QHash<QString, QString> m_missing;                 // lower-case host -> reason
    qint64 m_stepTimeoutMs = 15'000;
    EnrollmentGroupDirectory m_groupDirectory;
};

} // namespace StampDeck
