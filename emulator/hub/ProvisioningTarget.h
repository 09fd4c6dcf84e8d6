#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// What DPS needs from a linked hub when a device registers. The hub side (HubRegistry) implements
// it; DPS holds one per linked hub, so DPS never reaches into the hub's store.
class ProvisioningTarget
{
public:
    virtual ~ProvisioningTarget() = default;

    virtual QString hostName() const = 0;

    // Creates the device identity (sas, with the given base64 keys), or updates the keys of an
    // existing one and enables it. twin holds {"tags":{}, "properties":{"desired":{}, "reported":{}}}:
    // applied to a new identity; replaces the existing twin when replaceTwin is set (reset policy).
    virtual void assignDevice(const QString &deviceId, const QByteArray &primaryKey,
                              const QByteArray &secondaryKey, const QJsonObject &twin,
                              bool replaceTwin) = 0;

    // Removes the identity (re-provisioning moved it away) and returns its twin in the same shape,
    // for migration; std::nullopt when the hub does not hold it.
    virtual std::optional<QJsonObject> releaseDevice(const QString &deviceId) = 0;
};

} // namespace StampDeck::Emulator
