#pragma once

#include <QByteArray>
#include <QStringView>

#include <memory>

namespace StampDeck::Emulator {

// Derives the device keys of a symmetric-key enrollment group:
// base64(HMAC-SHA256(key = base64decode(groupKey), message = UTF-8(registrationId))), the same
// result as Azure::SharedAccessSignature::deriveDeviceKey. It keeps the keyed HMAC state of one
// group key and clones it per device, because seeding a million devices derives two million keys
// and setting up the HMAC key each time would cost most of the seeding budget.
class DeviceKeyDeriver
{
public:
    DeviceKeyDeriver() = default;
    // groupKeyBase64: the group's primary or secondary key as the enrollment holds it.
    explicit DeviceKeyDeriver(const QString &groupKeyBase64);

    bool isValid() const { return m_state != nullptr; }
    // The base64 device key; empty when the deriver is not valid.
    QByteArray derive(QStringView registrationId) const;

private:
    struct State;
    std::shared_ptr<State> m_state; // shared: copies derive with the same keyed state
};

} // namespace StampDeck::Emulator
