#pragma once

#include "EmulatorEndpoints.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace StampDeck {

// Starts stampdeck-emulator with its demo fleet for `stampdeck --demo` and reports its endpoints
// once it listens. Never waits: the endpoints file is polled from the event loop. The emulator is
// stopped (SIGTERM) when the launcher goes away.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // The emulator next to this executable unless emulatorPath is given.
    void start(const QString &emulatorPath, const QStringList &extraArguments);
    void stop();

Q_SIGNALS:
    void ready(const StampDeck::EmulatorEndpoints &endpoints);
    void failed(const QString &reason);

private:
    void checkEndpointsFile();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QTemporaryDir m_runDir;
    QProcess m_process;
    QTimer m_poll;
    QString m_endpointsPath;
    bool m_ready = false;
};

} // namespace StampDeck
