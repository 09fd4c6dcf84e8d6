#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace StampDeck::Azure {

// A device connection string:
//   HostName=<hub host[:port]>;DeviceId=<id>;SharedAccessKey=<base64>[;ModuleId=<id>][;GatewayHostName=<host>]
// Same splitting rules as ConnectionString (';' then first '=', case-insensitive key names).
// Errors never contain the key.
class DeviceConnectionString
{
public:
    DeviceConnectionString() = default;
    DeviceConnectionString(const QString &hostName, const QString &deviceId, const QString &sharedAccessKey);

    static std::optional<DeviceConnectionString> parse(QStringView text, QString *error = nullptr);

    QString toString() const;         // contains the key
    QString toRedactedString() const; // key replaced by "<redacted>"

    bool isValid() const { return !m_hostName.isEmpty() && !m_deviceId.isEmpty(); }

    QString hostName() const { return m_hostName; }
    QString deviceId() const { return m_deviceId; }
    QString moduleId() const { return m_moduleId; }             // empty when absent
    QString gatewayHostName() const { return m_gatewayHostName; } // empty when absent
    QString sharedAccessKey() const { return m_key; }

    void setModuleId(const QString &moduleId) { m_moduleId = moduleId; }
    void setGatewayHostName(const QString &host) { m_gatewayHostName = host; }

    // Device SAS token: sr = url-encoded "<host>/devices/<deviceId>[/modules/<moduleId>]", no skn.
    QString createToken(qint64 expirySecondsSinceEpoch) const;

    friend bool operator==(const DeviceConnectionString &, const DeviceConnectionString &) = default;

private:
    QString m_hostName;
    QString m_deviceId;
    QString m_moduleId;
    QString m_gatewayHostName;
    QString m_key;
};

} // namespace StampDeck::Azure
