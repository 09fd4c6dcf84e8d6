#pragma once

#include "AzureCall.h"
#include "AzureRequest.h"
#include "Clock.h"
#include "DpsDeviceClient.h"
#include "RegistrationOperationStatus.h"

#include <QObject>
#include <QPointer>

namespace StampDeck::Azure {

class AzureTransport;
template<typename T>
class AzureResult;
using TransportCall = AzureResult<AzureResponse>;

// One device's way through the DPS device API (DpsDeviceClient::provision): lookup, register,
// poll. A child of its call, so cancelling or deleting the call stops it.
class ProvisioningRun : public QObject
{
    Q_OBJECT
public:
    ProvisioningRun(DpsDeviceClient *client, const QString &idScope, const QString &registrationId,
                    const QString &deviceKey, const ProvisioningOptions &options, AzureResult<ProvisioningOutcome> *call);
    ~ProvisioningRun() override;

    void start();
    void abort();

    // The request skeleton of the device API (path under /{idScope}/registrations/{id}).
    static AzureRequest deviceRequest(const QString &idScope, const QString &registrationId, const QString &deviceKey,
                                      const QByteArray &method, const QString &suffix);

private:
    void lookup();
    void registerDevice();
    void handleOperation(const RegistrationOperationStatus &status, const AzureResponse &response);
    void schedulePoll(qint64 delayMs);
    void poll();
    void finishWith(const DeviceRegistrationState &state);
    void track(AzureCall *call);

    DpsDeviceClient *m_client;
    QString m_idScope;
    QString m_registrationId;
    QString m_deviceKey;
    ProvisioningOptions m_options;
    AzureResult<ProvisioningOutcome> *m_call;
    QPointer<AzureCall> m_current; // the request in flight (lookup, register or poll)
    Clock::TimerId m_timer = 0;
    qint64 m_deadlineMs = 0;
    ProvisioningOutcome m_outcome;
};

} // namespace StampDeck::Azure
