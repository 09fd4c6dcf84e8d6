#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace StampDeck {

class ActivityLog;
class BatchLookupPage;
class CapacityPlannerPage;
class ConsistencyReportPage;
class DeviceBrowserPage;
class DeviceLookupPage;
class DriftPage;
class DriftTableModel;
class FleetChartsPage;
class FleetSession;
class LogPanel;
class RequestActivity;
class StampBoardPage;
struct CensusProgress;
struct CensusResult;
struct Workspace;

// Composes the console's pages around the fleet being watched: the stamp board (home), the
// charts, the distribution drift and the capacity planner as tabs, the log as a dock, and the
// request status in the status bar. Holds no fleet logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(FleetSession *session, ActivityLog *log, RequestActivity *activity, QWidget *parent = nullptr);

    QMenu *fileMenu() const { return m_fileMenu; }
    QTabWidget *tabs() const { return m_tabs; }
    StampBoardPage *board() const { return m_board; }
    FleetChartsPage *charts() const { return m_charts; }
    DriftPage *drift() const { return m_drift; }
    DriftTableModel *driftModel() const { return m_driftModel; }
    CapacityPlannerPage *planner() const { return m_planner; }
    DeviceLookupPage *lookup() const { return m_lookup; }
    ConsistencyReportPage *consistency() const { return m_consistency; }
    DeviceBrowserPage *browser() const { return m_browser; }
    BatchLookupPage *batchLookup() const { return m_batch; }
    // Ctrl+F from anywhere: the lookup page with the cursor in its search field.
    void findDevice(const QString &id = {});
    LogPanel *logPanel() const { return m_logPanel; }

    void showProblem(const QString &message);
    // "board", "charts", "distribution", "planner", "lookup", "batch", "browser", "consistency" (--page); false if unknown.
    bool showPage(const QString &name);

private:
    void onOpened(const Workspace &workspace, const QString &source);
    void onCensusProgress(const CensusProgress &progress);
    void onCensusCompleted(const CensusResult &result);
    void refreshPlanner();

    bool m_censusDone = false;

    FleetSession *m_session;
    ActivityLog *m_log;
    QTabWidget *m_tabs;
    StampBoardPage *m_board;
    FleetChartsPage *m_charts;
    DriftTableModel *m_driftModel;
    DriftPage *m_drift;
    CapacityPlannerPage *m_planner;
    DeviceLookupPage *m_lookup;
    ConsistencyReportPage *m_consistency;
    DeviceBrowserPage *m_browser;
    BatchLookupPage *m_batch;
    LogPanel *m_logPanel;
    QDockWidget *m_logDock;
    QLabel *m_problem;
    QLabel *m_census;
    QMenu *m_fileMenu;
};

} // namespace StampDeck
