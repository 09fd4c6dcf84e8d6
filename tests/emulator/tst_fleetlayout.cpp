// FleetLayout: the demo and plain fleets keep the invariants the emulator, the console and the
// benchmarks rely on, at every size the command line allows.
#include "fleet/FleetLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace StampDeck::Emulator;

class TestFleetLayout : public QObject
{
    Q_OBJECT

private slots:
    void demoInvariants_data();
    void demoInvariants();
    void demoLooksLikeAFleet();
    void demoIsDeterministic();
    void plainLayout();
    void jsonRoundTrip();
    void fromJsonRejectsBrokenLayouts_data();
    void fromJsonRejectsBrokenLayouts();
    void validateCatchesInconsistencies();
    void idScopeFormat();
};

void TestFleetLayout::demoInvariants_data()
{
    QTest::addColumn<int>("stamps");
    QTest::addColumn<qint64>("devices");
    QTest::addRow("4 stamps, 0 devices") << 4 << qint64(0);
    QTest::addRow("4 stamps, 2000 devices") << 4 << qint64(2000);
    QTest::addRow("4 stamps, 200k devices") << 4 << qint64(200'000);
    QTest::addRow("5 stamps, 1M devices") << 5 << qint64(1'000'000);
    QTest::addRow("6 stamps, 200k devices") << 6 << qint64(200'000);
    QTest::addRow("8 stamps, 1M devices") << 8 << qint64(1'000'000);
    QTest::addRow("12 stamps, 1M devices") << 12 << qint64(1'000'000);
    QTest::addRow("20 stamps, 5M devices") << 20 << qint64(5'000'000);
    QTest::addRow("50 stamps, 1M devices") << 50 << qint64(1'000'000);
}

void TestFleetLayout::demoInvariants()
{
    QFETCH(int, stamps);
    QFETCH(qint64, devices);
    const FleetLayout layout = FleetLayout::demo(stamps, devices);

    QCOMPARE(layout.validate(), QString());
    QCOMPARE(layout.hubs.size(), stamps);
    QCOMPARE(layout.totalDeviceCount(), devices);

    QSet<QString> regions, rings, tenancies, tenants;
    for (const HubSpec &hub : layout.hubs) {
        regions.insert(hub.region);
        rings.insert(hub.ring);
        tenancies.insert(hub.tenancy);
        QVERIFY2(!hub.tenants.isEmpty() || devices == 0, qPrintable(hub.name));
        QVERIFY(hub.plannedCapacity >= 1000 && hub.plannedCapacity <= FleetLayout::HubDeviceLimit);
        QCOMPARE(hub.tier, hub.ring == u"test" ? QStringLiteral("S1") : QStringLiteral("S2"));
        QVERIFY(hub.hostName.isEmpty()); // set only once listening
    }
    QCOMPARE(regions.size(), 2);
    QVERIFY(rings.contains(QStringLiteral("test")));
    QVERIFY(rings.contains(QStringLiteral("production")));
    QCOMPARE(rings.contains(QStringLiteral("canary")), stamps >= 8);
    QCOMPARE(tenancies.size(), 2);

    QCOMPARE(layout.dps.size(), 2);
    QVERIFY(layout.dps[0].region != layout.dps[1].region);
    for (const DpsSpec &instance : layout.dps) {
        // Linked to every hub, so populations can move across regions.
        QCOMPARE(instance.linkedHubNames.size(), stamps);
        for (const EnrollmentGroupSpec &group : instance.groups) {
            tenants.insert(group.tenant);
            QVERIFY(!group.hubNames.isEmpty());
            if (group.groupId.endsWith(u"-prod")) {
                for (const QString &name : group.hubNames)
                    QCOMPARE(layout.hub(name)->ring, QStringLiteral("production"));
            }
        }
    }
    QVERIFY(tenants.size() >= 3 && tenants.size() <= 5);

    // A dedicated stamp serves one tenant, and only that tenant's groups land on it.
    for (const HubSpec &hub : layout.hubs) {
        if (hub.tenancy != u"dedicated")
            continue;
        QCOMPARE(hub.tenants.size(), 1);
        for (const DpsSpec &instance : layout.dps) {
            for (const EnrollmentGroupSpec &group : instance.groups) {
                if (group.hubNames.contains(hub.name))
                    QCOMPARE(group.tenant, hub.tenants.constFirst());
            }
        }
    }

    // Every hub stays under the hub's soft limit, and the capacity story holds at demo sizes:
    // some production stamps near amber (80% to 100%), exactly one over.
    const QHash<QString, qint64> load = layout.expectedDevicesPerHub();
    int amber = 0, over = 0;
    for (const HubSpec &hub : layout.hubs) {
        QVERIFY2(load.value(hub.name) <= FleetLayout::HubDeviceLimit, qPrintable(hub.name));
        const double utilisation = double(load.value(hub.name)) / double(hub.plannedCapacity);
        if (utilisation >= 0.8 && utilisation <= 1.0)
            ++amber;
        if (utilisation > 1.0)
            ++over;
        if (hub.ring == u"production" && devices >= 100'000)
            QVERIFY2(utilisation > 0.4, qPrintable(hub.name));
    }
    if (devices >= 100'000) {
        QVERIFY(amber >= 1);
        QCOMPARE(over, 1);
    }
}

void TestFleetLayout::demoLooksLikeAFleet()
{
    // The default demo: the shape the README and the console's screenshots describe.
    const FleetLayout layout = FleetLayout::demo(4, 200'000);
    QStringList names;
    for (const HubSpec &hub : layout.hubs)
        names.append(hub.name);
    QCOMPARE(names, (QStringList{QStringLiteral("hub-weu-test-1"), QStringLiteral("hub-weu-prod-1"),
                                 QStringLiteral("hub-weu-prod-2"), QStringLiteral("hub-eus-prod-1")}));
    QCOMPARE(layout.hub(QStringLiteral("hub-weu-prod-2"))->tenancy, QStringLiteral("dedicated"));
    QCOMPARE(layout.hub(QStringLiteral("hub-weu-prod-2"))->tenants, QStringList{QStringLiteral("contoso")});
    QCOMPARE(layout.hub(QStringLiteral("hub-weu-test-1"))->units, 1);
    QVERIFY(layout.hub(QStringLiteral("hub-weu-prod-1"))->units > 1);
    QCOMPARE(layout.dpsInstance(QStringLiteral("dps-weu"))->region, QStringLiteral("westeurope"));
    QCOMPARE(layout.dpsInstance(QStringLiteral("dps-eus"))->region, QStringLiteral("eastus"));
    QCOMPARE(layout.instanceNames().size(), 6);
    // One group of every allocation policy the emulator supports.
    QSet<QString> policies;
    for (const DpsSpec &instance : layout.dps) {
        for (const EnrollmentGroupSpec &group : instance.groups)
            policies.insert(group.allocationPolicy);
    }
    QCOMPARE(policies, (QSet<QString>{QStringLiteral("hashed"), QStringLiteral("static"), QStringLiteral("geoLatency")}));
    QCOMPARE(FleetLayout::demo(1, 10).hubs.size(), FleetLayout::MinDemoStamps);
}

void TestFleetLayout::demoIsDeterministic()
{
    QCOMPARE(FleetLayout::demo(7, 123'457), FleetLayout::demo(7, 123'457));
    QVERIFY(FleetLayout::demo(7, 123'457) != FleetLayout::demo(7, 123'458));
}

void TestFleetLayout::plainLayout()
{
    const FleetLayout layout = FleetLayout::plain(3);
    QCOMPARE(layout.validate(), QString());
    QCOMPARE(layout.hubs.size(), 3);
    QCOMPARE(layout.dps.size(), 1);
    QCOMPARE(layout.dps[0].linkedHubNames.size(), 3);
    QVERIFY(layout.dps[0].groups.isEmpty());
    QCOMPARE(layout.totalDeviceCount(), 0);
    QCOMPARE(FleetLayout::plain(0).hubs.size(), 1);
}

void TestFleetLayout::jsonRoundTrip()
{
    FleetLayout layout = FleetLayout::demo(8, 50'000);
    layout.hubs[0].hostName = QStringLiteral("localhost:40001");
    layout.dps[1].hostName = QStringLiteral("localhost:40009");
    const QByteArray text = QJsonDocument(layout.toJson()).toJson();
    QString error;
    const auto back = FleetLayout::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, layout);
}

void TestFleetLayout::fromJsonRejectsBrokenLayouts_data()
{
    QTest::addColumn<QString>("path"); // what to break
    QTest::addColumn<QString>("expected");
    QTest::addRow("hub name not a string") << QStringLiteral("hubs.name") << QStringLiteral("hubs[0]: 'name' must be a string");
    QTest::addRow("units not an integer") << QStringLiteral("hubs.units") << QStringLiteral("hubs[0]: 'units' must be an integer");
    QTest::addRow("groups missing") << QStringLiteral("dps.groups") << QStringLiteral("dps[0]: 'groups' must be an array");
    QTest::addRow("unknown linked hub") << QStringLiteral("dps.linkedHubNames") << QStringLiteral("links an unknown hub 'nowhere'");
}

void TestFleetLayout::fromJsonRejectsBrokenLayouts()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QJsonObject object = FleetLayout::plain(2).toJson();
    const QStringList parts = path.split(u'.');
    QJsonArray array = object.value(parts[0]).toArray();
    QJsonObject item = array.at(0).toObject();
    if (parts[1] == u"name")
        item.insert(parts[1], 7);
    else if (parts[1] == u"units")
        item.insert(parts[1], 1.5);
    else if (parts[1] == u"groups")
        item.remove(parts[1]);
    else
        item.insert(parts[1], QJsonArray{QStringLiteral("nowhere")});
    array.replace(0, item);
    object.insert(parts[0], array);
    QString error;
    QVERIFY(!FleetLayout::fromJson(object, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestFleetLayout::validateCatchesInconsistencies()
{
    FleetLayout twice = FleetLayout::plain(2);
    twice.hubs[1].name = twice.hubs[0].name;
    QVERIFY(twice.validate().contains(QStringLiteral("used twice")));

    FleetLayout clash = FleetLayout::plain(1);
    clash.dps[0].name = clash.hubs[0].name;
    QVERIFY(clash.validate().contains(QStringLiteral("used twice")));

    FleetLayout badScope = FleetLayout::plain(1);
    badScope.dps[0].idScope = QStringLiteral("0ne12");
    QVERIFY(badScope.validate().contains(QStringLiteral("malformed ID scope")));

    FleetLayout badGroup = FleetLayout::demo(4, 1000);
    badGroup.dps[0].groups[1].hubNames.append(badGroup.hubs[0].name); // static with two hubs
    QVERIFY(badGroup.validate().contains(QStringLiteral("exactly one hub")));

    FleetLayout tooManyUnits = FleetLayout::plain(1);
    tooManyUnits.hubs[0].tier = QStringLiteral("S3");
    tooManyUnits.hubs[0].units = 11;
    QVERIFY(tooManyUnits.validate().contains(QStringLiteral("allows 1 to 10")));
}

void TestFleetLayout::idScopeFormat()
{
    const QString scope = FleetLayout::idScopeFor(QStringLiteral("dps-weu"));
    QCOMPARE(scope.size(), 11);
    QVERIFY(scope.startsWith(u"0ne"));
    QCOMPARE(scope, scope.left(3) + scope.mid(3).toUpper());
    QCOMPARE(scope, FleetLayout::idScopeFor(QStringLiteral("dps-weu")));
    QVERIFY(scope != FleetLayout::idScopeFor(QStringLiteral("dps-eus")));
}

QTEST_GUILESS_MAIN(TestFleetLayout)
#include "tst_fleetlayout.moc"
