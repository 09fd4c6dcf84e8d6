#include "HubDeviceJson.h"

#include "HubSasKeys.h"

#include <Twin.h>
#include <WireEnums.h>

namespace StampDeck::Emulator {

Azure::AzureDateTime HubDeviceJson::time(qint64 ms)
{
    if (ms == 0)
        return Azure::AzureDateTime::never();
    return Azure::AzureDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

Azure::DeviceIdentity HubDeviceJson::identity(const HubDeviceRecord &record, const HubDeviceExtras *extras)
{
    Azure::DeviceIdentity identity;
    identity.deviceId = record.id;
    identity.generationId = record.generationId();
    identity.etag = record.deviceEtag();
    identity.connectionState = record.connection == HubDeviceRecord::Connected ? Azure::ConnectionState::Connected
                                                                                : Azure::ConnectionState::Disconnected;
    identity.status = record.status == HubDeviceRecord::Disabled ? Azure::DeviceStatus::Disabled
                                                                  : Azure::DeviceStatus::Enabled;
    identity.connectionStateUpdatedTime = time(record.connectionStateUpdatedMs);
    identity.statusUpdatedTime = time(record.statusUpdatedMs);
    identity.lastActivityTime = time(record.lastActivityMs);
    identity.cloudToDeviceMessageCount = extras ? extras->cloudToDeviceMessageCount : 0;

    const auto type = Azure::AuthenticationType(record.authType);
    Azure::AuthenticationMechanism authentication;
    authentication.type = type;
    Azure::SymmetricKey keys;
    if (record.has(HubDeviceRecord::InlineKeys)) {
        keys.primaryKey = HubSasKeys::encode(record.primaryKey);
        keys.secondaryKey = HubSasKeys::encode(record.secondaryKey);
    } else if (extras && type == Azure::AuthenticationType::Sas) {
        keys.primaryKey = HubSasKeys::encode(extras->primaryKey);
        keys.secondaryKey = HubSasKeys::encode(extras->secondaryKey);
    }
    authentication.symmetricKey = keys;
    Azure::X509Thumbprint thumbprints;
    if (extras) {
        thumbprints.primaryThumbprint = extras->primaryThumbprint;
        thumbprints.secondaryThumbprint = extras->secondaryThumbprint;
    }
    authentication.x509Thumbprint = thumbprints;
    identity.authentication = authentication;

    Azure::DeviceCapabilities capabilities;
    capabilities.iotEdge = record.has(HubDeviceRecord::IotEdge);
    identity.capabilities = capabilities;
    if (extras) {
        identity.statusReason = extras->statusReason;
        identity.deviceScope = extras->deviceScope;
        identity.parentScopes = extras->parentScopes;
    }
    return identity;
}

QJsonObject HubDeviceJson::desired(const HubDeviceRecord &record)
{
    QJsonObject desired = record.desired;
    desired.insert(QLatin1StringView("$metadata"),
                   QJsonObject{{QLatin1StringView("$lastUpdated"), time(record.desiredUpdatedMs).toString()},
                               {QLatin1StringView("$lastUpdatedVersion"), qint64(record.desiredVersion)}});
    desired.insert(QLatin1StringView("$version"), qint64(record.desiredVersion));
    return desired;
}

QJsonObject HubDeviceJson::reported(const HubDeviceRecord &record)
{
    QJsonObject reported = record.reported;
    reported.insert(QLatin1StringView("$metadata"),
                    QJsonObject{{QLatin1StringView("$lastUpdated"), time(record.reportedUpdatedMs).toString()}});
    reported.insert(QLatin1StringView("$version"), qint64(record.reportedVersion));
    return reported;
}

QJsonObject HubDeviceJson::twin(const HubDeviceRecord &record, const HubDeviceExtras *extras)
{
    Azure::Twin twin;
    twin.deviceId = record.id;
    twin.etag = record.twinEtag();
    twin.deviceEtag = record.deviceEtag();
    twin.version = qint64(record.twinVersion);
    twin.status = record.status == HubDeviceRecord::Disabled ? Azure::DeviceStatus::Disabled : Azure::DeviceStatus::Enabled;
    twin.statusUpdateTime = time(record.statusUpdatedMs);
    twin.connectionState = record.connection == HubDeviceRecord::Connected ? Azure::ConnectionState::Connected
                                                                            : Azure::ConnectionState::Disconnected;
    twin.lastActivityTime = time(record.lastActivityMs);
    twin.cloudToDeviceMessageCount = extras ? extras->cloudToDeviceMessageCount : 0;
    twin.authenticationType = Azure::AuthenticationType(record.authType);
    Azure::X509Thumbprint thumbprints;
    if (extras) {
        thumbprints.primaryThumbprint = extras->primaryThumbprint;
        thumbprints.secondaryThumbprint = extras->secondaryThumbprint;
        twin.statusReason = extras->statusReason;
        twin.deviceScope = extras->deviceScope;
        twin.parentScopes = extras->parentScopes;
    }
    twin.x509Thumbprint = thumbprints;
    twin.modelId = QString(QLatin1StringView(""));
    Azure::DeviceCapabilities capabilities;
    capabilities.iotEdge = record.has(HubDeviceRecord::IotEdge);
    twin.capabilities = capabilities;
    if (!record.tags.isEmpty())
        twin.tags = record.tags;
    Azure::TwinProperties properties;
    properties.desired = desired(record);
    properties.reported = reported(record);
    twin.properties = properties;
    return twin.toJson();
}

QJsonObject HubDeviceJson::twinState(const HubDeviceRecord &record)
{
    return QJsonObject{
        {QLatin1StringView("tags"), record.tags},
        {QLatin1StringView("properties"),
         QJsonObject{{QLatin1StringView("desired"), record.desired}, {QLatin1StringView("reported"), record.reported}}},
    };
}

} // namespace StampDeck::Emulator
