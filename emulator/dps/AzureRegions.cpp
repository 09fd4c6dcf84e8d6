#include "dps/AzureRegions.h"

#include <QString>

#include <cmath>
#include <numbers>

namespace StampDeck::Emulator {

namespace {

struct RegionLocation
{
    const char16_t *name;
    double latitude;
    double longitude;
};

// Datacentre locations as Azure publishes them (az account list-locations), rounded.
constexpr RegionLocation Regions[] = {
    {u"westeurope", 52.37, 4.90},          {u"northeurope", 53.35, -6.26},
    {u"uksouth", 50.94, -0.80},            {u"ukwest", 53.43, -3.08},
    {u"francecentral", 46.38, 2.37},       {u"germanywestcentral", 50.11, 8.68},
    {u"switzerlandnorth", 47.45, 8.56},    {u"norwayeast", 59.91, 10.75},
    {u"swedencentral", 60.67, 17.14},      {u"polandcentral", 52.23, 21.01},
    {u"italynorth", 45.47, 9.19},          {u"eastus", 37.37, -79.82},
    {u"eastus2", 36.67, -78.39},           {u"centralus", 41.59, -93.60},
    {u"northcentralus", 41.88, -87.63},    {u"southcentralus", 29.42, -98.49},
    {u"westcentralus", 40.89, -110.23},    {u"westus", 37.78, -122.42},
    {u"westus2", 47.23, -119.85},          {u"westus3", 33.45, -112.07},
    {u"canadacentral", 43.65, -79.38},     {u"canadaeast", 46.82, -71.22},
    {u"brazilsouth", -23.55, -46.63},      {u"southafricanorth", -25.73, 28.22},
    {u"uaenorth", 25.27, 55.30},           {u"centralindia", 18.58, 73.92},
    {u"southindia", 12.98, 80.16},         {u"southeastasia", 1.28, 103.83},
    {u"eastasia", 22.27, 114.19},          {u"japaneast", 35.68, 139.77},
    {u"japanwest", 34.69, 135.50},         {u"koreacentral", 37.57, 126.98},
    {u"australiaeast", -33.86, 151.21},    {u"australiasoutheast", -37.81, 144.96},
};

const RegionLocation *find(QStringView region)
{
    const QString name = AzureRegions::canonicalName(region);
    for (const RegionLocation &location : Regions) {
        if (name == QStringView(location.name))
            return &location;
    }
    return nullptr;
}

} // namespace

QString AzureRegions::canonicalName(QStringView region)
{
    QString name;
    name.reserve(region.size());
    for (const QChar c : region) {
        if (!c.isSpace())
            name.append(c.toLower());
    }
    return name;
}

bool AzureRegions::isKnown(QStringView region)
{
    return find(region) != nullptr;
}

std::optional<double> AzureRegions::distanceKm(QStringView regionA, QStringView regionB)
{
    if (!regionA.isEmpty() && canonicalName(regionA) == canonicalName(regionB))
        return 0.0;
    const RegionLocation *a = find(regionA);
    const RegionLocation *b = find(regionB);
    if (!a || !b)
        return std::nullopt;
    // Haversine on a spherical Earth: precise enough to rank regions.
    constexpr double EarthRadiusKm = 6371.0;
    constexpr double ToRadians = std::numbers::pi / 180.0;
    const double dLat = (b->latitude - a->latitude) * ToRadians;
    const double dLon = (b->longitude - a->longitude) * ToRadians;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a->latitude * ToRadians) * std::cos(b->latitude * ToRadians)
                           * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::sqrt(h));
}

} // namespace StampDeck::Emulator
