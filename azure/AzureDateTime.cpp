#include "AzureDateTime.h"

#include <QRegularExpression>

namespace StampDeck::Azure {

AzureDateTime::AzureDateTime(const QDateTime &dateTime)
    : m_dateTime(dateTime.toUTC())
{
}

std::optional<AzureDateTime> AzureDateTime::fromString(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,}))?([Zz]|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    QString fraction = match.captured(7);
    fraction = fraction.left(7).leftJustified(7, u'0');
    const int ticks = fraction.toInt(); // 100 ns units
    const int milliseconds = ticks / 10000;

    QDateTime dateTime(date, time.addMSecs(milliseconds), Qt::UTC);
    const QStringView zone = match.capturedView(8);
    if (!zone.isEmpty() && zone != u"Z" && zone != u"z") {
        const int sign = zone.front() == u'-' ? -1 : 1;
        const QString digits = zone.mid(1).toString().remove(u':');
        const int offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) * sign;
        dateTime = dateTime.addSecs(-offsetSeconds);
    }
    AzureDateTime result;
    result.m_dateTime = dateTime;
    result.m_subMsTicks = ticks % 10000;
    return result;
}

AzureDateTime AzureDateTime::never()
{
    AzureDateTime result;
    result.m_dateTime = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    return result;
}

AzureDateTime AzureDateTime::currentDateTimeUtc()
{
    return AzureDateTime(QDateTime::currentDateTimeUtc());
}

bool AzureDateTime::isNever() const
{
    return m_dateTime.isValid() && m_dateTime.date() == QDate(1, 1, 1) && m_dateTime.time() == QTime(0, 0)
        && m_subMsTicks == 0;
}

QString AzureDateTime::toString() const
{
    if (!m_dateTime.isValid())
        return {};
    const QDate date = m_dateTime.date();
    const QTime time = m_dateTime.time();
    QString text = QStringLiteral("%1-%2-%3T%4:%5:%6")
                       .arg(date.year(), 4, 10, QLatin1Char('0'))
                       .arg(date.month(), 2, 10, QLatin1Char('0'))
                       .arg(date.day(), 2, 10, QLatin1Char('0'))
                       .arg(time.hour(), 2, 10, QLatin1Char('0'))
                       .arg(time.minute(), 2, 10, QLatin1Char('0'))
                       .arg(time.second(), 2, 10, QLatin1Char('0'));
    const int ticks = time.msec() * 10000 + m_subMsTicks;
    if (ticks != 0) {
        QString fraction = QStringLiteral("%1").arg(ticks, 7, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return text + u'Z';
}

} // namespace StampDeck::Azure
