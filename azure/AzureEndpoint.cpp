#include "AzureEndpoint.h"

#include <QHostAddress>

namespace StampDeck::Azure {

AzureEndpoint AzureEndpoint::fromConnectionString(const ConnectionString &connectionString, const QuotaProfile &quotas)
{
    AzureEndpoint endpoint;
    endpoint.hostName = connectionString.hostName();
    endpoint.policyName = connectionString.sharedAccessKeyName();
    endpoint.key = connectionString.sharedAccessKey();
    endpoint.quotas = quotas;
    return endpoint;
}

QUrl AzureEndpoint::baseUrl() const
{
    return QUrl(QString((plainHttp ? QLatin1StringView("http://") : QLatin1StringView("https://")) + hostName));
}

QString AzureEndpoint::id() const
{
    return (plainHttp ? QLatin1StringView("http://") : QLatin1StringView("https://")) + hostName.toLower();
}

QString AzureEndpoint::host() const
{
    QString h = hostName;
    if (h.startsWith(u'[')) { // [::1]:443
        const qsizetype end = h.indexOf(u']');
        return end > 0 ? h.mid(1, end - 1) : h;
    }
    const qsizetype colon = h.lastIndexOf(u':');
    if (colon > 0 && h.indexOf(u':') == colon)
        h.truncate(colon);
    return h;
}

bool AzureEndpoint::isLoopback() const
{
    const QString h = host();
    if (h.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

} // namespace StampDeck::Azure
