#include "SasTokenCache.h"

#include "SharedAccessSignature.h"

#include <QCryptographicHash>

#include <algorithm>

namespace StampDeck::Azure {

SasTokenCache::SasTokenCache(Clock *clock, qint64 lifetimeSeconds, qint64 renewMarginSeconds)
    : m_clock(clock)
    , m_lifetime(std::clamp<qint64>(lifetimeSeconds, 60, MaxLifetimeSeconds))
    , m_margin(std::clamp<qint64>(renewMarginSeconds, 0, m_lifetime / 2))
{
}

QString SasTokenCache::token(const QString &resource, const QString &keyName, const QString &key, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(resource.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(keyName.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(key.toUtf8());
    const QByteArray cacheKey = hash.result();

    const qint64 now = m_clock->currentUtc().toSecsSinceEpoch();
    const auto it = m_tokens.constFind(cacheKey);
    if (it != m_tokens.constEnd() && it->expiry - m_margin > now)
        return it->token;

    const qint64 expiry = now + m_lifetime;
    QString signError;
    const SharedAccessSignature sas = SharedAccessSignature::create(
        resource, keyName, key, expiry, SharedAccessSignature::ResourceEncoding::UrlEncode, &signError);
    if (!sas.isValid()) {
        if (error)
            *error = signError;
        return {};
    }
    ++m_mints;
    const QString text = sas.toString();
    m_tokens.insert(cacheKey, Entry{text, expiry});
    return text;
}

} // namespace StampDeck::Azure
