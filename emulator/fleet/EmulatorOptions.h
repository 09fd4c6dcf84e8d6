#pragma once

#include "server/QuotaGate.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck::Emulator {

// The emulator's command line, parsed and checked. Parsing never exits the process: main()
// decides what to print and which exit code to use (2 for a usage error).
struct EmulatorOptions
{
    bool demo = false;
    qint64 devices = 200'000;  // --devices, demo only
    int stamps = 4;            // --stamps, demo only
    int hubs = 2;              // --hubs, plain layout only
    QString endpointsFile;     // --endpoints
    QString stateFile;         // --state
    QString stateDir;          // --state-dir: CA and server certificate
    int portBase = 0;          // 0: ephemeral ports
    double timeScale = 1.0;    // 60: a one-minute quota window lasts one second
    bool quotas = true;        // --no-quotas turns them off
    // --quota CLASS=N: per-minute limits that replace the documented defaults on every instance
    // of the kind (hub classes on every hub, DPS classes on every DPS); 0 lifts the limit.
    QList<QPair<QuotaClass, double>> quotaOverrides;
    double faultErrorRate = 0;
    int faultLatencyMs = 0;
    double faultDropRate = 0;
    QStringList faultTargets;  // instance names; empty means every instance
    std::optional<quint64> seed;

    static constexpr qint64 MaxDevices = 10'000'000;
    static constexpr int MaxLatencyMs = 600'000;

    bool faultsEnabled() const { return faultErrorRate > 0 || faultLatencyMs > 0 || faultDropRate > 0; }

    // What parse() decided.
    struct Outcome
    {
        enum class Action { Run, ShowHelp, ShowVersion, UsageError };
        Action action = Action::Run;
        QString text; // help or version text, or the error message naming option and value
    };

    // arguments include the program name, as QCoreApplication::arguments() gives them.
    static Outcome parse(const QStringList &arguments, EmulatorOptions *options);

    // The --quota names: hub-registry, hub-queries, hub-twin-reads, hub-twin-updates, hub-methods,
    // dps-service, dps-registrations, dps-status.
    static QList<QPair<QString, QuotaClass>> quotaClassNames();
    static bool isHubQuotaClass(QuotaClass quotaClass);

    // The default --state-dir: a folder under the per-user application data location.
    static QString defaultStateDir();
};

} // namespace StampDeck::Emulator
