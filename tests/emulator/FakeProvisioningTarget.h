#pragma once

#include "hub/ProvisioningTarget.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace StampDeck::Emulator {

// A hub stand-in for DPS tests that need to see what DPS asked of a hub, without a HubRegistry:
// it records identities (keys and twin) and every call.
class FakeProvisioningTarget : public ProvisioningTarget
{
public:
    struct Device
    {
        QByteArray primaryKey;
        QByteArray secondaryKey;
        QJsonObject twin;
    };

    explicit FakeProvisioningTarget(const QString &hostName)
        : m_hostName(hostName)
    {
    }

    QString hostName() const override { return m_hostName; }

    void assignDevice(const QString &deviceId, const QByteArray &primaryKey, const QByteArray &secondaryKey,
                      const QJsonObject &twin, bool replaceTwin) override
    {
        ++assignCalls;
        auto it = devices.find(deviceId);
        if (it == devices.end()) {
            devices.insert(deviceId, Device{primaryKey, secondaryKey, twin});
            return;
        }
        it->primaryKey = primaryKey;
        it->secondaryKey = secondaryKey;
        if (replaceTwin)
            it->twin = twin;
    }

    std::optional<QJsonObject> releaseDevice(const QString &deviceId) override
    {
        ++releaseCalls;
        if (!devices.contains(deviceId))
            return std::nullopt;
        return devices.take(deviceId).twin;
    }

    QHash<QString, Device> devices;
    int assignCalls = 0;
    int releaseCalls = 0;

private:
    QString m_hostName;
};

} // namespace StampDeck::Emulator
