#pragma once

#include <QString>

namespace StampDeck::Emulator {

class ProvisioningTarget;

// One IoT hub linked to a DPS instance: where devices can land, and the Azure region it runs in
// (geoLatency allocation picks the hub closest to the DPS instance's region).
struct LinkedHub
{
    ProvisioningTarget *target = nullptr; // not owned; outlives the DpsStore
    QString region;                       // "westeurope"; empty when unknown
};

} // namespace StampDeck::Emulator
