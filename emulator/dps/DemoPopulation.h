#pragma once

#include <QHash>
#include <QString>

namespace StampDeck::Emulator {

class DpsStore;
class HubRegistry;
struct FleetLayout;

// Seeds the demo fleet: per DPS instance of the layout, one symmetric-key enrollment group per
// EnrollmentGroupSpec, then every device of every group registered through the same path a real
// device takes (DpsStore allocation and re-provisioning, ProvisioningTarget::assignDevice on the
// hub), only without HTTP and SAS. Device IDs read "<tenant>-<8 hex>", unique per tenant across
// its groups and reproducible from the seed. About 60% of the devices are marked Connected on
// their hub; each device's twin carries the tags tenant and site and, for most, a reported
// firmwareVersion, taken from a handful of shared twin objects (implicitly shared, so a million
// devices do not hold a million copies).
class DemoPopulation
{
public:
    struct Options
    {
        quint64 seed = 1;
        int connectedPercent = 60;
    };
    struct Result
    {
        qint64 devices = 0;
        qint64 connected = 0;
        qint64 elapsedMs = 0;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // stores: by DpsSpec::name; hubs: by HubSpec::name. Every hub must already have its host name
    // (the endpoints listen), because the groups name their hubs by host name as Azure's do.
    static Result seed(const FleetLayout &layout, const QHash<QString, DpsStore *> &stores,
                       const QHash<QString, HubRegistry *> &hubs, const Options &options);
    static Result seed(const FleetLayout &layout, const QHash<QString, DpsStore *> &stores,
                       const QHash<QString, HubRegistry *> &hubs)
    {
        return seed(layout, stores, hubs, Options());
    }

    // The index-th device ID of a tenant: "<tenant>-<8 hex>", a bijection of index for one seed.
    static QString deviceId(const QString &tenant, quint32 index, quint64 seed);
};

} // namespace StampDeck::Emulator
