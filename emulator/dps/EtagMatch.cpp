#include "EtagMatch.h"

namespace StampDeck::Emulator {

QString EtagMatch::normalize(QByteArrayView ifMatchHeader)
{
    QString text = QString::fromUtf8(ifMatchHeader).trimmed();
    if (text.startsWith(u"W/"))
        text = text.mid(2).trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

bool EtagMatch::matches(const QString &normalizedIfMatch, const QString &etag)
{
    return isWildcard(normalizedIfMatch) || normalizedIfMatch == etag;
}

} // namespace StampDeck::Emulator
