#include "RecentWorkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace StampDeck {

namespace {

const QString SettingsKey = QStringLiteral("workspaces/recent");

// One spelling per file, so "./fleet.json" and "/home/x/fleet.json" are one entry.
QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

RecentWorkspaces::RecentWorkspaces(QSettings *settings) : m_settings(settings) {}

QStringList RecentWorkspaces::paths() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    if (existing.size() != all.size())
        store(existing);
    return existing;
}

void RecentWorkspaces::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString entry = normalized(path);
    QStringList list = stored();
    list.removeAll(entry);
    list.prepend(entry);
    store(list.mid(0, MaxCount));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(normalized(path)) + list.removeAll(path) > 0)
        store(list);
}

void RecentWorkspaces::clear()
{
    store({});
}

QStringList RecentWorkspaces::stored() const
{
    return m_settings->value(SettingsKey).toStringList();
}

void RecentWorkspaces::store(const QStringList &paths) const
{
    if (paths.isEmpty())
        m_settings->remove(SettingsKey);
    else
        m_settings->setValue(SettingsKey, paths);
}

} // namespace StampDeck
