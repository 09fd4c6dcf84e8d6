#pragma once

#include "HubDeviceExtras.h"
#include "HubDeviceRecord.h"

#include <QByteArray>
#include <QStringView>

namespace StampDeck::Emulator {

// Writes a stored device identity straight to JSON bytes, for GET /devices/{id}: the request the
// benchmark against nginx measures. Building a DeviceIdentity, then a QJsonObject, then a
// document spent most of the handler's time in allocations and QString::arg; this writes the
// same JSON (same fields and values as HubDeviceJson::identity(...).toJson(), which a test
// checks) into one buffer.
class HubDeviceWriter
{
public:
    static QByteArray identity(const HubDeviceRecord &record, const HubDeviceExtras *extras);

    // "2024-05-01T10:00:05.12Z" as AzureDateTime writes it (fraction trimmed, "Z"); 0 is
    // "0001-01-01T00:00:00Z". No quotes.
    static void appendTime(QByteArray &out, qint64 msSinceEpoch);
    // A JSON string literal with quotes and escapes.
    static void appendString(QByteArray &out, QStringView text);
    static void appendBase64(QByteArray &out, const quint8 *data, int size);
};

} // namespace StampDeck::Emulator
