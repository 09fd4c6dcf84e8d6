#include "ConnectionStringParser.h"

namespace StampDeck::Azure {

ConnectionStringParser::ConnectionStringParser(QList<QLatin1StringView> allowed, QList<ForeignName> foreign)
    : m_allowed(std::move(allowed))
    , m_foreign(std::move(foreign))
{
    m_values.resize(m_allowed.size());
}

bool ConnectionStringParser::parse(QStringView text, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.trimmed().isEmpty())
        return failWith(QStringLiteral("the connection string is empty"));

    int partNumber = 0;
    for (const QStringView rawPart : text.split(u';')) {
        ++partNumber;
        const QStringView part = rawPart.trimmed();
        if (part.isEmpty())
            continue; // "a=b;" and "a=b;;c=d" are tolerated
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            return failWith(QStringLiteral("part %1 of the connection string is not of the form Name=value").arg(partNumber));
        const QStringView name = part.left(eq).trimmed();
        const QStringView value = part.mid(eq + 1);
        if (name.isEmpty())
            return failWith(QStringLiteral("part %1 of the connection string has no name before '='").arg(partNumber));

        bool matched = false;
        for (qsizetype i = 0; i < m_allowed.size(); ++i) {
            if (name.compare(m_allowed[i], Qt::CaseInsensitive) != 0)
                continue;
            if (m_values[i])
                return failWith(QStringLiteral("%1 appears more than once in the connection string").arg(m_allowed[i]));
            m_values[i] = value.toString();
            matched = true;
            break;
        }
        if (matched)
            continue;
        for (const ForeignName &foreign : m_foreign) {
            if (name.compare(foreign.name, Qt::CaseInsensitive) == 0)
                return failWith(QStringLiteral("%1 does not belong here: %2").arg(foreign.name, foreign.hint));
        }
        // The name is not echoed: a pasted key ending in '=' would put key text there.
        return failWith(QStringLiteral("part %1 of the connection string has an unknown name (expected %2)")
                            .arg(partNumber)
                            .arg([this] {
                                QStringList names;
                                for (const QLatin1StringView n : m_allowed)
                                    names.append(QString(n));
                                return names.join(QStringLiteral(", "));
                            }()));
    }
    return true;
}

std::optional<QString> ConnectionStringParser::value(QLatin1StringView name) const
{
    for (qsizetype i = 0; i < m_allowed.size(); ++i) {
        if (m_allowed[i] == name)
            return m_values[i];
    }
    return std::nullopt;
}

bool ConnectionStringParser::checkHostName(const QString &hostName, QLatin1StringView partName, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (hostName.isEmpty())
        return failWith(QStringLiteral("%1 is empty").arg(partName));
    if (hostName.contains(QLatin1StringView("://")))
        return failWith(QStringLiteral("%1 '%2' must be a host name, not a URL (leave out the scheme)").arg(partName, hostName));
    const QString host = hostWithoutPort(hostName);
    if (host.isEmpty())
        return failWith(QStringLiteral("%1 '%2' has no host before the port").arg(partName, hostName));
    for (const QChar c : host) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'.' || c == u'_';
        if (!ok)
            return failWith(QStringLiteral("%1 '%2' is not a valid host name (character '%3' is not allowed)")
                                .arg(partName, hostName, QString(c)));
    }
    if (host.startsWith(u'.') || host.endsWith(u'.') || host.contains(QStringLiteral("..")))
        return failWith(QStringLiteral("%1 '%2' is not a valid host name").arg(partName, hostName));
    if (hostName.size() != host.size()) {
        const QStringView portText = QStringView(hostName).mid(host.size() + 1);
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return failWith(QStringLiteral("%1 '%2' has an invalid port (expected 1 to 65535)").arg(partName, hostName));
    }
    return true;
}

QString ConnectionStringParser::hostWithoutPort(const QString &hostName)
{
    const qsizetype colon = hostName.lastIndexOf(u':');
    return colon < 0 ? hostName : hostName.left(colon);
}

int ConnectionStringParser::portOf(const QString &hostName)
{
    const qsizetype colon = hostName.lastIndexOf(u':');
    if (colon < 0)
        return -1;
    bool ok = false;
    const int port = QStringView(hostName).mid(colon + 1).toInt(&ok);
    return ok ? port : -1;
}

} // namespace StampDeck::Azure
