#pragma once

#include "AzureCall.h"
#include "AzureEndpoint.h"
#include "DeviceRegistrationState.h"

#include <QJsonValue>
#include <QObject>

#include <optional>

namespace StampDeck::Azure {

class AzureTransport;

// What provisioning a device ended with.
struct ProvisioningOutcome
{
    DeviceRegistrationState state;  // status assigned, with assignedHub and deviceId
    bool fromStatusLookup = false;   // known already: no registration was needed
    QString operationId;             // the registration operation, when one ran
    int polls = 0;                   // operation status polls made
};

// Options of one provisioning run.
struct ProvisioningOptions
{
    std::optional<QJsonValue> payload;  // custom allocation data
    bool skipStatusLookup = false;      // register even when the device is assigned already
    qint64 maxWaitMs = 120'000;         // give up polling after this long (Timeout)
    qint64 defaultPollIntervalMs = 2'000; // when DPS sends no retry-after (the SDKs' default)
};

// The DPS device API (api-version 2019-03-31) for symmetric-key devices, as a laptop provisioning
// or re-provisioning devices runs it: status lookup first (DPS guidance: query before
// provisioning; it is much lighter than a registration), then register and poll the operation
// until it is assigned or failed. Polls wait for DPS's retry-after and are paced to the
// per-device budget (5 per 10 s) and the instance's status-lookup lane; registrations are paced
// per ID scope. Polling an operation is not a retry: the transport still retries each request.
class DpsDeviceClient : public QObject
{
    Q_OBJECT
public:
    // endpoint: the device endpoint (global.azure-devices-provisioning.net, or the emulator's
    // deviceEndpoint), with the DPS quota profile; its policy and key are unused.
    DpsDeviceClient(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent = nullptr);

    // The device key of a symmetric-key group enrollment: HMAC-SHA256 of the registration id.
    static QString groupDeviceKey(const QString &groupKey, const QString &registrationId);

    // POST /{idScope}/registrations/{id}: the device's registration as DPS knows it (NotFound if
    // it never registered). deviceKey: the individual enrollment's key or the group-derived key.
    AzureResult<DeviceRegistrationState> *lookupRegistration(const QString &idScope, const QString &registrationId,
                                                             const QString &deviceKey);
    // Lookup (unless skipped), register, poll until assigned (success) or failed/disabled (error).
    AzureResult<ProvisioningOutcome> *provision(const QString &idScope, const QString &registrationId,
                                                const QString &deviceKey, const ProvisioningOptions &options = {});

    const AzureEndpoint &endpoint() const { return m_endpoint; }

private:
    friend class ProvisioningRun;
    AzureTransport *m_transport;
    AzureEndpoint m_endpoint;
};

} // namespace StampDeck::Azure
