// Tests of HubDeviceTable, the storage under HubRegistry: slot order that stays stable while
// devices come and go (what query paging relies on), and the state-file block (round trip with
// counters and shared twin collections, damaged blocks refused). Driven through HubRegistry, the
// way the emulator uses it.

#include "hub/HubRegistry.h"

#include <QJsonDocument>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Azure::DeviceIdentity identity(const QString &id)
{
    Azure::DeviceIdentity device;
    device.deviceId = id;
    return device;
}

Azure::Twin twinPatch(const char *text)
{
    return *Azure::Twin::fromJson(json(text));
}

const QByteArray KeyA = QByteArray(32, 'a').toBase64();
const QByteArray KeyB = QByteArray(32, 'b').toBase64();

} // namespace

class TestHubDeviceTable : public QObject
{
    Q_OBJECT

private slots:
    void iterationIsStableAcrossDeletes();
    void saveAndLoadRoundTrip();
    void loadRejectsDamagedBlock();

private:
    qint64 m_now = 1714557600000;
    HubRegistry::Clock clock() { return [this] { return m_now; }; }
};

void TestHubDeviceTable::iterationIsStableAcrossDeletes()
{
    HubRegistry registry;
    for (int i = 0; i < 100; ++i)
        QVERIFY(!registry.createDevice(identity(QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0')))));
    QStringList firstHalf;
    const int next = registry.forEach(0, [&](int, const HubQueryRow &row) {
        firstHalf.append(row.value(HubQueryField::resolve({QStringLiteral("deviceId")})).string);
        return firstHalf.size() < 50;
    });
    QCOMPARE(firstHalf.last(), QStringLiteral("d049"));
    // Churn: delete from both halves and add new devices (which reuse freed slots).
    QVERIFY(!registry.deleteDevice(QStringLiteral("d010"), QStringLiteral("*")));
    QVERIFY(!registry.deleteDevice(QStringLiteral("d070"), QStringLiteral("*")));
    QVERIFY(!registry.createDevice(identity(QStringLiteral("new-1"))));
    QVERIFY(!registry.createDevice(identity(QStringLiteral("new-2"))));
    QStringList secondHalf;
    registry.forEach(next, [&](int, const HubQueryRow &row) {
        secondHalf.append(row.value(HubQueryField::resolve({QStringLiteral("deviceId")})).string);
        return true;
    });
    // Every device present throughout is seen exactly once; the deleted one in the unread part is not.
    QVERIFY(!secondHalf.contains(QStringLiteral("d070")));
    for (int i = 50; i < 100; ++i) {
        if (i != 70)
            QCOMPARE(secondHalf.count(QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0'))), 1);
    }
    for (const QString &id : firstHalf)
        QVERIFY2(!secondHalf.contains(id), qPrintable(id));
}

void TestHubDeviceTable::saveAndLoadRoundTrip()
{
    HubRegistry registry(QStringLiteral("h"), clock());
    const QJsonObject sharedTwin = json(R"({"tags":{"tenant":"contoso"},"properties":{"reported":{"fw":"1.0"}}})");
    for (int i = 0; i < 200; ++i)
        registry.assignDevice(QStringLiteral("dev-%1").arg(i), KeyA, KeyB, sharedTwin, false);
    QVERIFY(registry.setConnected(QStringLiteral("dev-3"), true));
    Azure::DeviceIdentity disabled = *registry.device(QStringLiteral("dev-4"));
    disabled.status = Azure::DeviceStatus::Disabled;
    disabled.statusReason = QStringLiteral("stolen");
    QVERIFY(!registry.replaceDevice(disabled, QStringLiteral("*")));
    QVERIFY(!registry.patchTwin(QStringLiteral("dev-5"), twinPatch(R"({"tags":{"site":"x"}})"), QString()));
    QVERIFY(!registry.deleteDevice(QStringLiteral("dev-6"), QStringLiteral("*")));

    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        registry.save(out);
    }
    HubRegistry restored(QStringLiteral("h"));
    QDataStream in(bytes);
    QString error;
    QVERIFY2(restored.load(in, &error), qPrintable(error));
    QCOMPARE(restored.deviceCount(), 199);
    QCOMPARE(restored.registryStatistics(), registry.registryStatistics());
    QCOMPARE(restored.serviceStatistics(), registry.serviceStatistics());
    for (const QString &id : {QStringLiteral("dev-0"), QStringLiteral("dev-3"), QStringLiteral("dev-4"), QStringLiteral("dev-5")}) {
        QCOMPARE(restored.device(id), registry.device(id));
        QCOMPARE(restored.twin(id), registry.twin(id));
    }
    QVERIFY(!restored.contains(QStringLiteral("dev-6")));
    // New devices after a restart still get a fresh generation.
    Azure::DeviceIdentity created;
    QVERIFY(!restored.createDevice(identity(QStringLiteral("dev-6")), &created));
    QVERIFY(*created.generationId != *registry.device(QStringLiteral("dev-199"))->generationId);
    // The shared twin collections are written once, so the block stays small.
    QVERIFY2(bytes.size() < 200 * 200, qPrintable(QString::number(bytes.size())));
}

void TestHubDeviceTable::loadRejectsDamagedBlock()
{
    HubRegistry registry;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("a"))));
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        registry.save(out);
    }
    QString error;
    HubRegistry truncated;
    QVERIFY(!truncated.createDevice(identity(QStringLiteral("keep-me-not"))));
    QDataStream in(bytes.left(bytes.size() - 10));
    QVERIFY(!truncated.load(in, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")) || error.contains(QStringLiteral("truncated")), qPrintable(error));
    QCOMPARE(truncated.deviceCount(), 0);

    QByteArray garbage("not a registry");
    QDataStream garbageIn(garbage);
    QVERIFY(!truncated.load(garbageIn, &error));
    QCOMPARE(error, QStringLiteral("the hub registry block is missing or damaged"));
}

QTEST_GUILESS_MAIN(TestHubDeviceTable)
#include "tst_hubdevicetable.moc"
