#include "ConnectionString.h"

#include "ConnectionStringParser.h"
#include "SharedAccessSignature.h"

namespace StampDeck::Azure {

namespace {
constexpr QLatin1StringView HostNameKey("HostName");
constexpr QLatin1StringView KeyNameKey("SharedAccessKeyName");
constexpr QLatin1StringView KeyKey("SharedAccessKey");
} // namespace

ConnectionString::ConnectionString(const QString &hostName, const QString &sharedAccessKeyName,
                                   const QString &sharedAccessKey)
    : m_hostName(hostName)
    , m_keyName(sharedAccessKeyName)
    , m_key(sharedAccessKey)
{
}

std::optional<ConnectionString> ConnectionString::parse(QStringView text, QString *error)
{
    const QLatin1StringView deviceHint("it is part of a device connection string; a service connection string "
                                       "has HostName, SharedAccessKeyName and SharedAccessKey");
    ConnectionStringParser parser({HostNameKey, KeyNameKey, KeyKey},
                                  {{QLatin1StringView("DeviceId"), deviceHint},
                                   {QLatin1StringView("ModuleId"), deviceHint},
                                   {QLatin1StringView("GatewayHostName"), deviceHint},
                                   {QLatin1StringView("x509"), deviceHint},
                                   {QLatin1StringView("SharedAccessSignature"),
                                    QLatin1StringView("StampDeck needs the policy key (SharedAccessKeyName and "
                                                      "SharedAccessKey), not a ready-made token")}});
    if (!parser.parse(text, error))
        return std::nullopt;
    const auto failWith = [error](const QString &message) -> std::optional<ConnectionString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::optional<QString> host = parser.value(HostNameKey);
    const std::optional<QString> keyName = parser.value(KeyNameKey);
    const std::optional<QString> key = parser.value(KeyKey);
    if (!host)
        return failWith(QStringLiteral("the connection string has no HostName"));
    if (!keyName)
        return failWith(QStringLiteral("the connection string has no SharedAccessKeyName"));
    if (!key)
        return failWith(QStringLiteral("the connection string has no SharedAccessKey"));
    const QString hostName = host->trimmed();
    if (!ConnectionStringParser::checkHostName(hostName, HostNameKey, error))
        return std::nullopt;
    const QString policy = keyName->trimmed();
    if (policy.isEmpty())
        return failWith(QStringLiteral("SharedAccessKeyName is empty"));
    for (const QChar c : policy) {
        if (c.isSpace() || c.unicode() < 0x20)
            return failWith(QStringLiteral("SharedAccessKeyName contains white space"));
    }
    const QString keyText = key->trimmed();
    if (keyText.isEmpty())
        return failWith(QStringLiteral("SharedAccessKey is empty"));
    if (!SharedAccessSignature::decodeKey(keyText))
        return failWith(QStringLiteral("SharedAccessKey is not valid base64"));
    return ConnectionString(hostName, policy, keyText);
}

QString ConnectionString::toString() const
{
    return HostNameKey + u'=' + m_hostName + u';' + KeyNameKey + u'=' + m_keyName + u';' + KeyKey + u'=' + m_key;
}

QString ConnectionString::toRedactedString() const
{
    return HostNameKey + u'=' + m_hostName + u';' + KeyNameKey + u'=' + m_keyName + u';' + KeyKey
        + QStringLiteral("=<redacted>");
}

QString ConnectionString::host() const
{
    return ConnectionStringParser::hostWithoutPort(m_hostName);
}

int ConnectionString::port() const
{
    return ConnectionStringParser::portOf(m_hostName);
}

bool ConnectionString::looksLikeDps() const
{
    return host().endsWith(QLatin1StringView(".azure-devices-provisioning.net"), Qt::CaseInsensitive);
}

bool ConnectionString::looksLikeHub() const
{
    return host().endsWith(QLatin1StringView(".azure-devices.net"), Qt::CaseInsensitive);
}

QString ConnectionString::createToken(qint64 expirySecondsSinceEpoch) const
{
    return SharedAccessSignature::create(m_hostName, m_keyName, m_key, expirySecondsSinceEpoch).toString();
}

} // namespace StampDeck::Azure
