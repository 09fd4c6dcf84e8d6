#include "DpsDeviceClient.h"

#include "AzureTransport.h"
#include "CallChain.h"
#include "DeviceRegistration.h"
#include "IdentifierRules.h"
#include "ProvisioningRun.h"
#include "SharedAccessSignature.h"

#include <QJsonDocument>

namespace StampDeck::Azure {

DpsDeviceClient::DpsDeviceClient(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(endpoint)
{
}

QString DpsDeviceClient::groupDeviceKey(const QString &groupKey, const QString &registrationId)
{
    return SharedAccessSignature::deriveDeviceKey(groupKey, registrationId);
}

AzureResult<DeviceRegistrationState> *DpsDeviceClient::lookupRegistration(const QString &idScope, const QString &registrationId,
                                                                          const QString &deviceKey)
{
    QString message;
    if (!IdentifierRules::isValidIdScope(idScope, &message) || !IdentifierRules::isValidRegistrationId(registrationId, &message)) {
        auto *call = new AzureResult<DeviceRegistrationState>();
        call->failLater(AzureError(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("ArgumentInvalid"), message));
        return call;
    }
    AzureRequest request = ProvisioningRun::deviceRequest(idScope, registrationId, deviceKey, "POST", QString());
    request.operationClass = OperationClass::DpsStatusLookup;
    request.extraPacing.append(PaceDemand{OperationClass::DpsDevicePoll, registrationId.toLower(), 1});
    DeviceRegistration body;
    body.registrationId = registrationId;
    request.body = QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact);
    return CallChain::chain<DeviceRegistrationState>(m_transport->send(m_endpoint, request),
                                                     CallChain::parseObject<DeviceRegistrationState>);
}

AzureResult<ProvisioningOutcome> *DpsDeviceClient::provision(const QString &idScope, const QString &registrationId,
                                                             const QString &deviceKey, const ProvisioningOptions &options)
{
    auto *call = new AzureResult<ProvisioningOutcome>();
    QString message;
    if (!IdentifierRules::isValidIdScope(idScope, &message) || !IdentifierRules::isValidRegistrationId(registrationId, &message)) {
        call->failLater(AzureError(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("ArgumentInvalid"), message));
        return call;
    }
    auto *run = new ProvisioningRun(this, idScope, registrationId, deviceKey, options, call);
    call->setCanceller([run]() { run->abort(); });
    QMetaObject::invokeMethod(run, &ProvisioningRun::start, Qt::QueuedConnection);
    return call;
}

} // namespace StampDeck::Azure
