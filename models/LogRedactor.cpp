#include "LogRedactor.h"

#include <QRegularExpression>
#include <QUrl>

namespace StampDeck {

namespace {

constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

// One secret shape: a cheap anchor to look for first, the pattern, what replaces a match.
struct Shape
{
    QLatin1StringView anchor;
    QRegularExpression pattern;
    QString replacement;
};

const QList<Shape> &shapes()
{
    static const QList<Shape> list = [] {
        const QString p = QString(LogRedactor::Placeholder);
        return QList<Shape> {
            // Header values, as written by hand ("Authorization: ...") or by QDebug of raw header
            // pairs ("Authorization", "..."): the whole value up to the line's or string's end.
            { QLatin1StringView("authorization"),
              QRegularExpression(QStringLiteral(R"((\bAuthorization\\?"?\s*[:=,]\s*\\?"?)[^"\\\r\n]+)"),
                                 CaseInsensitive),
              QStringLiteral("\\1") + p },
            // A whole SAS token: its fields are separated by '&', it ends at a space, quote, ';' or ','.
            { QLatin1StringView("sharedaccesssignature"),
              QRegularExpression(QStringLiteral(R"(\b(SharedAccessSignature)\s+(?:sr|sig|se|skn)=[^\s"';,]*)"),
                                 CaseInsensitive),
              QStringLiteral("\\1 ") + p },
            // A signature anywhere else (a URL, a token cut in pieces).
            { QLatin1StringView("sig="), QRegularExpression(QStringLiteral(R"(\b(sig=)[^&\s"';,]*)"), CaseInsensitive),
              QStringLiteral("\\1") + p },
            // Connection strings: SharedAccessKey=<base64> (SharedAccessKeyName is not a secret).
            { QLatin1StringView("sharedaccesskey"),
              QRegularExpression(QStringLiteral(R"(\b(SharedAccessKey\s*=\s*)[^;\s"']*)"), CaseInsensitive),
              QStringLiteral("\\1") + p },
            // JSON key fields holding a string, also inside escaped JSON (\"primaryKey\":\"...\").
            { QLatin1StringView("key"),
              QRegularExpression(
                  QStringLiteral(R"((\\*"(?:primaryKey|secondaryKey|key|symmetricKey)\\*"\s*:\s*)(\\*")[^"\\]*(\\*"))"),
                  CaseInsensitive),
              QStringLiteral("\\1\\2") + p + QStringLiteral("\\3") },
            // OAuth bearer tokens (Entra ID, later).
            { QLatin1StringView("bearer"),
              QRegularExpression(QStringLiteral(R"(\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*)"), CaseInsensitive),
              QStringLiteral("\\1") + p },
        };
    }();
    return list;
}

QString withoutPadding(QString text)
{
    while (text.endsWith(u'='))
        text.chop(1);
    return text;
}

} // namespace

void LogRedactor::addKnownSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < MinimumSecretLength || m_known.contains(withoutPadding(trimmed)))
        return;
    m_known.insert(withoutPadding(trimmed));
    m_variants.append(trimmed);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(trimmed));
    if (encoded != trimmed)
        m_variants.append(encoded);
}

void LogRedactor::forgetKnownSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    m_known.remove(withoutPadding(trimmed));
    m_variants.removeAll(trimmed);
    m_variants.removeAll(QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
}

void LogRedactor::clearKnownSecrets()
{
    m_known.clear();
    m_variants.clear();
}

QString LogRedactor::redact(const QString &text) const
{
    return redactKnown(redactShapes(text));
}

QString LogRedactor::redactShapes(const QString &text)
{
    QString result = text;
    for (const Shape &shape : shapes()) {
        if (result.contains(shape.anchor, Qt::CaseInsensitive))
            result.replace(shape.pattern, shape.replacement);
    }
    return result;
}

QString LogRedactor::redactKnown(QString text) const
{
    if (m_known.isEmpty())
        return text;
    // Every base64 (or percent-encoded base64) run that decodes to a known key, whatever
    // surrounds it; then plain occurrences inside longer runs.
    static const QRegularExpression blob(QStringLiteral("(?:[A-Za-z0-9+/]|%2[BbFf]|%3[Dd])+=*"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = blob.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() < MinimumSecretLength)
            continue;
        const QString decoded = QUrl::fromPercentEncoding(match.captured().toLatin1());
        if (!m_known.contains(withoutPadding(decoded)))
            continue;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += Placeholder;
        last = match.capturedEnd();
    }
    if (last > 0) {
        out += QStringView(text).mid(last);
        text = out;
    }
    for (const QString &variant : m_variants)
        text.replace(variant, Placeholder);
    return text;
}

} // namespace StampDeck
