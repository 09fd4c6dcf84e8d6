#include "HubTwinInput.h"

#include "HubTwinCollection.h"

namespace StampDeck::Emulator {

std::optional<HubTwinInput> HubTwinInput::from(const Azure::Twin &twin, bool patch, const QJsonObject &currentReported,
                                               QString *error)
{
    HubTwinInput input;
    if (twin.tags) {
        const QJsonObject tags = HubTwinCollection::withoutServiceKeys(*twin.tags);
        if (!HubTwinCollection::validate(tags, QLatin1StringView("tags"), patch, error))
            return std::nullopt;
        input.tags = tags;
    }
    if (twin.properties && twin.properties->desired) {
        const QJsonObject desired = HubTwinCollection::withoutServiceKeys(*twin.properties->desired);
        if (!HubTwinCollection::validate(desired, QLatin1StringView("properties.desired"), patch, error))
            return std::nullopt;
        input.desired = desired;
    }
    if (twin.properties && twin.properties->reported) {
        const QJsonObject reported = HubTwinCollection::withoutServiceKeys(*twin.properties->reported);
        if (!reported.isEmpty() && (patch || reported != currentReported)) {
            if (error)
                *error = QStringLiteral("properties.reported can only be written by the device; a service may "
                                        "change tags and properties.desired");
            return std::nullopt;
        }
    }
    return input;
}

} // namespace StampDeck::Emulator
