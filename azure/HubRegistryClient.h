#pragma once

#include "AzureCall.h"
#include "AzureEndpoint.h"
#include "BulkRunner.h"
#include "DeviceIdentity.h"
#include "DirectMethodRequest.h"
#include "DirectMethodResult.h"
#include "QueryPager.h"
#include "RegistryStatistics.h"
#include "ServiceStatistics.h"
#include "Twin.h"

#include <QObject>

namespace StampDeck::Azure {

class AzureTransport;

// The IoT hub service API (api-version 2021-04-12): device identities, bulk registry operations,
// device queries, statistics, twins and direct methods. Every method returns at once with a call
// object (AzureCall); the transport paces and retries. Creates choose the device keys on the
// client when none are given (see KeyMaterial), so a create retried after a dropped connection that
// meets DeviceAlreadyExists is checked: the identity found holds our key -> the call succeeds
// (confirmed after retry); another key -> Conflict (409001), as without a retry.
class HubRegistryClient : public QObject
{
    Q_OBJECT
public:
    // The API's limit for one POST /devices.
    static constexpr int MaxBulkItems = 100;

    HubRegistryClient(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent = nullptr);

    const AzureEndpoint &endpoint() const { return m_endpoint; }

    AzureResult<DeviceIdentity> *getDevice(const QString &deviceId);
    // PUT without If-Match. A sas identity without keys gets client-made keys.
    AzureResult<DeviceIdentity> *createDevice(DeviceIdentity device);
    // PUT with If-Match: ifMatch is the etag read before, or "*" to overwrite whatever is there.
    AzureResult<DeviceIdentity> *updateDevice(const DeviceIdentity &device, const QString &ifMatch);
    AzureCompletion *deleteDevice(const QString &deviceId, const QString &ifMatch = QStringLiteral("*"));

    // Bulk registry operations in chunks of at most MaxBulkItems, every device paced as one
    // registry operation. The outcome lists every device (BulkOutcome).
    BulkCall *createDevices(QList<DeviceIdentity> devices);
    // useEtags: updateIfMatchETag with each device's etag; else update (overwrite).
    BulkCall *updateDevices(const QList<DeviceIdentity> &devices, bool useEtags);
    // etags by id may be empty: delete regardless (delete), else deleteIfMatchETag.
    BulkCall *deleteDevices(const QStringList &deviceIds, const QHash<QString, QString> &etags = {});

    // POST /devices/query, pulled page by page. The pager is owned by parent (or the caller).
    QueryPager *queryDevices(const QString &query, int pageSize = 100, QObject *parent = nullptr);

    AzureResult<RegistryStatistics> *deviceStatistics();
    AzureResult<ServiceStatistics> *serviceStatistics();

    AzureResult<Twin> *getTwin(const QString &deviceId);
    // PATCH /twins/{id}: patch holds tags and/or properties.desired; ifMatch an etag or "*".
    AzureResult<Twin> *updateTwin(const QString &deviceId, const QJsonObject &patch, const QString &ifMatch = QStringLiteral("*"));

    // POST /twins/{id}/methods. Never retried once it may have reached the device.
    AzureResult<DirectMethodResult> *invokeMethod(const QString &deviceId, const DirectMethodRequest &request);

private:
    AzureRequest request(const QByteArray &method, const QString &path, OperationClass operationClass,
                         RequestSafety safety) const;
    BulkCall *runBulk(QList<QJsonObject> items, const QStringList &ids, bool isCreate, bool isDelete,
                      QHash<QString, QString> sentKeys);
    // The identity under deviceId holds sentPrimaryKey (our create went through).
    AzureResult<bool> *isOwnDevice(const QString &deviceId, const QString &sentPrimaryKey);

    AzureTransport *m_transport;
    AzureEndpoint m_endpoint;
};

} // namespace StampDeck::Azure
