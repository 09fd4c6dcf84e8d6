#pragma once

#include <QJsonObject>
#include <QString>

namespace StampDeck::Emulator {

// Writes a JSON document atomically (QSaveFile: a reader sees the old file or the whole new one,
// never half of it), creating the parent folder when missing.
class JsonFileWriter
{
public:
    enum class Visibility {
        OwnerOnly, // 0600: the file holds secrets (the endpoints file)
        Readable,  // 0644: safe to share (the workspace)
    };
    static bool write(const QString &path, const QJsonObject &object, Visibility visibility, QString *error);
};

} // namespace StampDeck::Emulator
