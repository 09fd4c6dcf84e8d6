#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck::Emulator {

// The shape of the fleet an emulator run serves: which hubs (one per stamp) and DPS instances
// exist and how they link. Host names are filled in once the endpoints listen
// ("localhost:<port>"). Keys are generated per run and never written to the workspace.
struct HubSpec
{
    QString name;          // "hub-weu-prod-1": also the instance name in the endpoints file
    QString stampId;       // "weu-prod-1"
    QString displayName;   // "West Europe production 1"
    QString region;        // "westeurope"
    QString ring;          // "test" | "canary" | "production"
    QString tenancy;       // "shared" | "dedicated"
    QStringList tenants;   // tenant names served by this stamp
    QString tier = QStringLiteral("S1");
    int units = 1;
    qint64 plannedCapacity = 0; // devices
    QString hostName;      // set when listening

    friend bool operator==(const HubSpec &, const HubSpec &) = default;
};

struct EnrollmentGroupSpec
{
    QString groupId;       // "tenant-contoso-prod"
    QString tenant;
    QString allocationPolicy = QStringLiteral("hashed"); // "hashed" | "static" | "geoLatency"
    QStringList hubNames;  // HubSpec::name of the hubs the group may land on
    qint64 deviceCount = 0; // demo devices registered through this group

    friend bool operator==(const EnrollmentGroupSpec &, const EnrollmentGroupSpec &) = default;
};

struct DpsSpec
{
    QString name;          // "dps-weu"
    QString idScope;       // "0ne000A1B2C"
    QString region;
    QStringList linkedHubNames; // HubSpec::name
    QList<EnrollmentGroupSpec> groups;
    QString hostName;      // set when listening

    friend bool operator==(const DpsSpec &, const DpsSpec &) = default;
};

struct FleetLayout
{
    QList<HubSpec> hubs;
    QList<DpsSpec> dps;

    // Bounds the command line enforces; the layout itself works beyond them.
    static constexpr int MinDemoStamps = 4;
    static constexpr int MaxStamps = 50; // DPS links at most 50 hubs
    static constexpr qint64 HubDeviceLimit = 1'000'000; // the hub's soft limit

    // The demo fleet: stampCount stamps (at least 4) in two regions, test and production rings,
    // two DPS instances, enrollment groups per tenant sharing deviceCount devices between them.
    static FleetLayout demo(int stampCount, qint64 deviceCount);
    // An empty fleet for tests: hubCount hubs linked to one DPS, no groups.
    static FleetLayout plain(int hubCount);

    const HubSpec *hub(const QString &name) const;
    HubSpec *hub(const QString &name);
    const DpsSpec *dpsInstance(const QString &name) const;
    DpsSpec *dpsInstance(const QString &name);
    // Every instance name (hubs, then DPS), as used by --fault-target and the admin endpoint.
    QStringList instanceNames() const;
    qint64 totalDeviceCount() const;

    // Devices each hub is expected to receive from the groups, assuming even spreading over a
    // group's hubs (geoLatency: over its hubs in the DPS's own region, when there are any).
    QHash<QString, qint64> expectedDevicesPerHub() const;

    // Empty when the layout is consistent, else the first broken invariant (unique names, links
    // and groups naming existing hubs, one DPS at least, well-formed ID scopes).
    QString validate() const;

    // The layout as the state file keeps it, so a restart recreates the same instances.
    QJsonObject toJson() const;
    static std::optional<FleetLayout> fromJson(const QJsonObject &object, QString *error);

    // "0ne" followed by 8 upper-case hex digits, derived from the instance name so a layout is
    // reproducible.
    static QString idScopeFor(const QString &dpsName);

    friend bool operator==(const FleetLayout &, const FleetLayout &) = default;
};

} // namespace StampDeck::Emulator
