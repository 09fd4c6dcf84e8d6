#include "DemoLauncher.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace StampDeck {

DemoLauncher::DemoLauncher(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &DemoLauncher::checkEndpointsFile);
    connect(&m_process, &QProcess::finished, this, &DemoLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_poll.stop();
            Q_EMIT failed(tr("The emulator (%1) could not be started: %2").arg(m_process.program(), m_process.errorString()));
        }
    });
    // The emulator's own log goes to our stderr, where a user who started us from a shell sees it.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // The demo emulator lives and dies with the console, even when the console is killed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

void DemoLauncher::start(const QString &emulatorPath, const QStringList &extraArguments)
{
    const QString program = emulatorPath.isEmpty()
                                ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("stampdeck-emulator"))
                                : emulatorPath;
    if (!m_runDir.isValid()) {
        Q_EMIT failed(tr("No temporary folder for the emulator: %1").arg(m_runDir.errorString()));
        return;
    }
    m_endpointsPath = m_runDir.filePath(QStringLiteral("endpoints.json"));
    QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--endpoints"), m_endpointsPath};
    arguments += extraArguments;
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(program, arguments);
    m_poll.start();
}

void DemoLauncher::stop()
{
    m_poll.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    // Bounded: the emulator saves nothing in demo mode and exits at once on SIGTERM.
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

void DemoLauncher::checkEndpointsFile()
{
    // The emulator writes the file atomically once every endpoint listens, so existence means ready.
    if (m_ready || !QFileInfo::exists(m_endpointsPath))
        return;
    m_poll.stop();
    QString error;
    const auto endpoints = EmulatorEndpoints::load(m_endpointsPath, &error);
    if (!endpoints) {
        Q_EMIT failed(error);
        return;
    }
    m_ready = true;
    Q_EMIT ready(*endpoints);
}

void DemoLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_poll.stop();
    const QString how = status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    Q_EMIT failed(m_ready ? tr("The emulator stopped unexpectedly (%1).").arg(how)
                          : tr("The emulator %1 before it was ready; its messages are on the terminal.").arg(how));
}

} // namespace StampDeck
