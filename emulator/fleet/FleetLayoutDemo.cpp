// FleetLayout::demo() and FleetLayout::plain(): the fleets the emulator serves (split from
// FleetLayout.cpp to keep each file to one idea).
#include "fleet/FleetLayout.h"

#include <QtMath>

#include <algorithm>
#include <array>

namespace StampDeck::Emulator {

namespace {

struct Region
{
    QString name;
    QString code;
    QString displayName;
};

struct Tenant
{
    QString name;
    int region;          // index into regions()
    double weight;       // share of the demo devices
    QString prodPolicy;  // allocation of the tenant's production group
};

const std::array<Region, 2> &regions()
{
    static const std::array<Region, 2> list{{
        {QStringLiteral("westeurope"), QStringLiteral("weu"), QStringLiteral("West Europe")},
        {QStringLiteral("eastus"), QStringLiteral("eus"), QStringLiteral("East US")},
    }};
    return list;
}

// Five tenants; the first of each region is its largest and gets the dedicated stamps. Tailspin
// runs vehicles, so its production group uses geo-latency over the shared stamps of both regions.
const std::array<Tenant, 5> &tenants()
{
    static const std::array<Tenant, 5> list{{
        {QStringLiteral("contoso"), 0, 0.34, QStringLiteral("hashed")},
        {QStringLiteral("fabrikam"), 0, 0.18, QStringLiteral("hashed")},
        {QStringLiteral("tailspin"), 0, 0.12, QStringLiteral("geoLatency")},
        {QStringLiteral("northwind"), 1, 0.24, QStringLiteral("hashed")},
        {QStringLiteral("wingtip"), 1, 0.12, QStringLiteral("hashed")},
    }};
    return list;
}

// Load / planned capacity of the production stamps, in stamp order: the board then shows stamps
// near amber (>= 80%), one over capacity (the third), and the rest comfortable.
constexpr std::array<double, 16> productionUtilisation{0.84, 0.62, 1.08, 0.71, 0.81, 0.55, 0.66, 0.74,
                                                       0.58, 0.69, 0.86, 0.63, 0.52, 0.77, 0.60, 0.70};
constexpr double testUtilisation = 0.35;
constexpr double canaryUtilisation = 0.50;

// Telemetry assumed for sizing units: production and canary devices send every 5 minutes, test
// devices every 30; an S1 unit carries 400,000 messages a day, an S2 unit 6,000,000.
int unitsFor(const QString &tier, qint64 plannedCapacity, int messagesPerDevicePerDay)
{
    const double perUnit = tier == u"S1" ? 400'000.0 : 6'000'000.0;
    const double units = std::ceil(double(plannedCapacity) * messagesPerDevicePerDay / perUnit);
    return std::clamp(int(units), 1, 200);
}

// Planned capacities an operator would write: hundreds below 10,000, thousands above, never
// above the hub's soft limit.
qint64 roundCapacity(double capacity)
{
    if (capacity <= 1000)
        return 1000;
    const qint64 step = capacity < 10'000 ? 100 : 1000;
    const qint64 rounded = qint64(std::llround(capacity / double(step))) * step;
    return std::min(rounded, FleetLayout::HubDeviceLimit);
}

HubSpec makeHub(const Region &region, const QString &ring, int ordinal)
{
    static const QHash<QString, QString> ringCodes{{QStringLiteral("test"), QStringLiteral("test")},
                                                   {QStringLiteral("canary"), QStringLiteral("canary")},
                                                   {QStringLiteral("production"), QStringLiteral("prod")}};
    HubSpec spec;
    spec.stampId = QStringLiteral("%1-%2-%3").arg(region.code, ringCodes.value(ring)).arg(ordinal);
    spec.name = QStringLiteral("hub-") + spec.stampId;
    spec.displayName = QStringLiteral("%1 %2 %3").arg(region.displayName, ring).arg(ordinal);
    spec.region = region.name;
    spec.ring = ring;
    spec.tenancy = QStringLiteral("shared");
    return spec;
}

} // namespace

FleetLayout FleetLayout::demo(int stampCount, qint64 deviceCount)
{
    stampCount = std::max(stampCount, MinDemoStamps);
    deviceCount = std::max<qint64>(deviceCount, 0);

    // Rings: one test stamp (two from 6 stamps, one per region), canaries from 8 stamps, the
    // rest production, split between the regions with West Europe taking the odd one.
    const int testCount = stampCount >= 6 ? 2 : 1;
    const int canaryCount = stampCount >= 12 ? 2 : (stampCount >= 8 ? 1 : 0);
    const int productionCount = stampCount - testCount - canaryCount;
    const std::array<int, 2> productionPerRegion{(productionCount + 1) / 2, productionCount / 2};

    FleetLayout layout;
    std::array<QStringList, 2> testHubs, canaryHubs, sharedHubs, dedicatedHubs;
    for (int r = 0; r < 2; ++r) {
        const Region &region = regions()[r];
        if (r < testCount) {
            layout.hubs.append(makeHub(region, QStringLiteral("test"), 1));
            testHubs[r].append(layout.hubs.last().name);
        }
        if (r < canaryCount) {
            layout.hubs.append(makeHub(region, QStringLiteral("canary"), 1));
            canaryHubs[r].append(layout.hubs.last().name);
        }
        // The region's largest tenant gets the last production stamps to itself, as many as its
        // share of the region's devices (at least one, when the region has two stamps; never all).
        const int production = productionPerRegion[r];
        double regionWeight = 0, largestWeight = 0;
        for (const Tenant &tenant : tenants()) {
            if (tenant.region == r) {
                regionWeight += tenant.weight;
                largestWeight = std::max(largestWeight, tenant.weight);
            }
        }
        const int dedicated = production >= 2
            ? std::clamp(int(std::lround(production * largestWeight / regionWeight)), 1, production - 1)
            : 0;
        for (int i = 1; i <= production; ++i) {
            HubSpec spec = makeHub(region, QStringLiteral("production"), i);
            if (i > production - dedicated) {
                spec.tenancy = QStringLiteral("dedicated");
                dedicatedHubs[r].append(spec.name);
            } else {
                sharedHubs[r].append(spec.name);
            }
            layout.hubs.append(spec);
        }
    }

    for (int r = 0; r < 2; ++r) {
        DpsSpec instance;
        instance.name = QStringLiteral("dps-") + regions()[r].code;
        instance.idScope = idScopeFor(instance.name);
        instance.region = regions()[r].name;
        // Every DPS links every hub, so a population can move across regions.
        for (const HubSpec &spec : std::as_const(layout.hubs))
            instance.linkedHubNames.append(spec.name);
        layout.dps.append(instance);
    }

    // A region without its own test or canary stamp borrows the other region's.
    auto pick = [](const std::array<QStringList, 2> &perRegion, int r) {
        return !perRegion[r].isEmpty() ? perRegion[r].first()
                                       : (!perRegion[1 - r].isEmpty() ? perRegion[1 - r].first() : QString());
    };
    qint64 assigned = 0;
    for (std::size_t t = 0; t < tenants().size(); ++t) {
        const Tenant &tenant = tenants()[t];
        const int r = tenant.region;
        const qint64 total = t + 1 == tenants().size() ? deviceCount - assigned
                                                       : qint64(std::floor(tenant.weight * double(deviceCount)));
        assigned += total;
        const bool largest = t == 0 || tenants()[t - 1].region != r;
        const QString testHub = pick(testHubs, r);
        const QString canaryHub = pick(canaryHubs, r);
        const qint64 testDevices = total / 100;
        const qint64 canaryDevices = canaryHub.isEmpty() ? 0 : total * 3 / 100;

        EnrollmentGroupSpec production;
        production.groupId = QStringLiteral("tenant-%1-prod").arg(tenant.name);
        production.tenant = tenant.name;
        production.allocationPolicy = tenant.prodPolicy;
        production.deviceCount = total - testDevices - canaryDevices;
        if (largest && !dedicatedHubs[r].isEmpty())
            production.hubNames = dedicatedHubs[r];
        else if (tenant.prodPolicy == u"geoLatency")
            production.hubNames = sharedHubs[r] + sharedHubs[1 - r];
        else
            production.hubNames = sharedHubs[r];
        if (production.hubNames.isEmpty()) // a region whose only production stamp is dedicated
            production.hubNames = dedicatedHubs[r];

        EnrollmentGroupSpec test{QStringLiteral("tenant-%1-test").arg(tenant.name), tenant.name,
                                 QStringLiteral("static"), {testHub}, testDevices};
        DpsSpec &instance = layout.dps[r];
        instance.groups.append(production);
        instance.groups.append(test);
        if (!canaryHub.isEmpty()) {
            instance.groups.append({QStringLiteral("tenant-%1-canary").arg(tenant.name), tenant.name,
                                    QStringLiteral("static"), {canaryHub}, canaryDevices});
        }
    }

    // Tenants per stamp follow where the groups land; capacity and units follow the load.
    const QHash<QString, qint64> load = layout.expectedDevicesPerHub();
    for (const DpsSpec &instance : std::as_const(layout.dps)) {
        for (const EnrollmentGroupSpec &group : instance.groups) {
            for (const QString &name : group.hubNames) {
                HubSpec *spec = layout.hub(name);
                const bool lands = group.allocationPolicy != u"geoLatency" || spec->region == instance.region;
                if (lands && !spec->tenants.contains(group.tenant))
                    spec->tenants.append(group.tenant);
            }
        }
    }
    int productionIndex = 0;
    for (HubSpec &spec : layout.hubs) {
        double utilisation = testUtilisation;
        if (spec.ring == u"canary") {
            utilisation = canaryUtilisation;
        } else if (spec.ring == u"production") {
            const int i = productionIndex++;
            utilisation = productionUtilisation[std::size_t(i) % productionUtilisation.size()];
            if (i >= int(productionUtilisation.size()) && utilisation > 1.0)
                utilisation = 0.68; // exactly one stamp over capacity, however many there are
        }
        spec.plannedCapacity = roundCapacity(double(load.value(spec.name)) / utilisation);
        spec.tier = spec.ring == u"test" ? QStringLiteral("S1") : QStringLiteral("S2");
        spec.units = unitsFor(spec.tier, spec.plannedCapacity, spec.ring == u"test" ? 48 : 288);
    }
    return layout;
}

FleetLayout FleetLayout::plain(int hubCount)
{
    FleetLayout layout;
    DpsSpec instance;
    instance.name = QStringLiteral("dps-1");
    instance.idScope = idScopeFor(instance.name);
    instance.region = QStringLiteral("westeurope");
    for (int i = 1; i <= std::max(hubCount, 1); ++i) {
        HubSpec spec;
        spec.stampId = QStringLiteral("stamp-%1").arg(i);
        spec.name = QStringLiteral("hub-%1").arg(i);
        spec.displayName = QStringLiteral("Stamp %1").arg(i);
        spec.region = instance.region;
        spec.ring = QStringLiteral("production");
        spec.tenancy = QStringLiteral("shared");
        spec.plannedCapacity = 10'000;
        layout.hubs.append(spec);
        instance.linkedHubNames.append(spec.name);
    }
    layout.dps.append(instance);
    return layout;
}

} // namespace StampDeck::Emulator
