#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>

// Test helpers for the "no secret on disk" checks: every regular file under the given roots,
// and the ones among them that contain any of the needles. Paths only are reported, never the
// needle, so a failure message cannot leak what it looked for.
namespace SecretScan {

inline QStringList filesUnder(const QStringList &roots)
{
    QStringList files;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

inline QStringList filesContaining(const QStringList &files, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets, pipes: nothing stored in them
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (!needle.isEmpty() && content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace SecretScan
