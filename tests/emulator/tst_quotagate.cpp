#include "server/QuotaGate.h"

#include <QTest>

using namespace StampDeck::Emulator;

class TestQuotaGate : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'000'000; // fake clock, ms
    QuotaGate::Clock clock()
    {
        return [this] { return m_now; };
    }

private slots:
    void init() { m_now = 1'000'000; }

    void burstThenThrottle()
    {
        QuotaGate gate(QuotaLimits::forHub(QStringLiteral("S1"), 1), 1.0, clock());
        for (int i = 0; i < 100; ++i)
            QVERIFY2(!gate.admit(QuotaClass::HubRegistryOperations), qPrintable(QString::number(i)));
        const auto wait = gate.admit(QuotaClass::HubRegistryOperations);
        QVERIFY(wait.has_value());
        QCOMPARE(*wait, 600); // 100/min: one token every 600 ms
        // A refusal takes nothing: asking again at once gives the same wait.
        QCOMPARE(gate.admit(QuotaClass::HubRegistryOperations).value_or(-1), 600);
    }

    void refillsContinuously()
    {
        QuotaGate gate({{QuotaClass::HubQueries, 20.0}}, 1.0, clock());
        for (int i = 0; i < 20; ++i)
            QVERIFY(!gate.admit(QuotaClass::HubQueries));
        QCOMPARE(gate.admit(QuotaClass::HubQueries).value_or(-1), 3000); // 20/min: 3 s a token
        m_now += 1000;
        QCOMPARE(gate.admit(QuotaClass::HubQueries).value_or(-1), 2000);
        m_now += 2000;
        QVERIFY(!gate.admit(QuotaClass::HubQueries));
        QVERIFY(gate.admit(QuotaClass::HubQueries).has_value());
        // A long pause refills to one minute's worth, never more.
        m_now += 10 * 60'000;
        for (int i = 0; i < 20; ++i)
            QVERIFY(!gate.admit(QuotaClass::HubQueries));
        QVERIFY(gate.admit(QuotaClass::HubQueries).has_value());
    }

    void costCountsEachDevice()
    {
        QuotaGate gate(QuotaLimits::forHub(QStringLiteral("S1"), 1), 1.0, clock());
        // The docs' example: bulk calls of 50 devices on one S1 unit, two a minute.
        QVERIFY(!gate.admit(QuotaClass::HubRegistryOperations, 50));
        QVERIFY(!gate.admit(QuotaClass::HubRegistryOperations, 50));
        const auto wait = gate.admit(QuotaClass::HubRegistryOperations, 50);
        QCOMPARE(wait.value_or(-1), 30'000);
        QCOMPARE(QuotaGate::retryAfterSeconds(*wait), 30);
    }

    void costAboveCapacityIsAdmittedWhenFull()
    {
        QuotaGate gate({{QuotaClass::HubRegistryOperations, 10.0}}, 1.0, clock());
        QVERIFY(!gate.admit(QuotaClass::HubRegistryOperations, 25)); // full bucket: admitted, debt of 15
        // Now 16 tokens short of one: 16 * 6 s.
        QCOMPARE(gate.admit(QuotaClass::HubRegistryOperations).value_or(-1), 96'000);
        // A second over-size call waits for a full bucket (25 tokens' debt back to 10).
        m_now += 96'000;
        QCOMPARE(gate.admit(QuotaClass::HubRegistryOperations, 25).value_or(-1), 54'000);
    }

    void retryAfterSeconds_data()
    {
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("1 ms") << qint64(1) << qint64(1);
        QTest::addRow("999 ms") << qint64(999) << qint64(1);
        QTest::addRow("1000 ms") << qint64(1000) << qint64(1);
        QTest::addRow("1001 ms") << qint64(1001) << qint64(2);
        QTest::addRow("0") << qint64(0) << qint64(1);
        QTest::addRow("a minute") << qint64(60'000) << qint64(60);
    }
    void retryAfterSeconds()
    {
        QFETCH(qint64, waitMs);
        QFETCH(qint64, seconds);
        QCOMPARE(QuotaGate::retryAfterSeconds(waitMs), seconds);
    }

    void timeScaleCompressesTheWindow()
    {
        QuotaGate gate(QuotaLimits::forHub(QStringLiteral("S1"), 1), 60.0, clock());
        QCOMPARE(gate.timeScale(), 60.0);
        for (int i = 0; i < 100; ++i)
            QVERIFY(!gate.admit(QuotaClass::HubRegistryOperations));
        QCOMPARE(gate.admit(QuotaClass::HubRegistryOperations).value_or(-1), 10); // 600 ms / 60
        m_now += 1000; // one wall-clock second = one quota minute: full again
        for (int i = 0; i < 100; ++i)
            QVERIFY(!gate.admit(QuotaClass::HubRegistryOperations));
        QVERIFY(gate.admit(QuotaClass::HubRegistryOperations).has_value());
    }

    void disabledAndUnlimited()
    {
        QuotaGate gate({{QuotaClass::DpsRegistrations, 1.0}}, 1.0, clock());
        QVERIFY(!gate.admit(QuotaClass::DpsRegistrations));
        QVERIFY(gate.admit(QuotaClass::DpsRegistrations).has_value());
        gate.setEnabled(false);
        QVERIFY(!gate.isEnabled());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!gate.admit(QuotaClass::DpsRegistrations));
        gate.setEnabled(true);
        QVERIFY(gate.admit(QuotaClass::DpsRegistrations).has_value()); // nothing refilled meanwhile
        // A class without a bucket is not limited.
        QCOMPARE(gate.perMinute(QuotaClass::HubQueries), 0.0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!gate.admit(QuotaClass::HubQueries));
    }

    void setPerMinute()
    {
        QuotaGate gate({{QuotaClass::HubQueries, 100.0}}, 1.0, clock());
        QCOMPARE(gate.perMinute(QuotaClass::HubQueries), 100.0);
        gate.setPerMinute(QuotaClass::HubQueries, 2.0); // lowering caps the saved tokens
        QVERIFY(!gate.admit(QuotaClass::HubQueries));
        QVERIFY(!gate.admit(QuotaClass::HubQueries));
        QCOMPARE(gate.admit(QuotaClass::HubQueries).value_or(-1), 30'000);
        gate.setPerMinute(QuotaClass::HubQueries, 0.0); // 0 removes the limit
        QVERIFY(!gate.admit(QuotaClass::HubQueries));
        gate.setPerMinute(QuotaClass::HubTwinReads, 1.0); // a new class starts full
        QVERIFY(!gate.admit(QuotaClass::HubTwinReads));
        QVERIFY(gate.admit(QuotaClass::HubTwinReads).has_value());
    }

    void devicePollsPerRegistration()
    {
        QuotaGate gate(QuotaLimits::forDps(), 1.0, clock());
        const QString device = QStringLiteral("sensor-1");
        for (int i = 0; i < 5; ++i)
            QVERIFY(!gate.admitDevicePoll(device));
        QCOMPARE(gate.admitDevicePoll(device).value_or(-1), 2000); // 5 per 10 s: one every 2 s
        QVERIFY(!gate.admitDevicePoll(QStringLiteral("sensor-2"))); // others are not affected
        QCOMPARE(gate.trackedDevicePolls(), 2);
        m_now += 2000;
        QVERIFY(!gate.admitDevicePoll(device));
        QVERIFY(gate.admitDevicePoll(device).has_value());
        // Idle for a window: forgotten, and a fresh burst of 5 is allowed.
        m_now += 10'000;
        QVERIFY(!gate.admitDevicePoll(QStringLiteral("sensor-3")));
        QCOMPARE(gate.trackedDevicePolls(), 1);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!gate.admitDevicePoll(device));
        QVERIFY(gate.admitDevicePoll(device).has_value());
    }

    void devicePollsWithTimeScale()
    {
        QuotaGate gate(QuotaLimits::forDps(), 10.0, clock());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!gate.admitDevicePoll(QStringLiteral("d")));
        QCOMPARE(gate.admitDevicePoll(QStringLiteral("d")).value_or(-1), 200);
    }

    void hubLimits_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("units");
        QTest::addColumn<double>("registry");
        QTest::addColumn<double>("queries");
        QTest::addColumn<double>("twinReads");
        QTest::addColumn<double>("twinUpdates");
        QTest::addColumn<double>("methods");
        QTest::addRow("S1 x1") << QStringLiteral("S1") << 1 << 100.0 << 20.0 << 6000.0 << 3000.0 << 2400.0;
        QTest::addRow("S1 x4") << QStringLiteral("S1") << 4 << 400.0 << 80.0 << 6000.0 << 3000.0 << 9600.0;
        QTest::addRow("S2 x5") << QStringLiteral("S2") << 5 << 500.0 << 100.0 << 6000.0 << 3000.0 << 36000.0;
        QTest::addRow("S2 x20") << QStringLiteral("S2") << 20 << 2000.0 << 400.0 << 12000.0 << 6000.0 << 144000.0;
        QTest::addRow("S3 x2") << QStringLiteral("S3") << 2 << 10000.0 << 2000.0 << 60000.0 << 30000.0
                               << 737280.0;
        QTest::addRow("s3 lower case") << QStringLiteral("s3") << 1 << 5000.0 << 1000.0 << 30000.0 << 15000.0
                                       << 368640.0;
        QTest::addRow("B3") << QStringLiteral("B3") << 1 << 5000.0 << 1000.0 << 30000.0 << 15000.0 << 368640.0;
        QTest::addRow("B1 x2") << QStringLiteral("B1") << 2 << 200.0 << 40.0 << 6000.0 << 3000.0 << 4800.0;
        QTest::addRow("F1 ignores units") << QStringLiteral("F1") << 5 << 100.0 << 20.0 << 6000.0 << 3000.0
                                          << 2400.0;
        QTest::addRow("unknown tier is S1") << QStringLiteral("X") << 1 << 100.0 << 20.0 << 6000.0 << 3000.0
                                            << 2400.0;
        QTest::addRow("0 units counts as 1") << QStringLiteral("S1") << 0 << 100.0 << 20.0 << 6000.0 << 3000.0
                                             << 2400.0;
    }
    void hubLimits()
    {
        QFETCH(QString, tier);
        QFETCH(int, units);
        const auto limits = QuotaLimits::forHub(tier, units);
        QTEST(limits.value(QuotaClass::HubRegistryOperations), "registry");
        QTEST(limits.value(QuotaClass::HubQueries), "queries");
        QTEST(limits.value(QuotaClass::HubTwinReads), "twinReads");
        QTEST(limits.value(QuotaClass::HubTwinUpdates), "twinUpdates");
        QTEST(limits.value(QuotaClass::HubDirectMethods), "methods");
        QVERIFY(!limits.contains(QuotaClass::DpsRegistrations));
    }

    void dpsLimits()
    {
        const auto limits = QuotaLimits::forDps();
        QCOMPARE(limits.value(QuotaClass::DpsServiceOperations), 1000.0);
        QCOMPARE(limits.value(QuotaClass::DpsRegistrations), 1000.0);
        QCOMPARE(limits.value(QuotaClass::DpsStatusLookups), 10000.0);
        QVERIFY(!limits.contains(QuotaClass::HubRegistryOperations));
    }

    void classNames()
    {
        QCOMPARE(quotaClassName(QuotaClass::HubRegistryOperations), QStringLiteral("registry operations"));
        QCOMPARE(quotaClassName(QuotaClass::DpsRegistrations), QStringLiteral("device registrations"));
    }

    void realClockWithoutFake()
    {
        QuotaGate gate({{QuotaClass::HubQueries, 1.0}}, 6000.0); // a minute in 10 ms
        QVERIFY(!gate.admit(QuotaClass::HubQueries));
        QVERIFY(gate.admit(QuotaClass::HubQueries).has_value());
        bool admitted = false; // QTRY evaluates more than once: take the token only once
        QTRY_VERIFY_WITH_TIMEOUT(admitted || (admitted = !gate.admit(QuotaClass::HubQueries)), 2000);
    }
};

QTEST_GUILESS_MAIN(TestQuotaGate)
#include "tst_quotagate.moc"
