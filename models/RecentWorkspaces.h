#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace StampDeck {

// The workspaces opened or saved last, most recent first, for File ▸ Open Recent. Kept in the
// settings the caller passes (main.cpp: the application's QSettings; tests: a file in a temporary
// folder). Holds paths only. Files that are gone are dropped when the list is read.
class RecentWorkspaces
{
public:
    static constexpr int MaxCount = 8;

    explicit RecentWorkspaces(QSettings *settings);

    // Existing files only, most recent first; what was pruned is also dropped from the settings.
    QStringList paths() const;
    // Puts the file first (as an absolute path); it moves up if it was listed, and the oldest
    // beyond MaxCount falls off.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList &paths) const;

    QSettings *m_settings;
};

} // namespace StampDeck
