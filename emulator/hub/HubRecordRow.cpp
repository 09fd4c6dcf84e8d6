#include "HubRecordRow.h"

#include "HubDeviceJson.h"
#include "HubQueryJsonRow.h"

#include <WireEnums.h>

#include <QJsonArray>

namespace StampDeck::Emulator {

namespace {

HubQueryValue optionalString(const std::optional<QString> &text)
{
    return text ? HubQueryValue::ofString(*text) : HubQueryValue::undefined();
}

HubQueryValue timeValue(qint64 ms)
{
    return HubQueryValue::ofString(HubDeviceJson::time(ms).toString());
}

} // namespace

QJsonObject HubRecordRow::twin() const
{
    return HubDeviceJson::twin(m_record, m_extras);
}

HubQueryValue HubRecordRow::collection(const QJsonObject &stored, const QStringList &path, bool desired) const
{
    if (path.isEmpty() || path.first().startsWith(u'$')) {
        // The service keys ($version, $metadata) or the whole collection: take the wire shape.
        const QJsonObject full = desired ? HubDeviceJson::desired(m_record) : HubDeviceJson::reported(m_record);
        return HubQueryJsonRow::lookup(full, path);
    }
    return HubQueryJsonRow::lookup(stored, path);
}

HubQueryValue HubRecordRow::value(const HubQueryField &field) const
{
    using Kind = HubQueryField::Kind;
    static const QString enabled = QStringLiteral("enabled");
    static const QString disabled = QStringLiteral("disabled");
    static const QString connected = QStringLiteral("Connected");
    static const QString disconnected = QStringLiteral("Disconnected");

    switch (field.kind) {
    case Kind::DeviceId:
        return HubQueryValue::ofString(m_record.id);
    case Kind::ModuleId:
    case Kind::Unknown:
        return HubQueryValue::undefined();
    case Kind::Etag:
        return HubQueryValue::ofString(m_record.twinEtag());
    case Kind::DeviceEtag:
        return HubQueryValue::ofString(m_record.deviceEtag());
    case Kind::Version:
        return HubQueryValue::ofNumber(double(m_record.twinVersion));
    case Kind::Status:
        return HubQueryValue::ofString(m_record.status == HubDeviceRecord::Disabled ? disabled : enabled);
    case Kind::StatusReason:
        return m_extras ? optionalString(m_extras->statusReason) : HubQueryValue::undefined();
    case Kind::StatusUpdateTime:
        return timeValue(m_record.statusUpdatedMs);
    case Kind::ConnectionState:
        return HubQueryValue::ofString(m_record.connection == HubDeviceRecord::Connected ? connected : disconnected);
    case Kind::LastActivityTime:
        return timeValue(m_record.lastActivityMs);
    case Kind::CloudToDeviceMessageCount:
        return HubQueryValue::ofNumber(m_extras ? double(m_extras->cloudToDeviceMessageCount) : 0.0);
    case Kind::AuthenticationType:
        return HubQueryValue::ofString(Azure::Wire::toString(Azure::AuthenticationType(m_record.authType)));
    case Kind::ModelId:
        return HubQueryValue::ofString(QString(QLatin1StringView("")));
    case Kind::DeviceScope:
        return m_extras ? optionalString(m_extras->deviceScope) : HubQueryValue::undefined();
    case Kind::ParentScopes:
        if (!m_extras || !m_extras->parentScopes || !field.path.isEmpty())
            return HubQueryValue::undefined();
        return HubQueryValue::fromJson(QJsonArray::fromStringList(*m_extras->parentScopes));
    case Kind::Capabilities: {
        const QJsonObject capabilities{{QLatin1StringView("iotEdge"), m_record.has(HubDeviceRecord::IotEdge)}};
        return HubQueryJsonRow::lookup(capabilities, field.path);
    }
    case Kind::X509Thumbprint: {
        QJsonObject thumbprints{{QLatin1StringView("primaryThumbprint"), QJsonValue::Null},
                                {QLatin1StringView("secondaryThumbprint"), QJsonValue::Null}};
        if (m_extras && m_extras->primaryThumbprint)
            thumbprints.insert(QLatin1StringView("primaryThumbprint"), *m_extras->primaryThumbprint);
        if (m_extras && m_extras->secondaryThumbprint)
            thumbprints.insert(QLatin1StringView("secondaryThumbprint"), *m_extras->secondaryThumbprint);
        return HubQueryJsonRow::lookup(thumbprints, field.path);
    }
    case Kind::Tags:
        if (m_record.tags.isEmpty())
            return HubQueryValue::undefined(); // a twin without tags has no "tags" key
        return HubQueryJsonRow::lookup(m_record.tags, field.path);
    case Kind::Properties: {
        if (!field.path.isEmpty())
            return HubQueryValue::undefined();
        return HubQueryValue::fromJson(QJsonObject{{QLatin1StringView("desired"), HubDeviceJson::desired(m_record)},
                                                   {QLatin1StringView("reported"), HubDeviceJson::reported(m_record)}});
    }
    case Kind::Desired:
        return collection(m_record.desired, field.path, true);
    case Kind::Reported:
        return collection(m_record.reported, field.path, false);
    }
    return HubQueryValue::undefined();
}

} // namespace StampDeck::Emulator
