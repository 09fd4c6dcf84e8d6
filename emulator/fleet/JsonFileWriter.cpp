#include "fleet/JsonFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace StampDeck::Emulator {

bool JsonFileWriter::write(const QString &path, const QJsonObject &object, Visibility visibility, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Permissions are set on the temporary file before any byte is written, so a secret is never
    // readable by others, not even for a moment.
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
    if (visibility == Visibility::Readable)
        permissions |= QFile::ReadGroup | QFile::ReadOther;
    file.setPermissions(permissions);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace StampDeck::Emulator
