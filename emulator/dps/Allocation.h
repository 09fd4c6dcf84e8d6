#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace StampDeck::Emulator {

// The allocation policies DPS applies when a device registers, as pure functions over the
// candidate hubs (the enrollment's iotHubs, or every linked hub when that list is empty).
// Results are indices into the candidate list. Deterministic: the same registration ID lands on
// the same hub on every run, so a demo fleet and a restored state agree.
class Allocation
{
public:
    // FNV-1a over the lower-cased registration ID (IDs are case-insensitive), finished with a
    // 64-bit mixer so that IDs differing in their last characters still spread.
    static quint64 stableHash(QStringView registrationId);

    // "Evenly weighted distribution": every candidate equally likely. candidateCount > 0.
    static int hashed(QStringView registrationId, int candidateCount);

    // "Lowest latency": the candidate whose region is closest to the DPS instance's region (a hub
    // in the same region always wins); ties, and candidates in unknown regions when no region is
    // known, are broken by the hash. candidateRegions is not empty.
    static int geoLatency(QStringView registrationId, const QList<QString> &candidateRegions,
                          QStringView dpsRegion);
};

} // namespace StampDeck::Emulator
