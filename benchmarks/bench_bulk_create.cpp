// bench_bulk_create: how close bulk creation runs to the documented quota, against the emulator
// with its default quotas. Creates N enrollments through the DPS bulk API (10 per call; DPS
// service operations: 1,000/min per instance) and N device identities through the hub bulk
// registry API (100 per call; S1: 100 registry operations/min/unit, every device counting), and
// prints the time against the quota-bound minimum of the bucket model the services document:
// a bucket of one minute's worth that starts full, so N items need (N - burst) / rate.
// The emulator's --time-scale compresses the minute (60: a minute lasts a second); the ratio is
// the same at any scale, which is what lets the hub run finish in reasonable time.
//
//   bench_bulk_create [--enrollments N] [--devices N] [--dps-time-scale X] [--hub-time-scale Y]
//                     [--only dps|hub]
#include "AzureTransport.h"
#include "ConnectionString.h"
#include "DpsServiceClient.h"
#include "EmulatorProcess.h"
#include "HubRegistryClient.h"
#include "SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

using namespace StampDeck::Azure;
using StampDeck::Testing::EmulatorProcess;

namespace {

struct Row
{
    QString target;
    int items = 0;
    int calls = 0;
    double timeScale = 1;
    double perMinute = 0;
    double minimumS = 0;   // wall seconds at this scale
    double measuredS = 0;
    int succeeded = 0;
    qint64 throttled = 0;  // 429 answers the client saw
    qint64 retries = 0;
};

// A benchmark program may run its own event loop; library code never does.
void waitFor(AzureCall *call)
{
    if (call->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(call, &AzureCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

QPair<QString, int> hubTier(const EmulatorProcess &emulator, const QString &hostName)
{
    QFile file(emulator.endpoints().workspace);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray stamps = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("stamps")).toArray();
        for (const QJsonValue &stamp : stamps) {
            const QJsonObject hub = stamp.toObject().value(QLatin1StringView("hub")).toObject();
            if (hub.value(QLatin1StringView("hostName")).toString() == hostName)
                return {hub.value(QLatin1StringView("tier")).toString(), hub.value(QLatin1StringView("units")).toInt(1)};
        }
    }
    return {QStringLiteral("S1"), 1};
}

std::unique_ptr<EmulatorProcess> startEmulator(double timeScale, QTextStream &err)
{
    auto emulator = std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--hubs"), QStringLiteral("1"),
                                                                  QStringLiteral("--time-scale"), QString::number(timeScale)});
    if (!emulator->start()) {
        err << "emulator did not start: " << emulator->errorString() << Qt::endl;
        return nullptr;
    }
    return emulator;
}

void finishRow(Row &row, BulkCall *call, const AzureTransport &transport, const QElapsedTimer &timer)
{
    row.measuredS = timer.elapsed() / 1000.0;
    row.calls = call->value().requests;
    row.succeeded = call->value().succeeded();
    row.throttled = transport.statistics().throttled;
    row.retries = transport.statistics().retries;
}

Row runDps(int count, double timeScale, QTextStream &err)
{
    Row row{QStringLiteral("DPS enrollments (bulk, 10/call)"), count, 0, timeScale};
    const std::unique_ptr<EmulatorProcess> emulator = startEmulator(timeScale, err);
    if (!emulator)
        return row;
    QNetworkAccessManager network;
    SystemClock clock;
    AzureTransport transport(&network, &clock);
    AzureEndpoint endpoint = AzureEndpoint::fromConnectionString(
        ConnectionString::parse(emulator->endpoints().dps.first().connectionString).value_or(ConnectionString()), QuotaProfile::forDps());
    endpoint.extraCaCertificates = emulator->sslConfiguration().caCertificates();
    endpoint.quotas.setTimeScale(timeScale);
    DpsServiceClient dps(&transport, endpoint);

    QList<IndividualEnrollment> enrollments;
    for (int i = 0; i < count; ++i) {
        IndividualEnrollment e;
        e.registrationId = QStringLiteral("bench-%1").arg(i, 6, 10, QLatin1Char('0'));
        e.attestation = AttestationMechanism::symmetric();
        enrollments.append(e);
    }
    const QuotaRate rate = *endpoint.quotas.rate(OperationClass::DpsService);
    row.perMinute = rate.perMinute;
    row.minimumS = std::max(0.0, count - rate.burst) / (rate.perMinute * timeScale / 60.0);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<BulkCall> call(dps.runEnrollmentBulk(BulkEnrollmentMode::Create, enrollments));
    waitFor(call.get());
    finishRow(row, call.get(), transport, timer);
    return row;
}

