#pragma once

#include "HubTwinHandlers.h"
#include "server/AccessPolicies.h"
#include "server/HttpTypes.h"
#include "server/QuotaGate.h"

#include <AzureError.h>

#include <functional>
#include <optional>

namespace StampDeck::Emulator {

class HubRegistry;

// The REST API of one IoT hub (service side), as the Azure SDKs call it:
//   GET|PUT|DELETE /devices/{id}   identity get, create (no If-Match) or replace (If-Match), delete (If-Match)
//   GET /devices                   legacy list (?top=, at most 1000)
//   POST /devices                  bulk registry operation (HubBulkOperation)
//   POST /devices/query            twin query (HubQuery / HubQueryRunner), paged
//   GET /statistics/devices        totalDeviceCount, enabledDeviceCount, disabledDeviceCount
//   GET /statistics/service        connectedDeviceCount
//   GET|PATCH|PUT /twins/{id}      twin read, merge patch (If-Match optional), replace
//   POST /twins/{id}/methods       direct method
// Every request needs ?api-version= (2021-04-12 and the other versions azure/ApiVersions accepts)
// and a SAS token for the hub's host name whose policy holds the right the operation needs:
// RegistryRead (identity reads, statistics of devices), RegistryWrite (identity writes, bulk),
// ServiceConnect (twin writes, methods, service statistics); twin reads and queries take
// ServiceConnect or RegistryRead. Then the quota: HubRegistryOperations (each device of a bulk
// call counts), HubQueries, HubTwinReads, HubTwinUpdates, HubDirectMethods; past it, 429
// ThrottlingException with Retry-After in seconds. Errors carry the hub's body
// {"Message":"ErrorCode:<Name>;<text>","ExceptionMessage":"Tracking ID:...-G:0-TimeStamp:..."} and
// the iothub-errorcode header. A bad request changes nothing.
//
// Direct methods: the emulator has no real devices. A device marked Connected (HubRegistry::
// setConnected) is answered by the method handler; the default one is a simulated device that
// echoes: {"status": 200, "payload": <the request's payload, or {} when it has none>}. A device
// that is not connected gives 404 with 404103 DeviceNotOnline, as an offline device does in Azure.
class HubService : public RequestHandler
{
public:
    // Answers a method for a connected device; nullopt means "no answer" (404103 DeviceNotOnline).
    using MethodHandler = HubTwinHandlers::MethodHandler;
    using SecondsClock = std::function<qint64()>;

    static constexpr int MaxListTop = 1000;

    HubService(HubRegistry *registry, AccessPolicies *policies, QuotaGate *quotas);

    HttpResponse handle(const HttpRequest &request) override;

    void setMethodHandler(MethodHandler handler) { m_twins.setMethodHandler(std::move(handler)); }
    // Seconds since the epoch for SAS expiry checks (tests); default: the system clock.
    void setClock(SecondsClock clock) { m_clock = std::move(clock); }

    // The error answer in the hub's shape.
    static HttpResponse errorResponse(const Azure::AzureError &error);

private:
    enum class Operation {
        GetDevice, PutDevice, DeleteDevice, ListDevices, Bulk, Query, DeviceStatistics, ServiceStatistics,
        GetTwin, PatchTwin, ReplaceTwin, InvokeMethod,
    };
    struct Route
    {
        Operation operation;
        QString deviceId;
    };

    // Finds the operation; an error response for unknown paths (404) and wrong methods (405).
    std::optional<Route> route(const HttpRequest &request, HttpResponse *error) const;
    std::optional<HttpResponse> authorize(const HttpRequest &request, Operation operation) const;
    std::optional<HttpResponse> admit(QuotaClass quotaClass, double cost);

    HttpResponse getDevice(const QString &deviceId);
    HttpResponse putDevice(const HttpRequest &request, const QString &deviceId);
    HttpResponse deleteDevice(const HttpRequest &request, const QString &deviceId);
    HttpResponse listDevices(const HttpRequest &request);
    HttpResponse bulk(const HttpRequest &request);
    HttpResponse deviceStatistics();
    HttpResponse serviceStatistics();

    HubRegistry *m_registry;
    AccessPolicies *m_policies;
    QuotaGate *m_quotas;
    SecondsClock m_clock;
    HubTwinHandlers m_twins;
};

} // namespace StampDeck::Emulator
