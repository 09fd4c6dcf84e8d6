// bench_emulator_seed: how long the emulator takes to seed its demo fleet and how much memory a
// device costs, through the real composition (Emulator: hubs, DPS stores, endpoints, CA), plus
// what the state file costs for that fleet (serialise, write, load on restart).
//
//   bench_emulator_seed [DEVICES...]        default: 100000 200000 1000000
//
// Each size runs in a fresh child process (this program with --child N), so the resident set
// measured is that size's alone. Goals from the emulator issue: 1,000,000 devices seeded in under
// 15 s and under 1 KiB RSS per device.
#include "fleet/Emulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>

using namespace StampDeck::Emulator;

namespace {

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// CPU time of this process (user + system), in milliseconds: on a busy machine wall-clock time
// says more about the neighbours than about the emulator.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// One size, in this process: prints one tab-separated line for the parent.
int runChild(qint64 devices)
{
    QTemporaryDir folder;
    EmulatorOptions options;
    options.demo = true;
    options.devices = devices;
    options.stateDir = folder.filePath(QStringLiteral("state"));
    options.stateFile = folder.filePath(QStringLiteral("state.bin"));
    options.seed = 7;

    const qint64 before = residentBytes();
    qint64 afterSeed = 0;
    qint64 startMs = 0;
    qint64 startCpuMs = 0;
    Emulator::SaveReport save;
    {
        Emulator emulator(options);
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = cpuMs();
        const Emulator::StartResult started = emulator.start();
        startMs = timer.elapsed();
        startCpuMs = cpuMs() - cpuBefore;
        if (!started.ok) {
            std::fprintf(stderr, "start failed: %s\n", qPrintable(started.message));
            return 1;
        }
        afterSeed = residentBytes();
        if (emulator.seededDevices() != devices) {
            std::fprintf(stderr, "seeded %lld devices, expected %lld\n", emulator.seededDevices(), devices);
            return 1;
        }
        QString error;
        if (!emulator.saveState(&error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        save = emulator.lastSave();
        std::printf("%lld\t%lld\t%lld\t%lld\t%lld\t", devices, emulator.seedMilliseconds(), startMs, startCpuMs,
                    afterSeed - before);
    }
    // A restart: the same options, the state file now exists.
    Emulator restarted(options);
    QElapsedTimer timer;
    timer.start();
    const Emulator::StartResult loaded = restarted.start();
    const qint64 loadMs = timer.elapsed();
    if (!loaded.ok || !restarted.stateLoaded()) {
        std::fprintf(stderr, "restart failed: %s\n", qPrintable(loaded.message));
        return 1;
    }
    std::printf("%lld\t%lld\t%lld\t%lld\n", save.serializeMs, save.writeMs, save.bytes, loadMs);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 2 && arguments[0] == u"--child")
        return runChild(arguments[1].toLongLong());
    if (arguments.isEmpty())
        arguments = {QStringLiteral("100000"), QStringLiteral("200000"), QStringLiteral("1000000")};

    QTextStream out(stdout);
    out << "Emulator demo seeding (4 stamps, 2 DPS; one fresh process per size)\n"
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(QStringLiteral("devices"), 10).arg(QStringLiteral("seed s"), 8).arg(QStringLiteral("start s"), 8)
               .arg(QStringLiteral("start CPU s"), 12)
               .arg(QStringLiteral("RSS MiB"), 8).arg(QStringLiteral("B/device"), 9).arg(QStringLiteral("save ser ms"), 12)
               .arg(QStringLiteral("write ms"), 9).arg(QStringLiteral("file MiB"), 9).arg(QStringLiteral("reload s"), 9)
        << Qt::flush;
    int status = 0;
    for (const QString &size : std::as_const(arguments)) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), size});
        if (!child.waitForFinished(600'000) || child.exitCode() != 0) {
            out << size << ": failed\n" << Qt::flush;
            status = 1;
            continue;
        }
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split('\t');
        if (f.size() != 9) {
            out << size << ": unexpected output\n" << Qt::flush;
            status = 1;
            continue;
        }
        const double devices = f[0].toDouble();
        const double rss = f[4].toDouble();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(f[0].toLongLong(), 10)
                   .arg(f[1].toDouble() / 1000, 8, 'f', 2)
                   .arg(f[2].toDouble() / 1000, 8, 'f', 2)
                   .arg(f[3].toDouble() / 1000, 12, 'f', 2)
                   .arg(rss / 1048576, 8, 'f', 1)
                   .arg(devices > 0 ? rss / devices : 0, 9, 'f', 0)
                   .arg(f[5].toLongLong(), 12)
                   .arg(f[6].toLongLong(), 9)
                   .arg(f[7].toDouble() / 1048576, 9, 'f', 1)
                   .arg(f[8].toDouble() / 1000, 9, 'f', 2)
            << Qt::flush;
    }
    out << "Goals: 1,000,000 devices seeded in < 15 s, < 1024 B RSS per device.\n";
    return status;
}
