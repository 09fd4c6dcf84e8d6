#pragma once

// What the Emulator builds per hub and per DPS instance (private to emulator/fleet; split from
// Emulator.h so that header stays free of every service's includes).

#include "dps/DpsService.h"
#include "dps/DpsStore.h"
#include "fleet/ChangeTrackingHandler.h"
#include "hub/HubRegistry.h"
#include "hub/HubService.h"
#include "server/AccessPolicies.h"
#include "server/FaultInjector.h"
#include "server/HttpsEndpoint.h"
#include "server/QuotaGate.h"

#include <memory>

namespace StampDeck::Emulator {

// Members are declared in construction order, so they are destroyed endpoint first: no request
// can reach a service whose registry is already gone.
struct HubInstance
{
    QString name;
    std::unique_ptr<HubRegistry> registry;
    AccessPolicies policies;
    std::unique_ptr<QuotaGate> quotas;
    std::unique_ptr<HubService> service;
    std::unique_ptr<ChangeTrackingHandler> tracker;
    std::unique_ptr<FaultInjector> faults;
    std::unique_ptr<HttpsEndpoint> endpoint;
};

struct DpsInstance
{
    QString name;
    std::unique_ptr<DpsStore> store;
    AccessPolicies policies;
    std::unique_ptr<QuotaGate> quotas;
    std::unique_ptr<DpsService> service;
    std::unique_ptr<ChangeTrackingHandler> tracker;
    std::unique_ptr<FaultInjector> faults;
    std::unique_ptr<HttpsEndpoint> endpoint;
};

} // namespace StampDeck::Emulator
