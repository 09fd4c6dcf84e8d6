#pragma once

#include "ConnectionString.h"
#include "QuotaProfile.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace StampDeck::Azure {

// Where and how to reach one hub, DPS instance or DPS device endpoint: host (with port for the
// emulator), the policy and key that sign its SAS tokens, an optional extra CA certificate that is
// trusted for this endpoint only (the emulator's local CA; verification itself is never turned
// off), and the quotas its token buckets are sized from.
struct AzureEndpoint
{
    QString hostName;          // "myhub.azure-devices.net" or "localhost:44321"
    bool plainHttp = false;    // http instead of https: refused unless the host is loopback
    QString policyName;        // skn; empty for the DPS device endpoint (per-device keys)
    QString key;               // base64 policy key: a secret, never logged
    QList<QSslCertificate> extraCaCertificates;
    QuotaProfile quotas;

    // Endpoint of a service connection string (HostName, SharedAccessKeyName, SharedAccessKey).
    static AzureEndpoint fromConnectionString(const ConnectionString &connectionString, const QuotaProfile &quotas);

    // "https://host:port", the base of every request URL.
    QUrl baseUrl() const;
    // Identifies the endpoint in pacing lanes and statistics (scheme and lower-case host).
    QString id() const;
    // The host without the port.
    QString host() const;
    // localhost, 127.0.0.0/8 or ::1.
    bool isLoopback() const;
};

} // namespace StampDeck::Azure
