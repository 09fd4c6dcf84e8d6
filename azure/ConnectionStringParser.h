#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace StampDeck::Azure {

// Internal helper of ConnectionString and DeviceConnectionString: splits "A=b;C=d" on ';' and then
// on the first '=', matches names case-insensitively against the allowed list, and reports
// problems by part number or by known name only, so no error can ever echo a secret value.
class ConnectionStringParser
{
public:
    // allowed: canonical names the caller accepts. foreign: names of other kinds of connection
    // string with the hint to give when one appears (e.g. DeviceId in a service string).
    struct ForeignName
    {
        QLatin1StringView name;
        QLatin1StringView hint;
    };

    ConnectionStringParser(QList<QLatin1StringView> allowed, QList<ForeignName> foreign);

    bool parse(QStringView text, QString *error);

    // The value of an allowed name, nullopt when absent.
    std::optional<QString> value(QLatin1StringView name) const;

    // Checks a HostName value ("host" or "host:port"); error names the part, never a secret.
    static bool checkHostName(const QString &hostName, QLatin1StringView partName, QString *error);
    // Splits host and port (-1 when none).
    static QString hostWithoutPort(const QString &hostName);
    static int portOf(const QString &hostName);

private:
    QList<QLatin1StringView> m_allowed;
    QList<ForeignName> m_foreign;
    QList<std::optional<QString>> m_values; // parallel to m_allowed
};

} // namespace StampDeck::Azure
