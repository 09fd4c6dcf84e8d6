#pragma once

#include "HubDeviceExtras.h"
#include "HubDeviceRecord.h"

#include <AzureDateTime.h>
#include <DeviceIdentity.h>

#include <QJsonObject>

namespace StampDeck::Emulator {

// Turns a stored device back into its wire shapes: the device identity (GET /devices/{id}) and the
// twin (GET /twins/{id}, query rows), with the derived fields (etags, generationId, $metadata,
// $version) filled in.
class HubDeviceJson
{
public:
    static Azure::DeviceIdentity identity(const HubDeviceRecord &record, const HubDeviceExtras *extras);
    static QJsonObject twin(const HubDeviceRecord &record, const HubDeviceExtras *extras);
    // properties.desired / properties.reported with "$metadata" {"$lastUpdated"} and "$version".
    static QJsonObject desired(const HubDeviceRecord &record);
    static QJsonObject reported(const HubDeviceRecord &record);
    // {"tags": {...}, "properties": {"desired": {...}, "reported": {...}}} without service keys: what
    // ProvisioningTarget::releaseDevice hands to DPS for migration.
    static QJsonObject twinState(const HubDeviceRecord &record);

    // Milliseconds since the epoch as Azure writes times; 0 is "never" (0001-01-01T00:00:00Z).
    static Azure::AzureDateTime time(qint64 ms);
};

} // namespace StampDeck::Emulator
