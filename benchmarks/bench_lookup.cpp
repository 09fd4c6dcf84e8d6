// bench_lookup: device lookup latency against the emulator's demo fleet (default 20 stamps,
// 5,000,000 devices): p50 and p95 of cold lookups (empty cache: every DPS instance and hub asked),
// cache hits (the cached hub confirms) and stale-cache hits (the cache names another stamp's hub),
// each over --samples devices looked up one after another, as support staff do. Then the same
// cold lookups by a short script with Microsoft's Node SDKs (benchmarks/lookup_node_baseline.js:
// every DPS instance in parallel, then the assigned hub), in the same run, and the ratio.
// Connections are warmed up on other devices first, on both sides.
//
//   bench_lookup [--stamps 20] [--devices 5000000] [--samples 200] [--quotas] [--no-node]
//
// The emulator runs with --no-quotas unless --quotas is given: the figures are latency, not the
// pacing a quota imposes (the Node SDKs do not pace at all).
#include "DeviceLocator.h"
#include "DeviceLookup.h"
#include "DeviceLookupCache.h"
#include "Workspace.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

namespace {

// A benchmark program may run its own event loop; library code never does.
template<typename Object, typename Signal>
void waitFor(Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// The machine's load (1, 5, 15 minutes): the figures are latency on a shared machine.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine().split(' ').mid(0, 3).join(' '));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

struct Series
{
    QString name;
    QList<double> ms;
    int found = 0;
    int problems = 0;
};

Series timeLookups(const QString &name, DeviceLocator *locator, const QStringList &ids,
                   const std::function<void(const QString &)> &before = {})
{
    Series series{name, {}, 0, 0};
    for (const QString &id : ids) {
        if (before)
            before(id);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<DeviceLookup> lookup(locator->lookup(id));
        waitFor(lookup.get(), &DeviceLookup::finished);
        series.ms.append(double(clock.nsecsElapsed()) / 1e6);
        series.found += lookup->answer().identityFound ? 1 : 0;
        series.problems += lookup->answer().problems.isEmpty() ? 0 : 1;
    }
    return series;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("stamps"), QStringLiteral("Demo stamps."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Demo devices."), QStringLiteral("N"), QStringLiteral("5000000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Lookups per kind."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("quotas"), QStringLiteral("Keep the emulator's quotas (paced lookups).")});
    parser.addOption({QStringLiteral("no-node"), QStringLiteral("Skip the Node SDK baseline.")});
    parser.process(app);
    const int samples = qMax(1, parser.value(QStringLiteral("samples")).toInt());
    const bool quotas = parser.isSet(QStringLiteral("quotas"));
    const int warmups = 5;

    QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--stamps"), parser.value(QStringLiteral("stamps")),
                          QStringLiteral("--devices"), parser.value(QStringLiteral("devices")), QStringLiteral("--seed"),
                          QStringLiteral("3")};
    if (!quotas)
        arguments.append(QStringLiteral("--no-quotas"));
    QElapsedTimer seeding;
    seeding.start();
    EmulatorProcess emulator(arguments);
    if (!emulator.start(600'000)) {
        err << "emulator did not start: " << emulator.errorString() << Qt::endl;
        return 1;
    }
    out << "emulator: " << parser.value(QStringLiteral("stamps")) << " stamps, " << parser.value(QStringLiteral("devices"))
        << " devices, ready after " << seeding.elapsed() / 1000.0 << " s" << (quotas ? "" : " (--no-quotas)") << Qt::endl;
    out << "load average before the lookups: " << loadAverage() << Qt::endl;
    EmulatorClients clients(emulator, 1.0, quotas);
    WorkspaceError workspaceError;
    const std::optional<Workspace> workspace = Workspace::load(emulator.endpoints().workspace, &workspaceError);
    if (!workspace) {
        err << "workspace: " << workspaceError.toString() << Qt::endl;
        return 1;
    }
    QNetworkAccessManager network;
    SystemClock clock;
    AzureTransport transport(&network, &clock);

    // Devices to look up: a page from every hub, then a seeded shuffle.
    const int hubs = int(emulator.endpoints().hubs.size());
    const int perHub = qMax(2, (3 * samples + warmups) / hubs + 1);
    QStringList pool;
    QHash<QString, int> hubOf;
    for (int i = 0; i < hubs; ++i) {
        HubRegistryClient client(&transport, clients.hubEndpoint(i));
        std::unique_ptr<QueryPager> pager(client.queryDevices(QStringLiteral("SELECT * FROM devices"), perHub));
        std::unique_ptr<AzureResult<QueryPage>> page(pager->fetchNext());
        waitFor(page.get(), &AzureCall::finished);
        if (!page->isSuccess()) {
            err << "query of hub " << i << ": " << page->error().toString() << Qt::endl;
            return 1;
        }
        for (const QJsonValue &item : page->value().items) {
            const QString id = item.toObject().value(QLatin1StringView("deviceId")).toString();
            pool.append(id);
            hubOf.insert(id, i);
        }
    }
    QRandomGenerator random(42);
    std::shuffle(pool.begin(), pool.end(), random);
    if (pool.size() < warmups + 3 * samples) {
        err << "only " << pool.size() << " devices found" << Qt::endl;
        return 1;
    }
    const QStringList warmup = pool.mid(0, warmups);
    const QStringList cold = pool.mid(warmups, samples);
    const QStringList stale = pool.mid(warmups + samples, samples);
    const QStringList nodeIds = pool.mid(warmups + 2 * samples, samples);

    QTemporaryDir dir;
    DeviceLookupCache cache(dir.filePath(QStringLiteral("lookup-cache.sqlite")));
    DeviceLocator locator(&transport, &cache);
    locator.setWorkspace(*workspace);
    for (int i = 0; i < hubs; ++i)
        locator.setEndpoint(clients.hubEndpoint(i));
    for (int i = 0; i < emulator.endpoints().dps.size(); ++i)
        locator.setEndpoint(clients.dpsEndpoint(i));

    timeLookups(QStringLiteral("warm-up"), &locator, warmup);
    QList<Series> results;
    results.append(timeLookups(QStringLiteral("cold (empty cache)"), &locator, cold));
    results.append(timeLookups(QStringLiteral("cache hit"), &locator, cold));
    // Stale: the cache names the next stamp's hub, as after a move.
    for (const QString &id : stale)
        cache.remember({id, id, emulator.endpoints().hubs.at((hubOf.value(id) + 1) % hubs).hostName, QString(), {}});
    results.append(timeLookups(QStringLiteral("stale cache"), &locator, stale));

    if (!parser.isSet(QStringLiteral("no-node"))) {
        QJsonArray hubList;
        QJsonArray dpsList;
        for (const auto &hub : emulator.endpoints().hubs)
            hubList.append(QJsonObject{{QStringLiteral("hostName"), hub.hostName}, {QStringLiteral("connectionString"), hub.connectionString}});
        for (const auto &dps : emulator.endpoints().dps)
            dpsList.append(QJsonObject{{QStringLiteral("hostName"), dps.hostName}, {QStringLiteral("connectionString"), dps.connectionString}});
        const QJsonObject input{{QStringLiteral("hubs"), hubList}, {QStringLiteral("dps"), dpsList},
                                {QStringLiteral("ids"), QJsonArray::fromStringList(nodeIds)},
                                {QStringLiteral("warmup"), QJsonArray::fromStringList(warmup)}};
        const QString source = QStringLiteral(STAMPDECK_SOURCE_DIR);
        QProcess node;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), emulator.endpoints().caCertificate);
        node.setProcessEnvironment(environment);
        // Connection strings go through stdin only: never a file, argv or the environment.
        node.start(QStringLiteral("node"), {source + QStringLiteral("/benchmarks/lookup_node_baseline.js"),
                                            source + QStringLiteral("/tests/conformance")});
        if (node.waitForStarted(10'000)) {
            node.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
            node.closeWriteChannel();
            node.waitForFinished(600'000);
        }
        const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        if (node.exitCode() != 0 || result.isEmpty()) {
            err << "node baseline failed: " << node.errorString() << " " << QString::fromUtf8(node.readAllStandardError()) << Qt::endl;
        } else {
            Series series{QStringLiteral("Node SDK script, cold"), {}, result.value(QLatin1StringView("found")).toInt(),
                          result.value(QLatin1StringView("errors")).toInt()};
            for (const QJsonValue &ms : result.value(QLatin1StringView("coldMs")).toArray())
                series.ms.append(ms.toDouble());
            results.append(series);
        }
    }

    out << "load average after the lookups: " << loadAverage() << Qt::endl;
    out << Qt::endl << QStringLiteral("%1 %2 %3 %4 %5").arg(QStringLiteral("lookups"), -24).arg(QStringLiteral("n"), 5)
                           .arg(QStringLiteral("p50 ms"), 9).arg(QStringLiteral("p95 ms"), 9).arg(QStringLiteral("found/problems"), 16)
        << Qt::endl;
    for (const Series &s : std::as_const(results))
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(s.name, -24).arg(s.ms.size(), 5).arg(percentile(s.ms, 0.5), 9, 'f', 2)
                   .arg(percentile(s.ms, 0.95), 9, 'f', 2).arg(QStringLiteral("%1/%2").arg(s.found).arg(s.problems), 16)
            << Qt::endl;
    if (results.size() == 4) {
        const double p50 = percentile(results.at(3).ms, 0.5) / qMax(0.001, percentile(results.at(0).ms, 0.5));
        const double p95 = percentile(results.at(3).ms, 0.95) / qMax(0.001, percentile(results.at(0).ms, 0.95));
        out << Qt::endl << "cold lookups, Node SDK script / StampDeck: p50 " << QString::number(p50, 'f', 2) << "x, p95 "
            << QString::number(p95, 'f', 2) << "x" << Qt::endl;
    }
    return 0;
}
