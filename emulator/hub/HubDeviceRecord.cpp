#include "HubDeviceRecord.h"

#include <QByteArray>
#include <QtEndian>

namespace StampDeck::Emulator {

namespace {
// Generation and version together: unique across delete and re-create of the same id, so a stale
// etag from an earlier incarnation never matches.
quint64 changeNumber(quint32 generation, quint32 version)
{
    return (quint64(generation) << 32) | version;
}
} // namespace

QString HubDeviceRecord::deviceEtag() const
{
    return QString::fromLatin1(QByteArray::number(changeNumber(generation, deviceVersion)).toBase64());
}

QString HubDeviceRecord::twinEtag() const
{
    char bytes[8];
    qToBigEndian(changeNumber(generation, twinVersion), bytes);
    return QString::fromLatin1(QByteArray(bytes, 8).toBase64());
}

QString HubDeviceRecord::generationId() const
{
    return QString::number(638000000000000000ULL + generation);
}

} // namespace StampDeck::Emulator

// The budget per device is the point of this struct: keep it from growing by accident.
static_assert(sizeof(StampDeck::Emulator::HubDeviceRecord) <= 176, "HubDeviceRecord grew; check the 1 KiB/device budget");
