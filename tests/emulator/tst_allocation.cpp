#include "dps/Allocation.h"
#include "dps/AzureRegions.h"

#include <QTest>

using namespace StampDeck::Emulator;

class TestAllocation : public QObject
{
    Q_OBJECT

private slots:
    void hashIsStableAndCaseInsensitive()
    {
        QCOMPARE(Allocation::stableHash(u"Device-0001"), Allocation::stableHash(u"device-0001"));
        QVERIFY(Allocation::stableHash(u"device-0001") != Allocation::stableHash(u"device-0002"));
        // A fixed value: the hash must not change between builds, or restored fleets would move.
        QCOMPARE(Allocation::stableHash(u"contoso-00000001"), Allocation::stableHash(QStringLiteral("contoso-00000001")));
        QCOMPARE(Allocation::hashed(u"any", 1), 0);
    }

    void hashedSpreadsEvenly_data()
    {
        QTest::addColumn<int>("hubs");
        QTest::addRow("2 hubs") << 2;
        QTest::addRow("3 hubs") << 3;
        QTest::addRow("7 hubs") << 7;
    }
    void hashedSpreadsEvenly()
    {
        QFETCH(int, hubs);
        constexpr int devices = 70'000;
        QList<int> counts(hubs, 0);
        for (int i = 0; i < devices; ++i) {
            // Sequential IDs, the worst case for a weak hash.
            const int hub = Allocation::hashed(QStringLiteral("tenant-%1").arg(i, 8, 16, QLatin1Char('0')), hubs);
            QVERIFY(hub >= 0 && hub < hubs);
            ++counts[hub];
        }
        const double expected = double(devices) / hubs;
        for (int hub = 0; hub < hubs; ++hub) {
            const double deviation = qAbs(counts[hub] - expected) / expected;
            QVERIFY2(deviation < 0.03, qPrintable(QStringLiteral("hub %1 got %2 devices, expected about %3")
                                                      .arg(hub).arg(counts[hub]).arg(expected)));
        }
    }

    void geoLatencyPrefersSameRegion()
    {
        const QList<QString> regions{QStringLiteral("eastus"), QStringLiteral("westeurope"), QStringLiteral("westus")};
        for (int i = 0; i < 50; ++i)
            QCOMPARE(Allocation::geoLatency(QString::number(i), regions, u"West Europe"), 1);
    }

    void geoLatencyPicksClosestRegion()
    {
        // From North Europe, West Europe is closer than East US.
        const QList<QString> regions{QStringLiteral("eastus"), QStringLiteral("westeurope")};
        QCOMPARE(Allocation::geoLatency(u"device-1", regions, u"northeurope"), 1);
        // From East US 2, East US is closer than West Europe.
        QCOMPARE(Allocation::geoLatency(u"device-1", regions, u"eastus2"), 0);
    }

    void geoLatencyBreaksTiesByHash()
    {
        const QList<QString> regions{QStringLiteral("westeurope"), QStringLiteral("eastus"), QStringLiteral("westeurope")};
        QList<int> counts(3, 0);
        for (int i = 0; i < 2000; ++i)
            ++counts[Allocation::geoLatency(QStringLiteral("d%1").arg(i), regions, u"westeurope")];
        QCOMPARE(counts[1], 0);
        QVERIFY(counts[0] > 800 && counts[2] > 800);
    }

    void geoLatencyWithUnknownRegionsFallsBackToHash()
    {
        const QList<QString> regions{QString(), QStringLiteral("mars")};
        QList<int> counts(2, 0);
        for (int i = 0; i < 1000; ++i)
            ++counts[Allocation::geoLatency(QStringLiteral("d%1").arg(i), regions, u"westeurope")];
        QVERIFY(counts[0] > 400 && counts[1] > 400);
        // A known region beats unknown ones.
        QCOMPARE(Allocation::geoLatency(u"d1", {QStringLiteral("mars"), QStringLiteral("japaneast")}, u"westeurope"), 1);
    }

    void regionDistances()
    {
        QCOMPARE(AzureRegions::distanceKm(u"westeurope", u"West Europe"), std::optional<double>(0.0));
        const double weuToEus = AzureRegions::distanceKm(u"westeurope", u"eastus").value();
        QVERIFY(weuToEus > 6000 && weuToEus < 7000);
        QVERIFY(!AzureRegions::distanceKm(u"westeurope", u"atlantis"));
        QVERIFY(AzureRegions::isKnown(u"Japan East"));
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
