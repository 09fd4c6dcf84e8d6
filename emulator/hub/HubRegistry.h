#pragma once

#include "HubDeviceTable.h"
#include "HubIdentityInput.h"
#include "HubQueryRow.h"
#include "HubTwinInput.h"
#include "ProvisioningTarget.h"

#include <AzureError.h>
#include <DeviceIdentity.h>
#include <RegistryStatistics.h>
#include <ServiceStatistics.h>
#include <Twin.h>

#include <QDataStream>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace StampDeck::Emulator {

// The identity registry and the twins of ONE IoT hub, in memory. Everything runs on the emulator's
// one thread; nothing here locks.
//
// Devices live in a vector of compact records (HubDeviceRecord) indexed by a hash of device ids.
// A deleted device frees its slot and a later create may reuse it, so a device's slot never moves
// while it exists: paging a query by slot number stays valid while devices come and go (a device
// present for the whole paging is returned exactly once). Statistics are kept as counters, never
// counted on demand.
//
// Errors are the hub's own (Azure::AzureError::hub: 404001 DeviceNotFound, 409001
// DeviceAlreadyExists, 412001 PreconditionFailed, 400004 ArgumentInvalid, 403002
// IotHubQuotaExceeded); HubService turns them into HTTP answers.
class HubRegistry : public ProvisioningTarget
{
public:
    using Clock = std::function<qint64()>; // wall-clock milliseconds since the epoch
    // Visits one device: return false to stop.
    using Visitor = HubDeviceTable::Visitor;

    // The documented limit of devices per hub (soft; iot-hub-devguide-quotas-throttling).
    static constexpr qint64 DefaultDeviceLimit = 1000000;

    explicit HubRegistry(const QString &hostName = {}, Clock clock = {});
    ~HubRegistry() override;

    QString hostName() const override { return m_hostName; }
    void setHostName(const QString &hostName) { m_hostName = hostName; }
    // Creates past the limit fail with 403002; assignDevice (DPS) is not limited.
    void setDeviceLimit(qint64 limit) { m_deviceLimit = limit; }

    // --- identities ---
    qint64 deviceCount() const { return m_table.liveCount(); }
    bool contains(const QString &deviceId) const { return m_table.contains(deviceId); }
    std::optional<Azure::DeviceIdentity> device(const QString &deviceId) const;
    // The same identity as JSON bytes, written directly (the fast path of GET /devices/{id});
    // empty when the device does not exist. *etag receives the device etag.
    QByteArray deviceJson(const QString &deviceId, QString *etag = nullptr) const;
    // PUT /devices/{id} without If-Match. A sas identity without keys gets generated ones.
    // initialTwin: tags and properties.desired to start with (bulk create), may be null.
    Azure::AzureError createDevice(const Azure::DeviceIdentity &identity, Azure::DeviceIdentity *created = nullptr,
                                   const Azure::Twin *initialTwin = nullptr);
    // PUT /devices/{id} with If-Match (an etag, or * for any). Empty SAS keys keep the current ones.
    Azure::AzureError replaceDevice(const Azure::DeviceIdentity &identity, const QString &ifMatch,
                                    Azure::DeviceIdentity *replaced = nullptr);
    // DELETE /devices/{id} with If-Match.
    Azure::AzureError deleteDevice(const QString &deviceId, const QString &ifMatch);

    // --- twins ---
    std::optional<QJsonObject> twin(const QString &deviceId) const;
    // PATCH /twins/{id}: merges tags and properties.desired (null removes). ifMatch empty or * = any.
    Azure::AzureError patchTwin(const QString &deviceId, const Azure::Twin &patch, const QString &ifMatch,
                                QJsonObject *result = nullptr);
    // PUT /twins/{id}: replaces tags and properties.desired.
    Azure::AzureError replaceTwin(const QString &deviceId, const Azure::Twin &twin, const QString &ifMatch,
                                  QJsonObject *result = nullptr);
    // The twin's etag, for If-Match checks by callers that need it first; empty when unknown.
    QString twinEtag(const QString &deviceId) const;
    QString deviceEtag(const QString &deviceId) const;

    // --- simulated devices ---
    // Marks a device connected (lastActivityTime = now) or disconnected. A disabled device cannot
    // connect. Returns false when nothing changed because the device is missing or disabled.
    bool setConnected(const QString &deviceId, bool connected);
    bool isConnected(const QString &deviceId) const;
    // Merges a reported-properties patch as the device would (null removes).
    bool setReportedProperties(const QString &deviceId, const QJsonObject &patch);

    // --- statistics ---
    Azure::RegistryStatistics registryStatistics() const;
    Azure::ServiceStatistics serviceStatistics() const;

    // --- iteration (queries) ---
    // Visits live devices in slot order starting at fromSlot; returns the slot after the last one
    // visited (slotEnd() when the end was reached).
    int forEach(int fromSlot, const Visitor &visitor) const { return m_table.forEach(fromSlot, visitor); }
    int slotEnd() const { return m_table.slotEnd(); }

    // --- provisioning (DPS) and seeding ---
    void reserve(qsizetype deviceCount);
    void assignDevice(const QString &deviceId, const QByteArray &primaryKey, const QByteArray &secondaryKey,
                      const QJsonObject &twin, bool replaceTwin) override;
    std::optional<QJsonObject> releaseDevice(const QString &deviceId) override;

    // --- persistence (the fleet's state file holds one block per hub) ---
    // A versioned binary block (HubDeviceTable::save). The host name is not in it: the fleet
    // assigns it. load() replaces the whole content; on a damaged or unknown block it returns
    // false (and *error) and leaves the registry empty.
    void save(QDataStream &out) const { m_table.save(out); }
    bool load(QDataStream &in, QString *error = nullptr) { return m_table.load(in, error); }

    // Matches an If-Match value against an etag: * or "*" match anything; quotes and a W/ prefix
    // are ignored.
    static bool etagMatches(const QString &ifMatch, const QString &etag);

private:
    qint64 now() const;
    void writeIdentity(int slot, const HubIdentityInput &input);
    bool writeTwin(HubDeviceRecord &record, const HubTwinInput &input, bool merge, QString *error);
    Azure::AzureError checkTwinEtag(const HubDeviceRecord &record, const QString &ifMatch) const;
    const HubDeviceRecord *find(const QString &deviceId) const;
    HubDeviceRecord *find(const QString &deviceId);

    QString m_hostName;
    Clock m_clock;
    qint64 m_deviceLimit = DefaultDeviceLimit;
    HubDeviceTable m_table;
};

} // namespace StampDeck::Emulator
