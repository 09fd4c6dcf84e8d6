#include "HubRegistryClient.h"

#include "ApiVersions.h"
#include "AzureTransport.h"
#include "CallChain.h"
#include "IdentifierRules.h"
#include "KeyMaterial.h"

#include <QJsonDocument>

namespace StampDeck::Azure {

namespace {

QString devicePath(const QString &deviceId)
{
    return QStringLiteral("/devices/") + AzureRequest::encodeSegment(deviceId);
}

QString twinPath(const QString &deviceId)
{
    return QStringLiteral("/twins/") + AzureRequest::encodeSegment(deviceId);
}

AzureError invalidArgument(const QString &message)
{
    return AzureError(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("ArgumentInvalid"), message);
}

// Gives a sas identity without keys client-made keys (see KeyMaterial for why).
void ensureKeys(DeviceIdentity &device)
{
    AuthenticationMechanism auth = device.authentication.value_or(AuthenticationMechanism{});
    if (auth.type.value_or(AuthenticationType::Sas) != AuthenticationType::Sas)
        return;
    auth.type = AuthenticationType::Sas;
    SymmetricKey keys = auth.symmetricKey.value_or(SymmetricKey{});
    if (keys.primaryKey.value_or(QString()).isEmpty())
        keys.primaryKey = KeyMaterial::newSymmetricKey();
    if (keys.secondaryKey.value_or(QString()).isEmpty())
        keys.secondaryKey = KeyMaterial::newSymmetricKey();
    auth.symmetricKey = keys;
    device.authentication = auth;
}

QString primaryKeyOf(const DeviceIdentity &device)
{
    if (!device.authentication || !device.authentication->symmetricKey)
        return {};
    return device.authentication->symmetricKey->primaryKey.value_or(QString());
}

// The fields an update sets, to recognise an update an earlier attempt already applied.
bool sameDesiredState(const DeviceIdentity &sent, const DeviceIdentity &found)
{
    return sent.status.value_or(DeviceStatus::Enabled) == found.status.value_or(DeviceStatus::Enabled)
        && sent.statusReason.value_or(QString()) == found.statusReason.value_or(QString())
        && (!sent.authentication || sent.authentication == found.authentication)
        && (!sent.capabilities || sent.capabilities == found.capabilities);
}

} // namespace

HubRegistryClient::HubRegistryClient(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(endpoint)
{
}

AzureRequest HubRegistryClient::request(const QByteArray &method, const QString &path, OperationClass operationClass,
                                        RequestSafety safety) const
{
    AzureRequest request;
    request.method = method;
    request.path = path;
    request.apiVersion = ApiVersions::HubService;
    request.operationClass = operationClass;
    request.safety = safety;
    return request;
}

AzureResult<DeviceIdentity> *HubRegistryClient::getDevice(const QString &deviceId)
{
    QString message;
    if (!IdentifierRules::isValidDeviceId(deviceId, &message)) {
        auto *call = new AzureResult<DeviceIdentity>();
        call->failLater(invalidArgument(message));
        return call;
    }
    return CallChain::chain<DeviceIdentity>(
        m_transport->send(m_endpoint, request("GET", devicePath(deviceId), OperationClass::HubRegistry, RequestSafety::ReadOnly)),
        CallChain::parseObject<DeviceIdentity>);
}

AzureResult<DeviceIdentity> *HubRegistryClient::createDevice(DeviceIdentity device)
{
    QString message;
    if (!IdentifierRules::isValidDeviceId(device.deviceId, &message)) {
        auto *call = new AzureResult<DeviceIdentity>();
        call->failLater(invalidArgument(message));
        return call;
    }
    ensureKeys(device);
    device.etag.reset(); // a create carries no etag and no If-Match
    AzureRequest put = request("PUT", devicePath(device.deviceId), OperationClass::HubRegistry, RequestSafety::DetectableCreate);
    put.body = QJsonDocument(device.toJson()).toJson(QJsonDocument::Compact);

    const QString deviceId = device.deviceId;
    const QString sentKey = primaryKeyOf(device);
    QPointer<HubRegistryClient> self(this);
    return CallChain::chain<DeviceIdentity>(
        m_transport->send(m_endpoint, put), CallChain::parseObject<DeviceIdentity>,
        [self, deviceId, sentKey](AzureResult<DeviceIdentity> *result, const TransportCall *failed) {
            // 409 after an attempt that may have been applied: is the identity there ours?
            if (!self || failed->error().kind() != AzureErrorKind::Conflict || !failed->value().earlierAttemptMayHaveApplied
                || sentKey.isEmpty())
                return false;
            const AzureError conflict = failed->error();
            CallChain::forward<DeviceIdentity, DeviceIdentity>(
                self->getDevice(deviceId), result,
                [sentKey, conflict](AzureResult<DeviceIdentity> *target, const AzureResult<DeviceIdentity> *found) {
                    if (found->isSuccess() && primaryKeyOf(found->value()) == sentKey)
                        target->succeed(found->value());
                    else
                        target->fail(conflict);
                });
            return true;
        });
}

AzureResult<DeviceIdentity> *HubRegistryClient::updateDevice(const DeviceIdentity &device, const QString &ifMatch)
{
    QString message;
    if (!IdentifierRules::isValidDeviceId(device.deviceId, &message) || ifMatch.isEmpty()) {
        auto *call = new AzureResult<DeviceIdentity>();
        call->failLater(invalidArgument(ifMatch.isEmpty() ? QStringLiteral("an update needs an etag or \"*\"") : message));
        return call;
    }
    AzureRequest put = request("PUT", devicePath(device.deviceId), OperationClass::HubRegistry, RequestSafety::Idempotent);
    DeviceIdentity body = device;
    body.etag = ifMatch;
    put.body = QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact);
    put.headers.append({QByteArrayLiteral("If-Match"), AzureRequest::quoteEtag(ifMatch)});

    QPointer<HubRegistryClient> self(this);
    return CallChain::chain<DeviceIdentity>(
        m_transport->send(m_endpoint, put), CallChain::parseObject<DeviceIdentity>,
        [self, device](AzureResult<DeviceIdentity> *result, const TransportCall *failed) {
            // 412 after an attempt that may have been applied: did that attempt set our state?
            if (!self || failed->error().kind() != AzureErrorKind::PreconditionFailed
                || !failed->value().earlierAttemptMayHaveApplied)
                return false;
            const AzureError mismatch = failed->error();
            CallChain::forward<DeviceIdentity, DeviceIdentity>(
                self->getDevice(device.deviceId), result,
                [device, mismatch](AzureResult<DeviceIdentity> *target, const AzureResult<DeviceIdentity> *found) {
                    if (found->isSuccess() && sameDesiredState(device, found->value()))
                        target->succeed(found->value());
                    else
                        target->fail(mismatch);
                });
            return true;
        });
}

AzureCompletion *HubRegistryClient::deleteDevice(const QString &deviceId, const QString &ifMatch)
{
    QString message;
    if (!IdentifierRules::isValidDeviceId(deviceId, &message)) {
        auto *call = new AzureCompletion();
        call->failLater(invalidArgument(message));
        return call;
    }
    AzureRequest del = request("DELETE", devicePath(deviceId), OperationClass::HubRegistry, RequestSafety::Idempotent);
    del.headers.append({QByteArrayLiteral("If-Match"), AzureRequest::quoteEtag(ifMatch.isEmpty() ? QStringLiteral("*") : ifMatch)});
    return CallChain::chain<Completion>(
        m_transport->send(m_endpoint, del),
        [](const AzureResponse &, AzureError *) -> std::optional<Completion> { return Completion{}; },
        [](AzureResult<Completion> *result, const TransportCall *failed) {
            // 404 after an attempt that may have deleted it: the earlier attempt did the work.
            if (failed->error().kind() != AzureErrorKind::NotFound || !failed->value().earlierAttemptMayHaveApplied)
                return false;
            result->succeed(Completion{true});
            return true;
        });
}

QueryPager *HubRegistryClient::queryDevices(const QString &query, int pageSize, QObject *parent)
{
    AzureRequest post = request("POST", QStringLiteral("/devices/query"), OperationClass::HubQuery, RequestSafety::ReadOnly);
    post.body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
    return new QueryPager(m_transport, m_endpoint, post, pageSize, parent);
}

AzureResult<RegistryStatistics> *HubRegistryClient::deviceStatistics()
{
    return CallChain::chain<RegistryStatistics>(
        m_transport->send(m_endpoint, request("GET", QStringLiteral("/statistics/devices"), OperationClass::HubStatistics, RequestSafety::ReadOnly)),
        CallChain::parseObject<RegistryStatistics>);
}

AzureResult<ServiceStatistics> *HubRegistryClient::serviceStatistics()
{
    return CallChain::chain<ServiceStatistics>(
        m_transport->send(m_endpoint, request("GET", QStringLiteral("/statistics/service"), OperationClass::HubStatistics, RequestSafety::ReadOnly)),
        CallChain::parseObject<ServiceStatistics>);
}

AzureResult<Twin> *HubRegistryClient::getTwin(const QString &deviceId)
{
    return CallChain::chain<Twin>(
        m_transport->send(m_endpoint, request("GET", twinPath(deviceId), OperationClass::HubTwinRead, RequestSafety::ReadOnly)),
        CallChain::parseObject<Twin>);
}

AzureResult<Twin> *HubRegistryClient::updateTwin(const QString &deviceId, const QJsonObject &patch, const QString &ifMatch)
{
    // A merge patch applied twice leaves the same twin: safe to repeat.
    AzureRequest req = request("PATCH", twinPath(deviceId), OperationClass::HubTwinUpdate, RequestSafety::Idempotent);
    req.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    req.headers.append({QByteArrayLiteral("If-Match"), AzureRequest::quoteEtag(ifMatch.isEmpty() ? QStringLiteral("*") : ifMatch)});
    return CallChain::chain<Twin>(m_transport->send(m_endpoint, req), CallChain::parseObject<Twin>);
}

AzureResult<DirectMethodResult> *HubRegistryClient::invokeMethod(const QString &deviceId, const DirectMethodRequest &method)
{
    AzureRequest req = request("POST", twinPath(deviceId) + QStringLiteral("/methods"), OperationClass::HubDirectMethod,
                               RequestSafety::NotIdempotent);
    req.body = QJsonDocument(method.toJson()).toJson(QJsonDocument::Compact);
    // The hub waits for the device: the attempt may last connect + response timeout, plus wire time
    // (the C# SDK adds 15 s the same way).
    const int response = method.responseTimeoutInSeconds.value_or(DirectMethodRequest::DefaultResponseTimeoutSeconds);
    const int connect = method.connectTimeoutInSeconds.value_or(0);
    req.timeoutMs = qint64(response + connect + 15) * 1000;
    return CallChain::chain<DirectMethodResult>(m_transport->send(m_endpoint, req), CallChain::parseObject<DirectMethodResult>);
}

} // namespace StampDeck::Azure
