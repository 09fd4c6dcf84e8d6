#include "dps/DemoPopulation.h"
#include "dps/DpsStore.h"
#include "fleet/FleetLayout.h"
#include "hub/HubRegistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <vector>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

namespace {

// The instances a layout describes, built the way the emulator composes them.
struct Fleet
{
    FleetLayout layout;
    std::vector<std::unique_ptr<HubRegistry>> hubs;
    std::vector<std::unique_ptr<DpsStore>> dps;
    QHash<QString, HubRegistry *> hubsByName;
    QHash<QString, DpsStore *> dpsByName;

    explicit Fleet(FleetLayout fleetLayout)
        : layout(std::move(fleetLayout))
    {
        int port = 45000;
        for (const HubSpec &spec : layout.hubs) {
            hubs.push_back(std::make_unique<HubRegistry>(QStringLiteral("localhost:%1").arg(port++)));
            hubsByName.insert(spec.name, hubs.back().get());
        }
        for (const DpsSpec &spec : layout.dps) {
            QList<LinkedHub> linked;
            for (const QString &name : spec.linkedHubNames)
                linked.append({hubsByName.value(name), layout.hub(name)->region});
            dps.push_back(std::make_unique<DpsStore>(spec.name, spec.idScope, spec.region, linked));
            dpsByName.insert(spec.name, dps.back().get());
        }
    }

    qint64 hubDevices() const
    {
        qint64 total = 0;
        for (const auto &hub : hubs)
            total += hub->deviceCount();
        return total;
    }
};

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

} // namespace

class TestDemoPopulation : public QObject
{
    Q_OBJECT

private slots:
    void deviceIdsAreUniqueAndWellFormed()
    {
        static const QRegularExpression shape(QStringLiteral("^contoso-[0-9a-f]{8}$"));
        QSet<QString> seen;
        for (quint32 i = 0; i < 20'000; ++i) {
            const QString id = DemoPopulation::deviceId(QStringLiteral("contoso"), i, 7);
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 20'000);
        QCOMPARE(DemoPopulation::deviceId(QStringLiteral("contoso"), 5, 7), DemoPopulation::deviceId(QStringLiteral("contoso"), 5, 7));
        QVERIFY(DemoPopulation::deviceId(QStringLiteral("contoso"), 5, 7) != DemoPopulation::deviceId(QStringLiteral("contoso"), 5, 8));
    }

    void seedsTheDemoFleet()
    {
        Fleet fleet(FleetLayout::demo(4, 3000));
        const DemoPopulation::Result result = DemoPopulation::seed(fleet.layout, fleet.dpsByName, fleet.hubsByName);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.devices, fleet.layout.totalDeviceCount());
        QCOMPARE(result.devices, qint64(3000));
        QCOMPARE(fleet.hubDevices(), qint64(3000));
        // About 60% connected, as the service statistics show.
        QVERIFY2(result.connected > 1600 && result.connected < 2000, qPrintable(QString::number(result.connected)));
        qint64 connected = 0;
        for (const auto &hub : fleet.hubs)
            connected += hub->serviceStatistics().connectedDeviceCount;
        QCOMPARE(connected, result.connected);

        // Every DPS instance has its groups and the registration states of their devices.
        qint64 registrations = 0;
        for (const DpsSpec &spec : fleet.layout.dps) {
            DpsStore *store = fleet.dpsByName.value(spec.name);
            QCOMPARE(store->enrollmentGroupCount(), spec.groups.size());
            registrations += store->registrationCount();
            for (const EnrollmentGroupSpec &group : spec.groups) {
                const auto stored = store->enrollmentGroup(group.groupId);
                QVERIFY(stored.ok());
                QCOMPARE(stored.value->attestation.type, AttestationType::SymmetricKey);
                qsizetype cursor = 0;
                const auto page = store->registrationPage(group.groupId, &cursor, 5);
                QCOMPARE(page.value->size(), qMin<qsizetype>(5, group.deviceCount));
                for (const DeviceRegistrationState &state : *page.value) {
                    QCOMPARE(state.status, std::optional(RegistrationStatus::Assigned));
                    // The device is on the hub DPS says, with the twin the demo gives it, and
                    // the hub is one of the group's hubs.
                    const int hubIndex = store->linkedHubIndex(*state.assignedHub);
                    QVERIFY(hubIndex >= 0);
                    auto *hub = static_cast<HubRegistry *>(store->linkedHub(hubIndex));
                    QVERIFY(hub->contains(*state.deviceId));
                    const QJsonObject twin = *hub->twin(*state.deviceId);
                    QCOMPARE(twin.value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("tenant")).toString(), group.tenant);
                    QVERIFY(twin.value(QLatin1StringView("tags")).toObject().contains(QLatin1StringView("site")));
                    if (!group.hubNames.isEmpty()) {
                        bool inGroup = false;
                        for (const QString &name : group.hubNames)
                            inGroup = inGroup || fleet.hubsByName.value(name) == hub;
                        QVERIFY2(inGroup, qPrintable(state.deviceId.value_or(QString())));
                    }
                }
            }
        }
        QCOMPARE(registrations, qint64(3000));
    }

    void refusesHubsWithoutHostNames()
    {
        Fleet fleet(FleetLayout::demo(4, 10));
        fleet.hubs.front()->setHostName(QString());
        const DemoPopulation::Result result = DemoPopulation::seed(fleet.layout, fleet.dpsByName, fleet.hubsByName);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QLatin1StringView("host name")));
    }

    // Not run by default: STAMPDECK_DEMO_BENCH=1 (and optionally STAMPDECK_DEMO_DEVICES) seeds
    // a million devices and prints the time and resident memory per device.
    void seedBenchmark()
    {
        if (qEnvironmentVariableIntValue("STAMPDECK_DEMO_BENCH") != 1)
            QSKIP("benchmark: set STAMPDECK_DEMO_BENCH=1 to seed a million devices");
        const qint64 devices = qEnvironmentVariableIsSet("STAMPDECK_DEMO_DEVICES")
                                   ? qEnvironmentVariable("STAMPDECK_DEMO_DEVICES").toLongLong()
                                   : 1'000'000;
        const qint64 before = residentBytes();
        Fleet fleet(FleetLayout::demo(4, devices));
        const DemoPopulation::Result result = DemoPopulation::seed(fleet.layout, fleet.dpsByName, fleet.hubsByName);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const qint64 after = residentBytes();
        qInfo("seeded %lld devices (%lld connected) in %lld ms; RSS grew %.1f MiB = %.0f bytes/device",
              result.devices, result.connected, result.elapsedMs, double(after - before) / (1024.0 * 1024.0),
              double(after - before) / double(result.devices));
        QCOMPARE(result.devices, devices);

        // What the state file costs for the DPS side: save and load every store.
        QElapsedTimer timer;
        timer.start();
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            for (const auto &store : fleet.dps)
                store->save(out);
        }
        const qint64 saveMs = timer.restart();
        QDataStream in(bytes);
        for (const auto &store : fleet.dps) {
            QString error;
            QVERIFY2(store->load(in, &error), qPrintable(error));
        }
        qInfo("DPS state: %.1f MiB, saved in %lld ms, loaded in %lld ms", double(bytes.size()) / (1024.0 * 1024.0), saveMs,
              timer.elapsed());
        qint64 registrations = 0;
        for (const auto &store : fleet.dps)
            registrations += store->registrationCount();
        QCOMPARE(registrations, devices);
    }
};

QTEST_GUILESS_MAIN(TestDemoPopulation)
#include "tst_demopopulation.moc"
