#include "RetryAfter.h"

#include <QLocale>

namespace StampDeck::Azure::RetryAfter {

namespace {
std::optional<qint64> parseMilliseconds(QByteArrayView value)
{
    bool ok = false;
    const double ms = value.trimmed().toDouble(&ok);
    if (!ok || ms < 0)
        return std::nullopt;
    return qint64(ms);
}
} // namespace

std::optional<qint64> parseValue(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(qint64(seconds * 1000.0));
    // HTTP date: "Sun, 06 Nov 1994 08:49:37 GMT" (English names whatever the locale).
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1StringView(" GMT")))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

std::optional<qint64> fromHeaders(const HttpHeaderList &headers, const QDateTime &nowUtc)
{
    std::optional<qint64> seconds;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "retry-after-ms" || lower == "x-ms-retry-after-ms") {
            if (auto ms = parseMilliseconds(value))
                return ms; // the finer value wins
        } else if (lower == "retry-after") {
            seconds = parseValue(value, nowUtc);
        }
    }
    return seconds;
}

} // namespace StampDeck::Azure::RetryAfter
