#include "DeviceLocator.h"

#include "DeviceLookup.h"

#include "AzureTransport.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"

namespace StampDeck {

DeviceLocator::DeviceLocator(Azure::AzureTransport *transport, DeviceLookupCache *cache, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cache(cache)
{
}

DeviceLocator::~DeviceLocator() = default;

void DeviceLocator::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    // Asked for on every lookup: worked out once per workspace.
    m_dpsHosts.clear();
    for (const Stamp &stamp : m_workspace.stamps) {
        for (const Stamp::LinkedDps &dps : stamp.dps) {
            // Several stamps may share a DPS instance: ask it once.
            if (!m_dpsHosts.contains(dps.hostName, Qt::CaseInsensitive))
                m_dpsHosts.append(dps.hostName);
        }
    }
}

DeviceLookup *DeviceLocator::lookup(const QString &id, QObject *parent)
{
    auto *lookup = new DeviceLookup(this, id, parent);
    lookup->start();
    return lookup;
}

void DeviceLocator::openConnections()
{
    for (const Azure::HubRegistryClient *client : std::as_const(m_hubs))
        m_transport->openConnection(client->endpoint());
    for (const Azure::DpsServiceClient *client : std::as_const(m_dps)) {
        // A host kept as both kinds (see setEndpoint) needs one connection.
        if (!m_hubs.contains(client->endpoint().hostName.toLower()))
            m_transport->openConnection(client->endpoint());
    }
}

QStringList DeviceLocator::hubHosts() const
{
    QStringList hosts;
    for (const Stamp &stamp : m_workspace.stamps)
        hosts.append(stamp.hub.hostName);
    return hosts;
}

QStringList DeviceLocator::dpsHosts() const
{
    return m_dpsHosts;
}

Azure::HubRegistryClient *DeviceLocator::hubClient(const QString &hostName) const
{
    return m_hubs.value(hostName.toLower());
}

Azure::DpsServiceClient *DeviceLocator::dpsClient(const QString &hostName) const
{
    return m_dps.value(hostName.toLower());
}

QString DeviceLocator::missingReason(const QString &hostName) const
{
    const QString reason = m_missing.value(hostName.toLower());
    return reason.isEmpty() ? tr("no key or endpoint for it yet") : reason;
}

const Stamp *DeviceLocator::stampOf(const QString &hostName) const
{
    if (const Stamp *stamp = m_workspace.stampForHub(hostName))
        return stamp;
    // A DPS instance names a stamp only when no other stamp links it too.
    const Stamp *only = nullptr;
    for (const Stamp &stamp : m_workspace.stamps) {
        for (const Stamp::LinkedDps &dps : stamp.dps) {
            if (dps.hostName.compare(hostName, Qt::CaseInsensitive) != 0)
                continue;
            if (only && only != &stamp)
                return nullptr;
            only = &stamp;
        }
    }
    return only;
}

QString DeviceLocator::describeHost(const QString &hostName) const
{
    if (const Stamp *stamp = m_workspace.stampForHub(hostName))
        return tr("stamp %1 (%2)").arg(stamp->name.isEmpty() ? stamp->id : stamp->name, hostName);
    for (const Stamp &stamp : m_workspace.stamps) {
        for (const Stamp::LinkedDps &dps : stamp.dps) {
            if (dps.hostName.compare(hostName, Qt::CaseInsensitive) == 0)
                return dps.name.isEmpty() ? tr("DPS %1").arg(hostName) : tr("DPS %1 (%2)").arg(dps.name, hostName);
        }
    }
    return hostName;
}

void DeviceLocator::setEndpoint(const Azure::AzureEndpoint &endpoint)
{
    const QString key = endpoint.hostName.toLower();
    m_missing.remove(key);
    // The workspace says which kind a host is; a host it does not name is kept as both, since a
    // workspace set later may name it (clients are cheap: no connection until a request).
    const bool isHub = m_workspace.stampForHub(endpoint.hostName) != nullptr;
    const bool isDps = dpsHosts().contains(endpoint.hostName, Qt::CaseInsensitive);
    if (isHub || !isDps) {
        delete m_hubs.take(key);
        m_hubs.insert(key, new Azure::HubRegistryClient(m_transport, endpoint, this));
    }
    if (isDps || !isHub) {
        delete m_dps.take(key);
        m_dps.insert(key, new Azure::DpsServiceClient(m_transport, endpoint, this));
    }
}

void DeviceLocator::markEndpointMissing(const QString &hostName, const QString &reason)
{
    const QString key = hostName.toLower();
    delete m_hubs.take(key);
    delete m_dps.take(key);
    m_missing.insert(key, reason);
}

} // namespace StampDeck
