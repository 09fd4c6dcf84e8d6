// HubRegistryClient: bulk registry operations (POST /devices), split from HubRegistryClient.cpp.
#include "HubRegistryClient.h"

#include "ApiVersions.h"
#include "AzureTransport.h"
#include "BulkRegistryOperationResult.h"
#include "CallChain.h"
#include "ExportImportDevice.h"
#include "KeyMaterial.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace StampDeck::Azure {

namespace {

std::optional<QHash<QString, AzureError>> parseHubBulkErrors(const AzureResponse &response)
{
    const QJsonDocument document = response.json();
    if (!document.isObject())
        return std::nullopt;
    QString message;
    const std::optional<BulkRegistryOperationResult> result =
        BulkRegistryOperationResult::fromJson(document.object(), &message, JsonParseMode::Lenient);
    if (!result)
        return std::nullopt;
    QHash<QString, AzureError> errors;
    for (const DeviceRegistryOperationError &item : result->errors) {
        AzureError error = AzureError::hub(item.errorCode, item.errorCodeName, item.errorStatus.value_or(QString()));
        error.setTrackingId(QString()); // per-item errors carry none; do not invent one
        errors.insert(item.deviceId, error);
    }
    // A 400 without item errors is a failure of the whole call, not a per-item answer.
    if (response.status != 200 && errors.isEmpty())
        return std::nullopt;
    return errors;
}

ExportImportDevice importItem(const DeviceIdentity &device, ImportMode mode)
{
    ExportImportDevice item;
    item.id = device.deviceId;
    item.importMode = mode;
    item.status = device.status;
    item.statusReason = device.statusReason;
    item.authentication = device.authentication;
    item.capabilities = device.capabilities;
    item.deviceScope = device.deviceScope;
    item.parentScopes = device.parentScopes;
    if (mode == ImportMode::UpdateIfMatchETag || mode == ImportMode::DeleteIfMatchETag)
        item.eTag = device.etag;
    return item;
}

} // namespace

BulkCall *HubRegistryClient::createDevices(QList<DeviceIdentity> devices)
{
    QList<QJsonObject> items;
    QStringList ids;
    QHash<QString, QString> keys;
    for (DeviceIdentity &device : devices) {
        AuthenticationMechanism auth = device.authentication.value_or(AuthenticationMechanism{});
        if (auth.type.value_or(AuthenticationType::Sas) == AuthenticationType::Sas) {
            SymmetricKey symmetric = auth.symmetricKey.value_or(SymmetricKey{});
            if (symmetric.primaryKey.value_or(QString()).isEmpty())
                symmetric.primaryKey = KeyMaterial::newSymmetricKey();
            if (symmetric.secondaryKey.value_or(QString()).isEmpty())
                symmetric.secondaryKey = KeyMaterial::newSymmetricKey();
            auth.type = AuthenticationType::Sas;
            auth.symmetricKey = symmetric;
            device.authentication = auth;
            keys.insert(device.deviceId, *symmetric.primaryKey);
        }
        items.append(importItem(device, ImportMode::Create).toJson());
        ids.append(device.deviceId);
    }
    return runBulk(std::move(items), ids, true, false, std::move(keys));
}

BulkCall *HubRegistryClient::updateDevices(const QList<DeviceIdentity> &devices, bool useEtags)
{
    QList<QJsonObject> items;
    QStringList ids;
    for (const DeviceIdentity &device : devices) {
        items.append(importItem(device, useEtags ? ImportMode::UpdateIfMatchETag : ImportMode::Update).toJson());
        ids.append(device.deviceId);
    }
    return runBulk(std::move(items), ids, false, false, {});
}

BulkCall *HubRegistryClient::deleteDevices(const QStringList &deviceIds, const QHash<QString, QString> &etags)
{
    QList<QJsonObject> items;
    for (const QString &id : deviceIds) {
        DeviceIdentity device;
        device.deviceId = id;
        const QString etag = etags.value(id);
        if (!etag.isEmpty())
            device.etag = etag;
        ExportImportDevice item;
        item.id = id;
        item.importMode = etag.isEmpty() ? ImportMode::Delete : ImportMode::DeleteIfMatchETag;
        if (!etag.isEmpty())
            item.eTag = etag;
        items.append(item.toJson());
    }
    return runBulk(std::move(items), deviceIds, false, true, {});
}

BulkCall *HubRegistryClient::runBulk(QList<QJsonObject> items, const QStringList &ids, bool isCreate, bool isDelete,
                                     QHash<QString, QString> sentKeys)
{
    BulkRunner::Spec spec;
    spec.ids = ids;
    // A chunk never costs more tokens than the bucket holds (an S1 unit holds 100).
    const std::optional<QuotaRate> rate = m_endpoint.quotas.rate(OperationClass::HubRegistry);
    spec.chunkSize = rate ? std::clamp(int(rate->burst), 1, MaxBulkItems) : MaxBulkItems;
    const AzureRequest prototype = request("POST", QStringLiteral("/devices"), OperationClass::HubRegistry,
                                           isCreate ? RequestSafety::DetectableCreate : RequestSafety::Idempotent);
    auto shared = std::make_shared<QList<QJsonObject>>(std::move(items));
    spec.buildRequest = [prototype, shared](qsizetype first, qsizetype count) {
        AzureRequest req = prototype;
        QJsonArray array;
        for (qsizetype i = first; i < first + count; ++i)
            array.append(shared->at(i));
        req.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
        req.cost = double(count); // every device counts against the registry quota
        return req;
    };
    spec.parseErrors = parseHubBulkErrors;
    if (isCreate) {
        spec.isEchoOfEarlierAttempt = [](const AzureError &error) { return error.kind() == AzureErrorKind::Conflict; };
        QPointer<HubRegistryClient> self(this);
        spec.verify = [self, sentKeys](const QString &id) { return self->isOwnDevice(id, sentKeys.value(id)); };
    } else if (isDelete) {
        spec.isEchoOfEarlierAttempt = [](const AzureError &error) { return error.kind() == AzureErrorKind::NotFound; };
    }
    return BulkRunner::start(m_transport, m_endpoint, std::move(spec));
}

AzureResult<bool> *HubRegistryClient::isOwnDevice(const QString &deviceId, const QString &sentPrimaryKey)
{
    auto *result = new AzureResult<bool>();
    AzureResult<DeviceIdentity> *get = getDevice(deviceId);
    CallChain::forward<bool, DeviceIdentity>(get, result, [sentPrimaryKey](AzureResult<bool> *target, const AzureResult<DeviceIdentity> *found) {
        if (!found->isSuccess()) {
            target->fail(found->error());
            return;
        }
        const auto &auth = found->value().authentication;
        const QString key = auth && auth->symmetricKey ? auth->symmetricKey->primaryKey.value_or(QString()) : QString();
        target->succeed(!sentPrimaryKey.isEmpty() && key == sentPrimaryKey);
    });
    return result;
}

} // namespace StampDeck::Azure
