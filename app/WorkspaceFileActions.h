#pragma once

#include "Workspace.h"
#include "WorkspaceEditor.h"

#include <QObject>
#include <QMenu>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace StampDeck {

class RecentWorkspaces;

// The File menu's workspace actions: New workspace, Open…, Open Recent ▸, Edit workspace… and
// Save As…. Opening a file (or saving one from the editor) emits workspaceOpened, which replaces
// the fleet being watched, also in a demo session. Load errors name the field
// ("stamps[1].hub.units: …") through the problem reporter.
//
// The file choices and the problem message go through replaceable seams; the defaults open
// window-modal dialogs with open(), never exec().
class WorkspaceFileActions : public QObject
{
    Q_OBJECT

public:
    using PathChooser = WorkspaceEditor::PathChooser;
    using ProblemReporter = std::function<void(QWidget *parent, const QString &message)>;

    WorkspaceFileActions(RecentWorkspaces *recent, QWidget *window, QObject *parent = nullptr);
    ~WorkspaceFileActions() override;

    // Puts the actions at the top of fileMenu, above what it holds (Quit), with a separator.
    void populate(QMenu *fileMenu);
    // The workspace on screen, for Edit and Save As; main.cpp calls it for --workspace and the demo.
    void setCurrent(const Workspace &workspace, const QString &path);
    const Workspace &current() const { return m_current; }
    QString currentPath() const { return m_path; }

    // Loads path; on success it becomes current, goes first in the recent list and
    // workspaceOpened is emitted. On failure the reporter shows why and false is returned.
    bool open(const QString &path);
    void newWorkspace();
    void editWorkspace();
    void saveAs();
    void chooseAndOpen();

    WorkspaceEditor *editor() const { return m_editor; }
    void setOpenChooser(PathChooser chooser);
    void setSaveChooser(PathChooser chooser);
    void setProblemReporter(ProblemReporter reporter);
    // Called on every editor this creates, before it is shown (tests answer its questions).
    void setEditorSetup(std::function<void(WorkspaceEditor *)> setup);

Q_SIGNALS:
    void workspaceOpened(const StampDeck::Workspace &workspace, const QString &path);

private:
    void showEditor(const Workspace &workspace, const QString &path);
    void onEditorSaved(const QString &path);
    void refreshRecentMenu();
    void updateActions();

    RecentWorkspaces *m_recent;
    QWidget *m_window;
    Workspace m_current;
    QString m_path;
    bool m_hasCurrent = false;
    PathChooser m_openChooser;
    PathChooser m_saveChooser;
    ProblemReporter m_reporter;
    std::function<void(WorkspaceEditor *)> m_editorSetup;
    QPointer<WorkspaceEditor> m_editor;

    QAction *m_new;
    QAction *m_open;
    QPointer<QMenu> m_recentMenu; // owned by the window, or by this without one
    QAction *m_edit;
    QAction *m_saveAs;
};

} // namespace StampDeck
