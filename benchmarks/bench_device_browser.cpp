// bench_device_browser: the device browser's memory bound, end to end. An offscreen QTableView
// over DeviceTableModel on the emulator's largest demo hub, scrolled to the bottom again and again
// until the hub has no more pages (every row fetched through the view's fetchMore), then back to
// the top (an evicted page read again from its token). Prints wall time, rows, pages and the
// console's RSS (VmRSS, VmHWM from /proc/self/status). Goal (issue 5): under 250 MB RSS after
// scrolling a 1,000,000-device table end to end.
//
//   bench_device_browser [DEVICES [STAMPS]]   default: 4000000 devices over 4 stamps
//
// The emulator runs with --no-quotas: this measures the table, not the hub's query quota (at an
// S1 unit's 20 queries a minute, 1,000 pages take 50 minutes on a real hub).
#include "DeviceTableModel.h"

#include "AzureTransport.h"
#include "HubRegistryClient.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void printMemory(const char *when)
{
    std::printf("%-28s VmRSS %7.1f MB   VmHWM %7.1f MB\n", when, double(statusKiB("VmRSS:")) / 1024.0,
                double(statusKiB("VmHWM:")) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString devices = args.value(1, QStringLiteral("4000000"));
    const QString stamps = args.value(2, QStringLiteral("4"));

    std::printf("seeding the emulator: --demo --stamps %s --devices %s --no-quotas\n", qPrintable(stamps), qPrintable(devices));
    std::fflush(stdout);
    EmulatorProcess emulator({QStringLiteral("--demo"), QStringLiteral("--stamps"), stamps, QStringLiteral("--devices"), devices,
                              QStringLiteral("--no-quotas"), QStringLiteral("--seed"), QStringLiteral("3")});
    if (!emulator.start(30 * 60'000)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    EmulatorClients clients(emulator, 1.0, false);
    QNetworkAccessManager network;
    SystemClock clock;
    AzureTransport transport(&network, &clock);

    // The largest hub.
    std::unique_ptr<HubRegistryClient> hub;
    qint64 hubDevices = 0;
    for (int i = 0; i < emulator.endpoints().hubs.size(); ++i) {
        auto candidate = std::make_unique<HubRegistryClient>(&transport, clients.hubEndpoint(i));
        auto stats = EmulatorClients::finish(candidate->deviceStatistics(), 60'000);
        if (stats->isSuccess() && stats->value().totalDeviceCount > hubDevices) {
            hubDevices = stats->value().totalDeviceCount;
            hub = std::move(candidate);
        }
    }
    if (!hub) {
        std::fprintf(stderr, "no hub answered its statistics\n");
        return 1;
    }
    std::printf("hub %s: %lld devices\n", qPrintable(hub->endpoint().hostName), hubDevices);
    printMemory("before the table:");

    DeviceTableModel model(&transport);
    model.setTagColumn(QStringLiteral("site"));
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    model.setHub(hub.get());

    int maxResident = 0;
    int nudges = 0;
    QElapsedTimer wall;
    wall.start();
    qint64 lastReport = 0;
    QTimer tick;
    tick.setInterval(5); // not 0: no busy loop while a page is on its way
    int result = 0;
    QObject::connect(&model, &DeviceTableModel::errorOccurred, &app, [&](const QString &message) {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
        result = 1;
        app.quit();
    });
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        maxResident = std::max(maxResident, model.residentPageCount());
        if (!model.canFetchMore({}) && !model.isFetching()) {
            tick.stop();
            const double seconds = double(wall.elapsed()) / 1000.0;
            std::printf("scrolled %d rows in %d pages: %.1f s (%.0f rows/s), most pages in memory %d (limit %d), "
                        "fetchMore nudges %d\n",
                        model.rowCount(), model.pageCount(), seconds, model.rowCount() / std::max(seconds, 0.001),
                        maxResident, model.residentPageLimit(), nudges);
            printMemory("after scrolling to the end:");
            // Back to the top: the first page was evicted long ago and is read again.
            QElapsedTimer back;
            back.start();
            view.scrollToTop();
            auto *waitTop = new QTimer(&app);
            waitTop->setInterval(1);
            QObject::connect(waitTop, &QTimer::timeout, &app, [&, waitTop, back] {
                if (model.deviceId(0).isEmpty())
                    return;
                waitTop->stop();
                std::printf("top page read again in %lld ms\n", back.elapsed());
                printMemory("at the end:");
                app.quit();
            });
            waitTop->start();
            return;
        }
        view.scrollToBottom();
        // The view fetches when its scroll bar reaches the end; when it did not (no new value),
        // ask the model as the view would.
        if (!model.isFetching() && model.canFetchMore({})) {
            model.fetchMore({});
            ++nudges;
        }
        if (wall.elapsed() - lastReport > 10'000) {
            lastReport = wall.elapsed();
            std::printf("  %d rows after %.0f s\n", model.rowCount(), double(lastReport) / 1000.0);
            printMemory("  ");
        }
    });
    tick.start();
    app.exec();
    if (result == 0 && model.rowCount() != hubDevices) {
        std::fprintf(stderr, "rows %d, hub devices %lld\n", model.rowCount(), hubDevices);
        result = 1;
    }
    return result;
}