Row runHub(int count, double timeScale, QTextStream &err)
{
    Row row{QStringLiteral("hub identities (bulk, 100/call)"), count, 0, timeScale};
    const std::unique_ptr<EmulatorProcess> emulator = startEmulator(timeScale, err);
    if (!emulator)
        return row;
    QNetworkAccessManager network;
    SystemClock clock;
    AzureTransport transport(&network, &clock);
    const auto &hubInfo = emulator->endpoints().hubs.first();
    const auto [tier, units] = hubTier(*emulator, hubInfo.hostName);
    AzureEndpoint endpoint = AzureEndpoint::fromConnectionString(
        ConnectionString::parse(hubInfo.connectionString).value_or(ConnectionString()), QuotaProfile::forHub(tier, units));
    endpoint.extraCaCertificates = emulator->sslConfiguration().caCertificates();
    endpoint.quotas.setTimeScale(timeScale);
    HubRegistryClient hub(&transport, endpoint);
    row.target = QStringLiteral("hub identities (bulk, %1 x%2)").arg(tier).arg(units);

    QList<DeviceIdentity> devices;
    for (int i = 0; i < count; ++i) {
        DeviceIdentity d;
        d.deviceId = QStringLiteral("bench-%1").arg(i, 6, 10, QLatin1Char('0'));
        devices.append(d);
    }
    const QuotaRate rate = *endpoint.quotas.rate(OperationClass::HubRegistry);
    row.perMinute = rate.perMinute;
    row.minimumS = std::max(0.0, count - rate.burst) / (rate.perMinute * timeScale / 60.0);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<BulkCall> call(hub.createDevices(devices));
    waitFor(call.get());
    finishRow(row, call.get(), transport, timer);
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk creation against the emulator's quotas, as a ratio of the quota-bound minimum."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("enrollments"), QStringLiteral("DPS enrollments to create."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Hub identities to create."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("dps-time-scale"), QStringLiteral("Emulator --time-scale for the DPS run (1: real minutes)."), QStringLiteral("x"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("hub-time-scale"), QStringLiteral("Emulator --time-scale for the hub run."), QStringLiteral("x"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only dps or hub."), QStringLiteral("target")});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString only = parser.value(QStringLiteral("only"));
    QList<Row> rows;
    if (only.isEmpty() || only == u"dps")
        rows.append(runDps(parser.value(QStringLiteral("enrollments")).toInt(), parser.value(QStringLiteral("dps-time-scale")).toDouble(), err));
    if (only.isEmpty() || only == u"hub")
        rows.append(runHub(parser.value(QStringLiteral("devices")).toInt(), parser.value(QStringLiteral("hub-time-scale")).toDouble(), err));

    out << "command: " << QCoreApplication::arguments().join(u' ') << Qt::endl;
    out << "| target | items | calls | time scale | quota /min | minimum s | measured s | ratio | created | 429s seen | retries |" << Qt::endl;
    out << "|---|---|---|---|---|---|---|---|---|---|---|" << Qt::endl;
    bool ok = true;
    for (const Row &row : std::as_const(rows)) {
        const double ratio = row.minimumS > 0 ? row.measuredS / row.minimumS : 0;
        out << "| " << row.target << " | " << row.items << " | " << row.calls << " | " << row.timeScale << " | " << row.perMinute
            << " | " << QString::number(row.minimumS, 'f', 2) << " | " << QString::number(row.measuredS, 'f', 2) << " | "
            << QString::number(ratio, 'f', 3) << " | " << row.succeeded << " | " << row.throttled << " | " << row.retries << " |" << Qt::endl;
        ok = ok && row.succeeded == row.items;
    }
    return ok ? 0 : 1;
}
