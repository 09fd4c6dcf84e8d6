#include "dps/Allocation.h"

#include "dps/AzureRegions.h"

#include <limits>

namespace StampDeck::Emulator {

quint64 Allocation::stableHash(QStringView registrationId)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : registrationId) {
        const char16_t unit = c.toLower().unicode();
        hash ^= quint64(unit & 0xff);
        hash *= 1099511628211ULL;
        hash ^= quint64(unit >> 8);
        hash *= 1099511628211ULL;
    }
    // splitmix64 finaliser: FNV's low bits alone follow the last character too closely.
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 31;
    return hash;
}

int Allocation::hashed(QStringView registrationId, int candidateCount)
{
    if (candidateCount <= 1)
        return 0;
    return int(stableHash(registrationId) % quint64(candidateCount));
}

int Allocation::geoLatency(QStringView registrationId, const QList<QString> &candidateRegions,
                           QStringView dpsRegion)
{
    double best = std::numeric_limits<double>::infinity();
    QList<int> closest;
    for (int i = 0; i < candidateRegions.size(); ++i) {
        const std::optional<double> distance = AzureRegions::distanceKm(dpsRegion, candidateRegions.at(i));
        const double d = distance.value_or(std::numeric_limits<double>::infinity());
        if (d < best) {
            best = d;
            closest = {i};
        } else if (d == best) {
            closest.append(i);
        }
    }
    if (closest.isEmpty())
        return 0;
    return closest.at(hashed(registrationId, int(closest.size())));
}

} // namespace StampDeck::Emulator
