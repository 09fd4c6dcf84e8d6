#pragma once

#include "server/HttpTypes.h"
#include "server/QuotaGate.h"

#include <DirectMethodRequest.h>
#include <DirectMethodResult.h>

#include <functional>
#include <optional>

namespace StampDeck::Emulator {

class HubRegistry;

// The twin side of a hub's REST API, for HubService: POST /devices/query, GET|PATCH|PUT
// /twins/{id} and POST /twins/{id}/methods (see HubService.h for the rules). Requests arrive
// routed and authorised; the quota is asked through the admit callback once the body is known
// to be good.
class HubTwinHandlers
{
public:
    using Admit = std::function<std::optional<HttpResponse>(QuotaClass quotaClass, double cost)>;
    using MethodHandler = std::function<std::optional<Azure::DirectMethodResult>(
        const QString &deviceId, const Azure::DirectMethodRequest &request)>;

    static constexpr int MaxMethodPayloadBytes = 128 * 1024;
    static constexpr int MinMethodResponseTimeout = 5;

    HubTwinHandlers(HubRegistry *registry, Admit admit);

    HttpResponse query(const HttpRequest &request);
    HttpResponse getTwin(const QString &deviceId);
    HttpResponse writeTwin(const HttpRequest &request, const QString &deviceId, bool patch);
    HttpResponse invokeMethod(const HttpRequest &request, const QString &deviceId);

    void setMethodHandler(MethodHandler handler) { m_methodHandler = std::move(handler); }

private:
    HubRegistry *m_registry;
    Admit m_admit;
    MethodHandler m_methodHandler;
};

} // namespace StampDeck::Emulator
