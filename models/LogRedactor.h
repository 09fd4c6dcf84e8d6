#pragma once

#include <QLatin1StringView>
#include <QSet>
#include <QString>

namespace StampDeck {

// Takes every secret out of a line before it is shown or kept: SAS tokens (whole), sig= values,
// SharedAccessKey= in connection strings, key fields in JSON, Authorization header values,
// bearer tokens, and any base64 blob equal to a key the app loaded (addKnownSecret). What is
// removed becomes "<redacted>". Pure and not thread-safe: share one behind a lock.
class LogRedactor
{
public:
    static constexpr QLatin1StringView Placeholder { "<redacted>" };
    // Shorter strings are not taken as secrets (they would blank ordinary words).
    static constexpr int MinimumSecretLength = 8;

    // A key the app holds (endpoint or device key, base64): redacted wherever it appears, also
    // percent-encoded as in a URL.
    void addKnownSecret(const QString &secret);
    void forgetKnownSecret(const QString &secret);
    void clearKnownSecrets();
    int knownSecretCount() const { return int(m_known.size()); }

    QString redact(const QString &text) const;

    // The shapes only (no known secrets): for lines written before any key was loaded.
    static QString redactShapes(const QString &text);

private:
    QString redactKnown(QString text) const;

    QSet<QString> m_known; // without trailing '=' padding
    QList<QString> m_variants; // each known secret as written and percent-encoded
};

} // namespace StampDeck
