#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace StampDeck {

// The console's command line (README, "The console's command line"): parsed and checked in one
// place, so a wrong value is refused with a message naming the option before anything starts.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    // Enough for both regions to show test, canary, shared and dedicated production stamps.
    static constexpr int DefaultDemoStamps = 8;

    bool demo = false;
    QStringList emulatorArguments; // --demo-devices / --demo-stamps, as the emulator takes them
    QString emulatorPath;
    QString workspacePath;
    QString language;
    QString probeReportPath;
    int probeRefreshes = 10;
    QString screenshotPath;
    QString page; // board, charts, distribution, planner (MainWindow::pageNames())
    QString findId; // --find: looked up once the fleet's keys are read

    // Handles --help and --version itself (they exit). nullopt with *error set on a bad value.
    static std::optional<ConsoleOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace StampDeck
