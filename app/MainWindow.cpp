#include "MainWindow.h"

#include "StampListModel.h"
#include "StampTablePage.h"

#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QStatusBar>

namespace StampDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stamps(new StampListModel(this)), m_stampPage(new StampTablePage(m_stamps, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StampDeck"));
    setCentralWidget(m_stampPage);
    m_stampPage->setMessage(tr("Starting…"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    resize(1100, 640);
}

void MainWindow::showWorkspace(const Workspace &workspace, const QString &source)
{
    m_stamps->setWorkspace(workspace);
    m_stampPage->setMessage({});
    statusBar()->showMessage(tr("%n stamp(s) from %1", nullptr, static_cast<int>(workspace.stamps.size())).arg(source));
}

void MainWindow::showProblem(const QString &message)
{
    m_stampPage->setMessage(message);
    statusBar()->showMessage(message);
}

} // namespace StampDeck
