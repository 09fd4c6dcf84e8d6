#pragma once

#include "server/HttpTypes.h"

#include <QRandomGenerator>

namespace StampDeck::Emulator {

// Which error body an injected failure carries: the hub's legacy {"Message":"ErrorCode:..."} with
// an iothub-errorcode header, or DPS's {"errorCode":<6 digits>,...} with x-ms-error-code.
enum class ErrorShape { Hub, Dps };

// What the emulator does wrong on purpose, per instance. All off by default. Rates are
// probabilities per request (0..1); the admin endpoint changes them at runtime to take a stamp
// down in tests.
struct FaultSettings
{
    double errorRate = 0.0; // answer errorStatus instead of calling the service
    int latencyMs = 0;      // hold every answer (and every drop) this long
    double dropRate = 0.0;  // close the connection without answering
    int errorStatus = 503;  // 503 ServiceUnavailable or 500 InternalServerError

    bool isActive() const { return errorRate > 0.0 || latencyMs > 0 || dropRate > 0.0; }
    bool operator==(const FaultSettings &) const = default;
};

// Decides, per request, whether a fault applies, with a seedable generator so a test run is
// reproducible. The transport (HttpsEndpoint) applies the decision; a failed or dropped request
// never reaches the service, so an injected fault changes no state.
class FaultInjector
{
public:
    enum class Action { Pass, Error, Drop };
    struct Decision
    {
        Action action = Action::Pass;
        int delayMs = 0;
    };

    explicit FaultInjector(quint64 seed = 1, FaultSettings settings = {});

    FaultSettings settings() const { return m_settings; }
    // Clamps rates to [0, 1], latency to [0, 10 min] and errorStatus to 500 or 503.
    void setSettings(const FaultSettings &settings);
    bool isActive() const { return m_active; }
    void reseed(quint64 seed);

    // One draw per active rate; error wins over drop when both hit.
    Decision decide();

    // The answer an injected error gets, in the service's error shape.
    static HttpResponse errorResponse(ErrorShape shape, int status = 503);

private:
    FaultSettings m_settings;
    bool m_active = false;
    QRandomGenerator m_random;
};

} // namespace StampDeck::Emulator
