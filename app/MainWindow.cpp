#include "MainWindow.h"

#include "ActivityLog.h"
#include "BatchLookupPage.h"
#include "CapacityPlannerPage.h"
#include "CensusDistributions.h"
#include "ConsistencyReportPage.h"
#include "DeviceBrowserPage.h"
#include "DeviceLookupPage.h"
#include "DistributionDrift.h"
#include "DriftPage.h"
#include "DriftTableModel.h"
#include "FleetChartsPage.h"
#include "FleetSession.h"
#include "LogPanel.h"
#include "RequestStatusWidget.h"
#include "StampBoardPage.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace StampDeck {

MainWindow::MainWindow(FleetSession *session, ActivityLog *log, RequestActivity *activity, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_log(log)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StampDeck"));

    // A problem line above the tabs: why the board is empty (no workspace, a failed demo start).
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(tr("Starting…"), central);
    m_problem->setObjectName(QStringLiteral("problemLine"));
    m_problem->setWordWrap(true);
    m_problem->setMargin(8);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_board = new StampBoardPage(session->statusModel(), m_tabs);
    m_charts = new FleetChartsPage(session->statusModel(), m_tabs);
    m_driftModel = new DriftTableModel(this);
    m_drift = new DriftPage(m_driftModel, m_tabs);
    m_planner = new CapacityPlannerPage(m_tabs);
    m_lookup = new DeviceLookupPage(session->locator(), m_tabs);
    m_consistency = new ConsistencyReportPage(session->consistencyCheck(), m_tabs);
    m_batch = new BatchLookupPage(session->locator(), m_tabs);
    m_browser = new DeviceBrowserPage(session->transport(), m_tabs);
    m_browser->setHubProvider([session](const Stamp &stamp) { return session->locator()->hubClient(stamp.hub.hostName); });
    m_tabs->addTab(m_board, tr("&Board"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_drift, tr("&Distribution"));
    m_tabs->addTab(m_planner, tr("Capacity &planner"));
    m_tabs->addTab(m_lookup, tr("Device &lookup"));
    m_tabs->addTab(m_batch, tr("B&atch lookup"));
    m_tabs->addTab(m_browser, tr("Device b&rowser"));
    m_tabs->addTab(m_consistency, tr("C&onsistency"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_logPanel = new LogPanel(log, this);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    auto *requests = new RequestStatusWidget(activity, this);
    requests->setObjectName(QStringLiteral("requestStatus"));
    connect(requests, &RequestStatusWidget::logRequested, this, [this] {
        m_logDock->show();
        m_logDock->raise();
    });
    m_census = new QLabel(this);
    m_census->setObjectName(QStringLiteral("censusStatus"));
    statusBar()->addPermanentWidget(m_census);
    statusBar()->addPermanentWidget(requests);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find device…"), this, [this] { findDevice(); });
    find->setObjectName(QStringLiteral("findDeviceAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::ApplicationShortcut);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *showLog = m_logDock->toggleViewAction();
    showLog->setText(tr("&Log"));
    showLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    viewMenu->addAction(showLog);
    QAction *refresh = viewMenu->addAction(tr("&Refresh all stamps"), session->monitor(), &FleetMonitor::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);

    connect(session, &FleetSession::opened, this, &MainWindow::onOpened);
    connect(m_board, &StampBoardPage::stampActivated, this, [this](const QString &stampId) {
        m_planner->selectStamp(stampId);
        m_tabs->setCurrentWidget(m_planner);
    });
    connect(m_consistency, &ConsistencyReportPage::lookupRequested, this, &MainWindow::findDevice);
    connect(m_batch, &BatchLookupPage::lookupRequested, this, &MainWindow::findDevice);
    // A stamp picked in the browser before its key was read gets its hub once the key arrives.
    connect(session->endpoints(), &FleetEndpoints::endpointReady, m_browser, &DeviceBrowserPage::retryHub);
    FleetMonitor *monitor = session->monitor();
    connect(monitor, &FleetMonitor::censusProgressed, this, &MainWindow::onCensusProgress);
    connect(monitor, &FleetMonitor::censusCompleted, this, &MainWindow::onCensusCompleted);
    connect(monitor, &FleetMonitor::refreshCycleFinished, this, &MainWindow::refreshPlanner);
    connect(session->statusModel(), &FleetStatusModel::populated, this, &MainWindow::refreshPlanner);
    resize(1360, 880);
}

void MainWindow::onOpened(const Workspace &workspace, const QString &source)
{
    m_problem->clear();
    m_problem->hide();
    m_board->setThresholds(workspace.thresholds);
    m_browser->setWorkspace(workspace);
    m_charts->setThresholds(workspace.thresholds);
    m_driftModel->setReport({});
    m_censusDone = false;
    m_drift->setCensusState(tr("The DPS census has not finished its first pass yet."));
    refreshPlanner();
    const QString name = workspace.name.isEmpty() ? source : workspace.name;
    setWindowTitle(tr("%1 — StampDeck").arg(name));
    statusBar()->showMessage(tr("%n stamp(s) from %1", nullptr, static_cast<int>(workspace.stamps.size())).arg(source), 10'000);
    m_log->append(LogLevel::Info, tr("workspace"), tr("Watching %n stamp(s) from %1", nullptr,
                                                       static_cast<int>(workspace.stamps.size())).arg(source));
}

void MainWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_log->append(LogLevel::Warning, tr("console"), message);
}

bool MainWindow::showPage(const QString &name)
{
    const QHash<QString, QWidget *> pages{{QStringLiteral("board"), m_board},
                                          {QStringLiteral("charts"), m_charts},
                                          {QStringLiteral("distribution"), m_drift},
                                          {QStringLiteral("planner"), m_planner},
                                          {QStringLiteral("lookup"), m_lookup},
                                          {QStringLiteral("batch"), m_batch},
                                          {QStringLiteral("browser"), m_browser},
                                          {QStringLiteral("consistency"), m_consistency}};
    QWidget *page = pages.value(name);
    if (!page)
        return false;
    m_tabs->setCurrentWidget(page);
    return true;
}

void MainWindow::findDevice(const QString &id)
{
    m_tabs->setCurrentWidget(m_lookup);
    if (id.isEmpty())
        m_lookup->focusSearch();
    else
        m_lookup->lookup(id);
}

void MainWindow::onCensusProgress(const CensusProgress &progress)
{
    const QLocale locale;
    if (progress.running) {
        m_census->setText(tr("DPS census: %1 registrations read, %2 of %3 groups")
                              .arg(locale.toString(progress.registrationsRead))
                              .arg(progress.groupsDone)
                              .arg(progress.groupsTotal));
        if (!m_censusDone)
            m_drift->setCensusState(tr("The DPS census is counting its first pass: %1").arg(m_census->text()));
    } else if (progress.completedAt.isValid()) {
        m_census->setText(tr("DPS census as of %1").arg(locale.toString(progress.completedAt.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void MainWindow::onCensusCompleted(const CensusResult &result)
{
    const Workspace &workspace = m_session->workspace();
    m_censusDone = true;
    m_driftModel->setReport(DistributionDrift().evaluate(distributionsFromCensus(result, workspace), workspace));
    QString state = tr("Census of %n enrollment group(s) as of %1.", nullptr, static_cast<int>(result.groups.size()))
                        .arg(QLocale().toString(result.completedAt.toLocalTime(), QLocale::ShortFormat));
    if (!result.failedInstances.isEmpty())
        state += QLatin1Char(' ') + tr("Not read: %1.").arg(result.failedInstances.join(QStringLiteral(", ")));
    m_drift->setCensusState(state);
}

void MainWindow::refreshPlanner()
{
    const FleetStatusModel *model = m_session->statusModel();
    QHash<QString, qint64> devices;
    for (int row = 0; row < model->rowCount(); ++row) {
        const StampStatus status = model->statusAt(row);
        if (status.totalDevices >= 0)
            devices.insert(status.stampId, status.totalDevices);
    }
    m_planner->setFleet(m_session->workspace(), devices);
}

} // namespace StampDeck
