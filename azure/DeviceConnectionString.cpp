#include "DeviceConnectionString.h"

#include "ConnectionStringParser.h"
#include "IdentifierRules.h"
#include "SharedAccessSignature.h"

namespace StampDeck::Azure {

namespace {
constexpr QLatin1StringView HostNameKey("HostName");
constexpr QLatin1StringView DeviceIdKey("DeviceId");
constexpr QLatin1StringView KeyKey("SharedAccessKey");
constexpr QLatin1StringView ModuleIdKey("ModuleId");
constexpr QLatin1StringView GatewayKey("GatewayHostName");
} // namespace

DeviceConnectionString::DeviceConnectionString(const QString &hostName, const QString &deviceId,
                                               const QString &sharedAccessKey)
    : m_hostName(hostName)
    , m_deviceId(deviceId)
    , m_key(sharedAccessKey)
{
}

std::optional<DeviceConnectionString> DeviceConnectionString::parse(QStringView text, QString *error)
{
    ConnectionStringParser parser({HostNameKey, DeviceIdKey, KeyKey, ModuleIdKey, GatewayKey},
                                  {{QLatin1StringView("SharedAccessKeyName"),
                                    QLatin1StringView("it is part of a service connection string; a device connection "
                                                      "string has HostName, DeviceId and SharedAccessKey")},
                                   {QLatin1StringView("SharedAccessSignature"),
                                    QLatin1StringView("StampDeck needs the device key, not a ready-made token")},
                                   {QLatin1StringView("x509"),
                                    QLatin1StringView("X.509 devices are not supported; use a symmetric key")}});
    if (!parser.parse(text, error))
        return std::nullopt;
    const auto failWith = [error](const QString &message) -> std::optional<DeviceConnectionString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::optional<QString> host = parser.value(HostNameKey);
    const std::optional<QString> deviceId = parser.value(DeviceIdKey);
    const std::optional<QString> key = parser.value(KeyKey);
    if (!host)
        return failWith(QStringLiteral("the connection string has no HostName"));
    if (!deviceId)
        return failWith(QStringLiteral("the connection string has no DeviceId"));
    if (!key)
        return failWith(QStringLiteral("the connection string has no SharedAccessKey"));
    const QString hostName = host->trimmed();
    if (!ConnectionStringParser::checkHostName(hostName, HostNameKey, error))
        return std::nullopt;
    QString idError;
    if (!IdentifierRules::isValidDeviceId(*deviceId, &idError))
        return failWith(QStringLiteral("DeviceId: ") + idError);
    const QString keyText = key->trimmed();
    if (keyText.isEmpty())
        return failWith(QStringLiteral("SharedAccessKey is empty"));
    if (!SharedAccessSignature::decodeKey(keyText))
        return failWith(QStringLiteral("SharedAccessKey is not valid base64"));

    DeviceConnectionString result(hostName, *deviceId, keyText);
    if (const std::optional<QString> moduleId = parser.value(ModuleIdKey)) {
        if (!IdentifierRules::isValidModuleId(*moduleId, &idError))
            return failWith(QStringLiteral("ModuleId: ") + idError);
        result.m_moduleId = *moduleId;
    }
    if (const std::optional<QString> gateway = parser.value(GatewayKey)) {
        const QString gatewayHost = gateway->trimmed();
        if (!ConnectionStringParser::checkHostName(gatewayHost, GatewayKey, error))
            return std::nullopt;
        result.m_gatewayHostName = gatewayHost;
    }
    return result;
}

QString DeviceConnectionString::toString() const
{
    QString text = HostNameKey + u'=' + m_hostName + u';' + DeviceIdKey + u'=' + m_deviceId;
    if (!m_moduleId.isEmpty())
        text += u';' + ModuleIdKey + u'=' + m_moduleId;
    text += u';' + KeyKey + u'=' + m_key;
    if (!m_gatewayHostName.isEmpty())
        text += u';' + GatewayKey + u'=' + m_gatewayHostName;
    return text;
}

QString DeviceConnectionString::toRedactedString() const
{
    QString text = HostNameKey + u'=' + m_hostName + u';' + DeviceIdKey + u'=' + m_deviceId;
    if (!m_moduleId.isEmpty())
        text += u';' + ModuleIdKey + u'=' + m_moduleId;
    text += u';' + KeyKey + QStringLiteral("=<redacted>");
    if (!m_gatewayHostName.isEmpty())
        text += u';' + GatewayKey + u'=' + m_gatewayHostName;
    return text;
}

QString DeviceConnectionString::createToken(qint64 expirySecondsSinceEpoch) const
{
    QString resource = m_hostName + QStringLiteral("/devices/") + m_deviceId;
    if (!m_moduleId.isEmpty())
        resource += QStringLiteral("/modules/") + m_moduleId;
    return SharedAccessSignature::create(resource, {}, m_key, expirySecondsSinceEpoch).toString();
}

} // namespace StampDeck::Azure
