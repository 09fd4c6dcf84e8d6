#pragma once

#include <Twin.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// The parts of a twin a service may write (tags and properties.desired), taken from a request body
// (PATCH or PUT /twins/{id}, a bulk item's initial twin) and checked with HubTwinCollection's rules.
// Reported properties belong to the device: a patch that carries any is refused, and a full twin
// (PUT) may echo them back only unchanged. Read-only twin fields (etag, version, status, ...) are
// ignored, as the service ignores them.
struct HubTwinInput
{
    std::optional<QJsonObject> tags;    // set when the request carries tags
    std::optional<QJsonObject> desired; // set when it carries properties.desired

    // patch: nulls remove keys (PATCH); otherwise a replacement (PUT, initial twins), where null is
    // not allowed. currentReported: the stored reported properties, for the PUT echo check.
    static std::optional<HubTwinInput> from(const Azure::Twin &twin, bool patch, const QJsonObject &currentReported,
                                            QString *error);
};

} // namespace StampDeck::Emulator
