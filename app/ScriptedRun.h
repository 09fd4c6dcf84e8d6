#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace StampDeck {

class FleetMonitor;
class FleetStatusModel;
class ProbeReport;

// What the console does on its own when a script runs it (--screenshot, --probe-report): once
// every card has its figures it saves a picture of the window, then forces N refreshes of every
// stamp one after another under the stall probe, writes the report and quits. Exit code 1 when
// something could not be written.
class ScriptedRun : public QObject
{
    Q_OBJECT

public:
    ScriptedRun(FleetStatusModel *model, FleetMonitor *monitor, QWidget *window, QObject *parent = nullptr);
    ~ScriptedRun() override;

    void setScreenshot(const QString &path) { m_screenshotPath = path; }
    // Takes the report, which has been measuring since main() started.
    void setProbe(std::unique_ptr<ProbeReport> report, int refreshes);
    ProbeReport *probe() const { return m_report.get(); }
    bool isActive() const { return !m_screenshotPath.isEmpty() || m_report; }
    // Something else the picture must show (--find: the lookup's answer): the run waits for as
    // many releaseHold() as addHold() before it takes the picture.
    void addHold() { ++m_holds; }
    void releaseHold();

private:
    void onPopulated();
    void runWhenReady();
    void onCycleFinished();
    void finish();

    FleetStatusModel *m_model;
    FleetMonitor *m_monitor;
    QWidget *m_window;
    QString m_screenshotPath;
    std::unique_ptr<ProbeReport> m_report;
    int m_refreshesWanted = 0;
    int m_refreshesDone = 0;
    bool m_refreshing = false;
    int m_exitCode = 0;
    int m_holds = 0;
    bool m_populated = false;
    bool m_running = false;
};

} // namespace StampDeck
