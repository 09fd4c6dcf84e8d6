#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace StampDeck::Azure {

// A service connection string for an IoT hub or a DPS instance:
//   HostName=<host[:port]>;SharedAccessKeyName=<policy>;SharedAccessKey=<base64>
// Parsing splits on ';' and then on the first '=' (values may contain '='); key names are
// matched case-insensitively; empty segments (a trailing ';') are ignored. HostName may carry a
// port ("localhost:44321", used by the emulator). The key must be valid base64.
// Parse errors name the part that is wrong and never contain the key.
class ConnectionString
{
public:
    ConnectionString() = default;
    ConnectionString(const QString &hostName, const QString &sharedAccessKeyName, const QString &sharedAccessKey);

    // Parses a service connection string; on failure returns nullopt and sets *error.
    static std::optional<ConnectionString> parse(QStringView text, QString *error = nullptr);

    // "HostName=..;SharedAccessKeyName=..;SharedAccessKey=.." (contains the secret key).
    QString toString() const;
    // The same with the key replaced by "<redacted>": safe for logs and dialogs.
    QString toRedactedString() const;

    bool isValid() const { return !m_hostName.isEmpty(); }

    // HostName as written, with the port if one was given.
    QString hostName() const { return m_hostName; }
    // HostName without the port.
    QString host() const;
    // The port from HostName, or -1 when none was given.
    int port() const;

    QString sharedAccessKeyName() const { return m_keyName; }
    // The base64 key as written in the connection string.
    QString sharedAccessKey() const { return m_key; }

    // True for "*.azure-devices-provisioning.net" host names.
    bool looksLikeDps() const;
    // True for "*.azure-devices.net" host names.
    bool looksLikeHub() const;

    // A SAS token for this endpoint: sr = hostName(), skn = policy, signed with the key.
    QString createToken(qint64 expirySecondsSinceEpoch) const;

    friend bool operator==(const ConnectionString &, const ConnectionString &) = default;

private:
    QString m_hostName;
    QString m_keyName;
    QString m_key;
};

} // namespace StampDeck::Azure
