#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace StampDeck::Azure {

// A UTC timestamp as Azure writes it: ISO 8601 with up to 7 fractional digits (100 ns ticks) and a
// "Z" suffix, trailing zeros of the fraction trimmed: "2022-08-31T22:02:50.5163352Z". "Never" is
// 0001-01-01T00:00:00Z (lastActivityTime of a device that never connected). Keeps the sub-millisecond
// ticks QDateTime cannot hold, so a parsed value writes back unchanged.
class AzureDateTime
{
public:
    AzureDateTime() = default; // invalid
    explicit AzureDateTime(const QDateTime &dateTime); // converted to UTC, millisecond precision

    // Parses "yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|±HH:mm)"; more than 7 fractional digits are truncated.
    // Offsets are converted to UTC. Returns nullopt for anything else.
    static std::optional<AzureDateTime> fromString(QStringView text);
    // 0001-01-01T00:00:00Z.
    static AzureDateTime never();
    static AzureDateTime currentDateTimeUtc();

    bool isValid() const { return m_dateTime.isValid(); }
    bool isNever() const;

    // "2022-08-31T22:02:50.5163352Z", "0001-01-01T00:00:00Z".
    QString toString() const;
    QJsonValue toJson() const { return toString(); }
    QDateTime toDateTime() const { return m_dateTime; } // UTC, milliseconds
    qint64 toMSecsSinceEpoch() const { return m_dateTime.toMSecsSinceEpoch(); }
    // The 100 ns ticks below the millisecond (0..9999).
    int subMillisecondTicks() const { return m_subMsTicks; }

    friend bool operator==(const AzureDateTime &a, const AzureDateTime &b)
    {
        return a.m_dateTime == b.m_dateTime && a.m_subMsTicks == b.m_subMsTicks;
    }
    friend bool operator<(const AzureDateTime &a, const AzureDateTime &b)
    {
        return a.m_dateTime < b.m_dateTime || (a.m_dateTime == b.m_dateTime && a.m_subMsTicks < b.m_subMsTicks);
    }

private:
    QDateTime m_dateTime; // UTC
    int m_subMsTicks = 0;
};

} // namespace StampDeck::Azure
