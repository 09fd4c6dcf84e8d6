#pragma once

#include <QJsonObject>
#include <QString>

#include <array>

namespace StampDeck::Emulator {

// One device identity with its twin, as HubRegistry stores it: compact, because a hub holds up to
// 1,000,000 of them and the whole emulator must stay under 1 KiB per device. Nothing here is a
// string that can be derived: etags come from version counters, generationId from a hub-wide
// counter, enums are small integers, times are milliseconds since the epoch (0 = never), and the
// usual 32-byte SAS keys are kept raw (64 bytes instead of two base64 QStrings). Twin collections
// are implicitly shared QJsonObjects, null when empty, so the demo's identical tags cost one copy.
// Whatever is rare (status reasons, x509 thumbprints, keys of other lengths, scopes) lives in a
// HubDeviceExtras beside the record, flagged by HasExtras.
struct HubDeviceRecord
{
    enum Flag : quint8 {
        IotEdge = 0x1,
        InlineKeys = 0x2, // primaryKey/secondaryKey hold the two 32-byte SAS keys
        HasExtras = 0x4,
    };
    enum Status : quint8 { Enabled = 0, Disabled = 1 };
    enum Connection : quint8 { Disconnected = 0, Connected = 1 };

    QString id; // null for a free slot
    QJsonObject tags;
    QJsonObject desired;  // without $metadata / $version (derived on output)
    QJsonObject reported; // likewise
    std::array<quint8, 32> primaryKey{};
    std::array<quint8, 32> secondaryKey{};
    qint64 statusUpdatedMs = 0;
    qint64 connectionStateUpdatedMs = 0;
    qint64 lastActivityMs = 0;
    qint64 desiredUpdatedMs = 0;
    qint64 reportedUpdatedMs = 0;
    quint32 generation = 0;      // hub-wide creation counter: generationId and etags
    quint32 deviceVersion = 0;   // bumps on every identity change: device etag
    quint32 twinVersion = 0;     // twin "version": twin etag
    quint32 desiredVersion = 0;  // properties.desired.$version
    quint32 reportedVersion = 0; // properties.reported.$version
    quint8 status = Enabled;
    quint8 connection = Disconnected;
    quint8 authType = 0;         // Azure::AuthenticationType as an integer
    quint8 flags = 0;

    bool isFree() const { return id.isNull(); }
    bool has(Flag flag) const { return flags & flag; }
    void set(Flag flag, bool on) { flags = on ? quint8(flags | flag) : quint8(flags & ~flag); }

    // "NDI5NDk2NzI5Nw==": base64 of the decimal change number, the shape Azure's device etags have.
    QString deviceEtag() const;
    // "AAAAAQAAAAM=": base64 of an 8-byte big-endian number, the shape Azure's twin etags have.
    QString twinEtag() const;
    // An 18-digit decimal like Azure's.
    QString generationId() const;
};

} // namespace StampDeck::Emulator
