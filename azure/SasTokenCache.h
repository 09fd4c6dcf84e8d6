#pragma once

#include "Clock.h"

#include <QHash>
#include <QString>

namespace StampDeck::Azure {

// Mints SAS tokens per request class (one resource, policy and key: a hub or DPS endpoint, or one
// DPS device registration) and reuses each until it is near its expiry. Lifetimes are at most an
// hour: a leaked token is worth little, and minting is cheap. Tokens are held in memory only and
// never logged; the cache key is a hash, so even a heap dump of the keys reveals no secret.
class SasTokenCache
{
public:
    static constexpr qint64 MaxLifetimeSeconds = 3600;

    explicit SasTokenCache(Clock *clock, qint64 lifetimeSeconds = 20 * 60, qint64 renewMarginSeconds = 5 * 60);

    // The "SharedAccessSignature sr=..." header value; an empty string and *error for a key that
    // is not base64. resource is the unencoded resource URI (host name, or idScope/registrations/id).
    QString token(const QString &resource, const QString &keyName, const QString &key, QString *error = nullptr);

    qint64 lifetimeSeconds() const { return m_lifetime; }
    qint64 renewMarginSeconds() const { return m_margin; }
    // How many tokens were minted (tests check the cache works).
    int mintCount() const { return m_mints; }
    void clear() { m_tokens.clear(); }

private:
    struct Entry
    {
        QString token;
        qint64 expiry = 0; // seconds since the epoch
    };

    Clock *m_clock;
    qint64 m_lifetime;
    qint64 m_margin;
    QHash<QByteArray, Entry> m_tokens;
    int m_mints = 0;
};

} // namespace StampDeck::Azure
