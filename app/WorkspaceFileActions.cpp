#include "WorkspaceFileActions.h"

#include "RecentWorkspaces.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace StampDeck {

namespace {

void chooseOpenPath(QWidget *parent, const QString &title, const QString &suggested, WorkspaceEditor::PathChosen chosen)
{
    auto *dialog = new QFileDialog(parent, title, suggested,
                                   WorkspaceFileActions::tr("StampDeck workspaces (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("workspaceOpenChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, chosen](int result) {
        const QStringList files = dialog->selectedFiles();
        chosen(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

void reportWithMessageBox(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, WorkspaceFileActions::tr("Workspace"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("workspaceProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

WorkspaceFileActions::WorkspaceFileActions(RecentWorkspaces *recent, QWidget *window, QObject *parent)
    : QObject(parent), m_recent(recent), m_window(window), m_openChooser(chooseOpenPath),
      m_saveChooser(WorkspaceEditor::chooseSavePath), m_reporter(reportWithMessageBox),
      m_new(new QAction(tr("&New workspace…"), this)), m_open(new QAction(tr("&Open workspace…"), this)),
      m_recentMenu(new QMenu(tr("Open &recent"), window)), m_edit(new QAction(tr("&Edit workspace…"), this)),
      m_saveAs(new QAction(tr("Save workspace &as…"), this))
{
    m_new->setObjectName(QStringLiteral("newWorkspaceAction"));
    m_open->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_recentMenu->setObjectName(QStringLiteral("openRecentMenu"));
    m_edit->setObjectName(QStringLiteral("editWorkspaceAction"));
    m_saveAs->setObjectName(QStringLiteral("saveWorkspaceAsAction"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);

    connect(m_new, &QAction::triggered, this, &WorkspaceFileActions::newWorkspace);
    connect(m_open, &QAction::triggered, this, &WorkspaceFileActions::chooseAndOpen);
    connect(m_edit, &QAction::triggered, this, &WorkspaceFileActions::editWorkspace);
    connect(m_saveAs, &QAction::triggered, this, &WorkspaceFileActions::saveAs);
    // Files come and go while the console runs; the list is read when the menu opens.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &WorkspaceFileActions::refreshRecentMenu);
    refreshRecentMenu();
    updateActions();
}

void WorkspaceFileActions::populate(QMenu *fileMenu)
{
    QAction *before = fileMenu->actions().value(0);
    fileMenu->insertAction(before, m_new);
    fileMenu->insertAction(before, m_open);
    fileMenu->insertMenu(before, m_recentMenu);
    fileMenu->insertAction(before, m_edit);
    fileMenu->insertAction(before, m_saveAs);
    if (before)
        fileMenu->insertSeparator(before);
}

void WorkspaceFileActions::setCurrent(const Workspace &workspace, const QString &path)
{
    m_current = workspace;
    m_path = path;
    m_hasCurrent = true;
    updateActions();
}

bool WorkspaceFileActions::open(const QString &path)
{
    WorkspaceError error;
    const auto workspace = Workspace::load(path, &error);
    if (!workspace) {
        m_reporter(m_window, tr("Cannot open the workspace %1:\n%2").arg(QDir::toNativeSeparators(path), error.toString()));
        return false;
    }
    setCurrent(*workspace, path);
    m_recent->add(path);
    refreshRecentMenu();
    Q_EMIT workspaceOpened(*workspace, path);
    return true;
}

void WorkspaceFileActions::newWorkspace()
{
    showEditor(Workspace(), {});
}

void WorkspaceFileActions::editWorkspace()
{
    if (m_hasCurrent)
        showEditor(m_current, m_path);
}

void WorkspaceFileActions::saveAs()
{
    if (!m_hasCurrent)
        return;
    m_saveChooser(m_window, tr("Save workspace as"), m_path, [self = QPointer<WorkspaceFileActions>(this)](const QString &path) {
        if (!self || path.isEmpty())
            return;
        QString error;
        if (!self->m_current.save(path, &error)) {
            self->m_reporter(self->m_window, tr("The workspace was not saved: %1").arg(error));
            return;
        }
        self->m_path = path;
        self->m_recent->add(path);
        self->refreshRecentMenu();
    });
}

void WorkspaceFileActions::chooseAndOpen()
{
    const QString folder = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    m_openChooser(m_window, tr("Open workspace"), folder, [self = QPointer<WorkspaceFileActions>(this)](const QString &path) {
        if (self && !path.isEmpty())
            self->open(path);
    });
}

void WorkspaceFileActions::setOpenChooser(PathChooser chooser)
{
    m_openChooser = std::move(chooser);
}

void WorkspaceFileActions::setSaveChooser(PathChooser chooser)
{
    m_saveChooser = std::move(chooser);
}

void WorkspaceFileActions::setProblemReporter(ProblemReporter reporter)
{
    m_reporter = std::move(reporter);
}

void WorkspaceFileActions::setEditorSetup(std::function<void(WorkspaceEditor *)> setup)
{
    m_editorSetup = std::move(setup);
}

void WorkspaceFileActions::showEditor(const Workspace &workspace, const QString &path)
{
    // One editor at a time; a second request brings the open one forward instead of losing edits.
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = new WorkspaceEditor(m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setPathChooser(m_saveChooser);
    m_editor->setWorkspace(workspace, path);
    connect(m_editor, &WorkspaceEditor::saved, this, [this](const Workspace &, const QString &savedPath) {
        onEditorSaved(savedPath);
    });
    if (m_editorSetup)
        m_editorSetup(m_editor);
    m_editor->open();
}

void WorkspaceFileActions::onEditorSaved(const QString &path)
{
    // Read back what was written, so the fleet on screen is exactly the file (certificates
    // resolved against its folder as on any open).
    open(path);
}

WorkspaceFileActions::~WorkspaceFileActions()
{
    if (m_recentMenu && !m_recentMenu->parent())
        delete m_recentMenu;
}

void WorkspaceFileActions::refreshRecentMenu()
{
    // deleteLater, not clear(): this runs from the triggered() of one of these very actions.
    const QList<QAction *> old = m_recentMenu->actions();
    for (QAction *action : old) {
        m_recentMenu->removeAction(action);
        action->deleteLater();
    }
    const QStringList paths = m_recent->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setObjectName(QStringLiteral("recentWorkspaceAction%1").arg(i));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear list"));
    clear->setObjectName(QStringLiteral("clearRecentWorkspacesAction"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_recent->clear();
        refreshRecentMenu();
    });
}

void WorkspaceFileActions::updateActions()
{
    m_edit->setEnabled(m_hasCurrent);
    m_saveAs->setEnabled(m_hasCurrent);
}

} // namespace StampDeck
