#include "ScriptedRun.h"

#include "FleetMonitor.h"
#include "FleetStatusModel.h"
#include "ProbeReport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace StampDeck {

ScriptedRun::ScriptedRun(FleetStatusModel *model, FleetMonitor *monitor, QWidget *window, QObject *parent)
    : QObject(parent), m_model(model), m_monitor(monitor), m_window(window)
{
    connect(model, &FleetStatusModel::populated, this, &ScriptedRun::onPopulated);
    connect(monitor, &FleetMonitor::refreshCycleFinished, this, &ScriptedRun::onCycleFinished);
}

ScriptedRun::~ScriptedRun() = default;

void ScriptedRun::setProbe(std::unique_ptr<ProbeReport> report, int refreshes)
{
    m_report = std::move(report);
    m_refreshesWanted = refreshes;
}

void ScriptedRun::onPopulated()
{
    if (!isActive())
        return;
    if (m_report) {
        m_report->markBoardPopulated();
        m_report->markStartupOver();
    }
    m_populated = true;
    runWhenReady();
}

void ScriptedRun::releaseHold()
{
    if (m_holds > 0)
        --m_holds;
    runWhenReady();
}

void ScriptedRun::runWhenReady()
{
    if (!isActive() || !m_populated || m_holds > 0 || m_running)
        return;
    m_running = true;
    // Let the cards paint their figures before the picture is taken.
    QTimer::singleShot(300, this, [this] {
        if (!m_screenshotPath.isEmpty()) {
            // Under X11 (Xvfb) this reads the window from the X server, as a screenshot tool would;
            // on the offscreen platform it renders the widgets.
            QScreen *screen = m_window->screen();
            QPixmap picture = screen ? screen->grabWindow(m_window->winId()) : QPixmap();
            if (picture.isNull() || QGuiApplication::platformName() == QLatin1String("offscreen"))
                picture = m_window->grab();
            if (!picture.save(m_screenshotPath, "PNG")) {
                qWarning("%s", qPrintable(tr("Cannot write the screenshot %1.").arg(m_screenshotPath)));
                m_exitCode = 1;
            }
        }
        if (m_report && m_refreshesWanted > 0) {
            m_refreshing = true;
            m_report->markRefreshStarted();
            m_monitor->refreshAll();
        } else {
            finish();
        }
    });
}

void ScriptedRun::onCycleFinished()
{
    if (!m_refreshing)
        return;
    m_report->markRefreshFinished();
    if (++m_refreshesDone < m_refreshesWanted) {
        m_report->markRefreshStarted();
        m_monitor->refreshAll();
        return;
    }
    m_refreshing = false;
    finish();
}

void ScriptedRun::finish()
{
    if (m_report) {
        QString error;
        if (!m_report->write(&error)) {
            qWarning("%s", qPrintable(error));
            m_exitCode = 1;
        }
    }
    QCoreApplication::exit(m_exitCode);
}

} // namespace StampDeck
