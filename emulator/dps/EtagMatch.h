#pragma once

#include <QByteArrayView>
#include <QString>

namespace StampDeck::Emulator {

// If-Match handling for the DPS service API. The Node service SDK sends the etag exactly as the
// record holds it (unquoted), C# and curl users quote it, and some clients send weak etags
// (W/"..."): all are the same precondition.
class EtagMatch
{
public:
    // The header value without W/, surrounding quotes and blanks; empty when there is no
    // precondition.
    static QString normalize(QByteArrayView ifMatchHeader);
    // True when the (normalized) precondition accepts a record with this etag: "*" accepts any
    // existing record.
    static bool matches(const QString &normalizedIfMatch, const QString &etag);
    static bool isWildcard(const QString &normalizedIfMatch) { return normalizedIfMatch == u"*"; }
};

} // namespace StampDeck::Emulator
