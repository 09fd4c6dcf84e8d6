#include "HubDeviceWriter.h"

#include "HubSasKeys.h"

#include <WireEnums.h>

namespace StampDeck::Emulator {

namespace {

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    int n = 24;
    do {
        digits[--n] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n > 0);
    while (24 - n < width && n > 0)
        digits[--n] = '0';
    out.append(digits + n, 24 - n);
}

void appendKey(QByteArray &out, QLatin1StringView key)
{
    out.append('"');
    out.append(key.data(), key.size());
    out.append("\":", 2);
}

void appendOptionalString(QByteArray &out, QLatin1StringView key, const std::optional<QString> &value, bool &comma)
{
    if (!value)
        return;
    if (comma)
        out.append(',');
    appendKey(out, key);
    HubDeviceWriter::appendString(out, *value);
    comma = true;
}

} // namespace

void HubDeviceWriter::appendTime(QByteArray &out, qint64 ms)
{
    if (ms == 0) {
        out.append("0001-01-01T00:00:00Z");
        return;
    }
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), exact for the Gregorian calendar.
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    out.append('T');
    appendDigits(out, rest / 3'600'000, 2);
    out.append(':');
    appendDigits(out, rest / 60'000 % 60, 2);
    out.append(':');
    appendDigits(out, rest / 1000 % 60, 2);
    int millis = int(rest % 1000);
    if (millis != 0) {
        int width = 3;
        while (millis % 10 == 0) {
            millis /= 10;
            --width;
        }
        out.append('.');
        appendDigits(out, millis, width);
    }
    out.append('Z');
}

void HubDeviceWriter::appendString(QByteArray &out, QStringView text)
{
    // Escape byte by byte over UTF-8: multi-byte sequences (all bytes >= 0x80) pass unchanged.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    const QByteArray utf8 = ascii ? QByteArray() : text.toUtf8();
    const qsizetype size = ascii ? text.size() : utf8.size();
    out.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        const quint8 b = ascii ? quint8(text[i].unicode()) : quint8(utf8[i]);
        if (b == '"' || b == '\\') {
            out.append('\\');
            out.append(char(b));
        } else if (b < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00", 4);
            out.append(hex[b >> 4]);
            out.append(hex[b & 0xf]);
        } else {
            out.append(char(b));
        }
    }
    out.append('"');
}

void HubDeviceWriter::appendBase64(QByteArray &out, const quint8 *data, int size)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    // Into a local buffer first: one append instead of one per character.
    char buffer[96];
    int n = 0;
    const auto flush = [&] {
        out.append(buffer, n);
        n = 0;
    };
    int i = 0;
    for (; i + 2 < size; i += 3) {
        if (n + 4 > int(sizeof(buffer)))
            flush();
        const quint32 v = (quint32(data[i]) << 16) | (quint32(data[i + 1]) << 8) | data[i + 2];
        buffer[n++] = alphabet[v >> 18];
        buffer[n++] = alphabet[(v >> 12) & 63];
        buffer[n++] = alphabet[(v >> 6) & 63];
        buffer[n++] = alphabet[v & 63];
    }
    if (i < size) {
        if (n + 4 > int(sizeof(buffer)))
            flush();
        quint32 v = quint32(data[i]) << 16;
        if (i + 1 < size)
            v |= quint32(data[i + 1]) << 8;
        buffer[n++] = alphabet[v >> 18];
        buffer[n++] = alphabet[(v >> 12) & 63];
        buffer[n++] = i + 1 < size ? alphabet[(v >> 6) & 63] : '=';
        buffer[n++] = '=';
    }
    flush();
}

QByteArray HubDeviceWriter::identity(const HubDeviceRecord &record, const HubDeviceExtras *extras)
{
    QByteArray out;
    out.reserve(640);
    out.append('{');
    appendKey(out, QLatin1StringView("deviceId"));
    appendString(out, record.id);
    out.append(",\"generationId\":\"");
    out.append(record.generationId().toLatin1());
    out.append("\",\"etag\":\"");
    out.append(record.deviceEtag().toLatin1());
    out.append("\",\"connectionState\":\"");
    out.append(record.connection == HubDeviceRecord::Connected ? "Connected" : "Disconnected");
    out.append("\",\"status\":\"");
    out.append(record.status == HubDeviceRecord::Disabled ? "disabled" : "enabled");
    out.append('"');
    bool comma = true;
    if (extras)
        appendOptionalString(out, QLatin1StringView("statusReason"), extras->statusReason, comma);
    out.append(",\"connectionStateUpdatedTime\":\"");
    appendTime(out, record.connectionStateUpdatedMs);
    out.append("\",\"statusUpdatedTime\":\"");
    appendTime(out, record.statusUpdatedMs);
    out.append("\",\"lastActivityTime\":\"");
    appendTime(out, record.lastActivityMs);
    out.append("\",\"cloudToDeviceMessageCount\":");
    appendDigits(out, extras ? extras->cloudToDeviceMessageCount : 0, 1);

    const auto type = Azure::AuthenticationType(record.authType);
    out.append(",\"authentication\":{\"symmetricKey\":{");
    if (record.has(HubDeviceRecord::InlineKeys)) {
        out.append("\"primaryKey\":\"");
        appendBase64(out, record.primaryKey.data(), 32);
        out.append("\",\"secondaryKey\":\"");
        appendBase64(out, record.secondaryKey.data(), 32);
        out.append('"');
    } else if (extras && type == Azure::AuthenticationType::Sas) {
        out.append("\"primaryKey\":\"");
        out.append(extras->primaryKey.toBase64());
        out.append("\",\"secondaryKey\":\"");
        out.append(extras->secondaryKey.toBase64());
        out.append('"');
    }
    out.append("},\"x509Thumbprint\":{");
    bool thumbprintComma = false;
    if (extras) {
        appendOptionalString(out, QLatin1StringView("primaryThumbprint"), extras->primaryThumbprint, thumbprintComma);
        appendOptionalString(out, QLatin1StringView("secondaryThumbprint"), extras->secondaryThumbprint, thumbprintComma);
    }
    out.append("},\"type\":\"");
    out.append(Azure::Wire::toString(type).toLatin1());
    out.append("\"},\"capabilities\":{\"iotEdge\":");
    out.append(record.has(HubDeviceRecord::IotEdge) ? "true" : "false");
    out.append('}');
    if (extras) {
        appendOptionalString(out, QLatin1StringView("deviceScope"), extras->deviceScope, comma);
        if (extras->parentScopes) {
            out.append(",\"parentScopes\":[");
            for (qsizetype i = 0; i < extras->parentScopes->size(); ++i) {
                if (i > 0)
                    out.append(',');
                appendString(out, extras->parentScopes->at(i));
            }
            out.append(']');
        }
    }
    out.append('}');
    return out;
}

} // namespace StampDeck::Emulator
