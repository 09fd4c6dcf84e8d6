// stampdeck-emulator: the composition root of the executable. Everything else lives in the
// stampdeck_emulator library (emulator/fleet/Emulator), so tests and benchmarks use the same code.
#include "fleet/Emulator.h"
#include "fleet/EmulatorOptions.h"
#include "fleet/SignalWatcher.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace StampDeck::Emulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StampDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("stampdeck-emulator"));
    QCoreApplication::setApplicationVersion(Emulator::version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    EmulatorOptions options;
    const EmulatorOptions::Outcome outcome = EmulatorOptions::parse(QCoreApplication::arguments(), &options);
    switch (outcome.action) {
    case EmulatorOptions::Outcome::Action::ShowHelp:
        out << outcome.text;
        return 0;
    case EmulatorOptions::Outcome::Action::ShowVersion:
        out << "stampdeck-emulator " << Emulator::version() << Qt::endl;
        return 0;
    case EmulatorOptions::Outcome::Action::UsageError:
        err << "stampdeck-emulator: " << outcome.text << Qt::endl
            << "Try 'stampdeck-emulator --help'." << Qt::endl;
        return 2;
    case EmulatorOptions::Outcome::Action::Run:
        break;
    }

    // Handlers first: a SIGTERM that arrives while the demo is seeding waits in the pipe and is
    // served as soon as the event loop runs.
    SignalWatcher watcher;
    if (!watcher.isWatching()) {
        err << "stampdeck-emulator: " << watcher.errorString() << Qt::endl;
        return 1;
    }
    Emulator emulator(options);
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &emulator, [&emulator, &err](int signalNumber) {
        err << "stampdeck-emulator: signal " << signalNumber << ", shutting down" << Qt::endl;
        emulator.stop();
    });
    QObject::connect(&emulator, &Emulator::stopped, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    QObject::connect(&emulator, &Emulator::message, &app, [&err](const QString &text) { err << text << Qt::endl; });

    const Emulator::StartResult started = emulator.start();
    if (!started.ok) {
        err << "stampdeck-emulator: " << started.message << Qt::endl;
        return started.exitCode;
    }
    out << emulator.summary() << Qt::flush;
    return app.exec();
}
