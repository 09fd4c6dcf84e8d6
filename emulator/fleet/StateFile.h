#pragma once

#include "server/AccessPolicies.h"

#include <QByteArray>
#include <QDataStream>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// The framing of the emulator's state file (--state). The file is one QDataStream:
//   header   magic "SDST", format version, a JSON object (the layout with host names, the device
//            endpoint's port, when it was saved)
//   per hub, in layout order:  its access policies (names, keys, rights), then HubRegistry::save()
//   per DPS, in layout order:  its access policies, then DpsStore::save()
//   trailer  magic "SDND", so a truncated file is refused instead of half-loaded
// The parts inside (registry, store) version themselves. Keys are in the file: it is written
// with mode 0600, atomically, and never next to the workspace by default.
class StateFile
{
public:
    static constexpr quint32 FormatVersion = 1;
    static constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

    static void writeHeader(QDataStream &out, const QJsonObject &meta);
    static std::optional<QJsonObject> readHeader(QDataStream &in, QString *error);

    static void writePolicies(QDataStream &out, const AccessPolicies &policies);
    static std::optional<AccessPolicies> readPolicies(QDataStream &in, QString *error);

    static void writeTrailer(QDataStream &out);
    static bool readTrailer(QDataStream &in, QString *error);

    // QSaveFile with mode 0600; false and *error on failure. Safe to call from a worker thread
    // (it touches nothing but its arguments).
    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace StampDeck::Emulator
