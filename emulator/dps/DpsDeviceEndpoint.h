#pragma once

#include "server/HttpTypes.h"

#include "AzureError.h"

#include <QList>
#include <QString>

namespace StampDeck::Emulator {

class DpsStore;
class QuotaGate;

// The DPS device API (device.json, AZURE_WIRE_SOURCES §4) for every DPS instance of the run, on
// ONE endpoint, as global.azure-devices-provisioning.net is: the ID scope in the path picks the
// instance.
//   PUT  /{idScope}/registrations/{registrationId}/register         -> 202 {operationId, status: assigning}
//   GET  /{idScope}/registrations/{registrationId}/operations/{opId} -> 200 {operationId, status, registrationState}
//   POST /{idScope}/registrations/{registrationId}                  -> 200 DeviceRegistrationResult
// api-versions 2019-03-31 (the SDKs), 2021-06-01, 2021-10-01. Devices authenticate with a SAS
// signed by their enrollment key or group-derived key (DpsStore::authenticateDevice). Register
// counts against the instance's DpsRegistrations quota, polls and lookups against
// DpsStatusLookups and the 5-per-10-s per-device rule; past them, 429 with retry-after seconds.
// The registration itself completes at once; the 202 still says "assigning", as Azure does,
// so clients run their real polling path and the first poll sees the outcome. While the
// instance's allocation mode holds (admin API /allocation), polls answer "assigning" until the
// mode is lifted.
class DpsDeviceEndpoint : public RequestHandler
{
public:
    // timeScale: the quota time scale of the run; the Retry-After of a 202 (3 s, as Azure sends)
    // shrinks with it so SDK-driven tests do not wait in real time.
    explicit DpsDeviceEndpoint(double timeScale = 1.0);

    // quota may be null (no throttling). The store and gate outlive the endpoint.
    void addInstance(DpsStore *store, QuotaGate *quota);
    // "localhost:40125": used in the Location header of a 202.
    void setHostName(const QString &hostName) { m_hostName = hostName; }
    QString hostName() const { return m_hostName; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    HttpResponse handle(const HttpRequest &request) override;

    static constexpr int AzureRetryAfterSeconds = 3;

private:
    struct Instance
    {
        DpsStore *store = nullptr;
        QuotaGate *quota = nullptr;
    };
    const Instance *instanceFor(const QString &idScope) const;
    static Azure::AzureError throttled(const QString &what, qint64 waitMs);
    static Azure::AzureError checkBody(const QByteArray &body, const QString &registrationId, bool required);

    QList<Instance> m_instances;
    QString m_hostName;
    int m_retryAfterSeconds = AzureRetryAfterSeconds;
};

} // namespace StampDeck::Emulator
