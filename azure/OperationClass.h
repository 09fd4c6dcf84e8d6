#pragma once

#include <QHashFunctions>
#include <QLatin1StringView>

namespace StampDeck::Azure {

// The throttle classes the services meter separately (AZURE_WIRE_SOURCES.md §5.2, §5.3). Every
// request names its class; the transport paces each (endpoint, class) with its own token bucket.
enum class OperationClass {
    HubRegistry,      // identity create/get/update/delete/list and bulk: every device counts
    HubQuery,         // POST /devices/query
    HubTwinRead,      // GET /twins/{id}
    HubTwinUpdate,    // PATCH/PUT /twins/{id}
    HubDirectMethod,  // POST /twins/{id}/methods
    HubStatistics,    // GET /statistics/*: not in the quota tables; paced gently anyway
    DpsService,       // enrollments, groups, registration states, their queries and bulk calls
    DpsRegistration,  // device register (PUT .../register)
    DpsStatusLookup,  // device operation polls and registration status lookups, per instance
    DpsDevicePoll,    // the same, per device: 5 per 10 seconds per device
};

QLatin1StringView operationClassName(OperationClass operationClass);

} // namespace StampDeck::Azure
