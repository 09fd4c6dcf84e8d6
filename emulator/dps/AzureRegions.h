#pragma once

#include <QStringView>

#include <optional>

namespace StampDeck::Emulator {

// Where the Azure regions are, roughly, so geoLatency allocation can stand in network latency by
// great-circle distance (real DPS measures latency; on loopback there is none to measure).
class AzureRegions
{
public:
    // Kilometres between two regions (names compared case-insensitively, blanks ignored:
    // "West Europe" == "westeurope"); 0 for the same region; nullopt when either is unknown.
    static std::optional<double> distanceKm(QStringView regionA, QStringView regionB);
    static bool isKnown(QStringView region);
    // "West Europe" -> "westeurope".
    static QString canonicalName(QStringView region);
};

} // namespace StampDeck::Emulator
