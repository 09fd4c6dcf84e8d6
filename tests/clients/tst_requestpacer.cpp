// RequestPacer with a fake clock: requests are granted at the quota rate, FIFO per lane, lanes
// independent, retries first, a 429 pauses the lane, cancelled or orphaned waiters never run.
#include "FakeClock.h"
#include "QuotaProfile.h"
#include "RequestPacer.h"

#include <QTest>

#include <memory>

using namespace StampDeck::Azure;
using StampDeck::Testing::FakeClock;

class TestRequestPacer : public QObject
{
    Q_OBJECT

private:
    static constexpr double S1PerMs = 100.0 / 60'000.0;

private Q_SLOTS:
    void grantsAtTheQuotaRate()
    {
        FakeClock clock(0);
        RequestPacer pacer(&clock);
        QList<qint64> grants;
        for (int i = 0; i < 300; ++i)
            pacer.acquire(QStringLiteral("hub|registry"), S1PerMs, 100, 1, false, this, [&]() { grants.append(clock.nowMs()); });
        QCOMPARE(grants.size(), 100); // the burst, at once
        QCOMPARE(pacer.waitingCount(QStringLiteral("hub|registry")), 200);
        clock.advance(60'000);
        QCOMPARE(grants.size(), 200); // one minute: 100 more
        QCOMPARE(grants.at(100), qint64(600));
        QCOMPARE(grants.at(199), qint64(60'000));
        clock.advance(60'000);
        QCOMPARE(grants.size(), 300);
        for (int i = 101; i < 300; ++i) // evenly spread, not in bursts
            QCOMPARE(grants.at(i) - grants.at(i - 1), qint64(600));
    }

    void bulkCostsOneTokenPerItem()
    {
        FakeClock clock(0);
        RequestPacer pacer(&clock);
        const double perMs = 1000.0 / 60'000.0; // DPS service operations, bulk calls of 10
        int calls = 0;
        for (int i = 0; i < 200; ++i) // 2,000 enrollments
            pacer.acquire(QStringLiteral("dps"), perMs, 1000, 10, false, this, [&]() { ++calls; });
        QCOMPARE(calls, 100); // the first 1,000 enrollments
        clock.advance(59'999);
        QCOMPARE(calls, 199);
        clock.advance(1);
        QCOMPARE(calls, 200); // 2,000 in one minute after a full bucket: the quota exactly
    }

    void fifoWithinALaneAndLanesIndependent()
    {
        FakeClock clock(0);
        RequestPacer pacer(&clock);
        QStringList order;
        pacer.acquire(QStringLiteral("a"), 0.001, 10, 10, false, this, [&]() { order << QStringLiteral("a1"); });
        pacer.acquire(QStringLiteral("a"), 0.001, 10, 10, false, this, [&]() { order << QStringLiteral("a2-big"); });
        pacer.acquire(QStringLiteral("a"), 0.001, 10, 1, false, this, [&]() { order << QStringLiteral("a3-small"); });
        pacer.acquire(QStringLiteral("b"), 0.001, 10, 1, false, this, [&]() { order << QStringLiteral("b1"); });
        // The small request does not overtake the big one; lane b is not held up by lane a.
        QCOMPARE(order, (QStringList{QStringLiteral("a1"), QStringLiteral("b1")}));
        clock.advance(10'000);
        QCOMPARE(order.mid(2), QStringList{QStringLiteral("a2-big")});
        clock.advance(1'000);
        QCOMPARE(order.mid(3), QStringList{QStringLiteral("a3-small")});
    }

    void retriesQueueFirst()
    {
        FakeClock clock(0);
        RequestPacer pacer(&clock);
        QStringList order;
        pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, false, this, [&]() { order << QStringLiteral("first"); });
        pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, false, this, [&]() { order << QStringLiteral("fresh"); });
        pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, true, this, [&]() { order << QStringLiteral("retry"); });
        clock.advance(1000);
        clock.advance(1000);
        QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("retry"), QStringLiteral("fresh")}));
    }

    void throttledPausesTheLane()
    {
        FakeClock clock(0);
        RequestPacer pacer(&clock);
        int granted = 0;
        pacer.acquire(QStringLiteral("a"), 1.0, 100, 1, false, this, [&]() { ++granted; });
        QCOMPARE(granted, 1);
        pacer.throttled(QStringLiteral("a"), 5000); // the service said: wait 5 s
        QCOMPARE(pacer.tokens(QStringLiteral("a")), 0.0);
        pacer.acquire(QStringLiteral("a"), 1.0, 100, 1, false, this, [&]() { ++granted; });
        clock.advance(4999);
        QCOMPARE(granted, 1);
        clock.advance(2);
        QCOMPARE(granted, 2);
    }

    void cancelledAndOrphanedWaitersNeverRun()
    {
        FakeClock clock(0);
        RequestPacer pacer(&clock);
        int granted = 0;
        pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, false, this, [&]() { ++granted; });
        const RequestPacer::TicketId ticket = pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, false, this, [&]() { granted += 100; });
        QVERIFY(ticket != 0);
        auto owner = std::make_unique<QObject>();
        pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, false, owner.get(), [&]() { granted += 1000; });
        pacer.acquire(QStringLiteral("a"), 0.001, 1, 1, false, this, [&]() { granted += 10; });
        pacer.cancel(ticket);
        owner.reset();
        clock.advance(10'000);
        QCOMPARE(granted, 11);
        QCOMPARE(pacer.waitingCount(QStringLiteral("a")), 0);
    }

    void hubProfileFollowsTierAndUnits()
    {
        QCOMPARE(QuotaProfile::forHub(QStringLiteral("S1"), 1).rate(OperationClass::HubRegistry)->perMinute, 100.0);
        QCOMPARE(QuotaProfile::forHub(QStringLiteral("S2"), 4).rate(OperationClass::HubRegistry)->perMinute, 400.0);
        QCOMPARE(QuotaProfile::forHub(QStringLiteral("s3"), 2).rate(OperationClass::HubRegistry)->perMinute, 10'000.0);
        QCOMPARE(QuotaProfile::forHub(QStringLiteral("S1"), 3).rate(OperationClass::HubQuery)->perMinute, 60.0);
        QCOMPARE(QuotaProfile::forHub(QStringLiteral("S3"), 1).rate(OperationClass::HubQuery)->perMinute, 1000.0);
        QCOMPARE(QuotaProfile::forHub(QStringLiteral("S2"), 20).rate(OperationClass::HubTwinRead)->perMinute, 200.0 * 60);
        QCOMPARE(QuotaProfile::forDps().rate(OperationClass::DpsService)->perMinute, 1000.0);
        QCOMPARE(QuotaProfile::forDps().rate(OperationClass::DpsRegistration)->perMinute, 1000.0);
        QCOMPARE(QuotaProfile::forDps().rate(OperationClass::DpsDevicePoll)->burst, 5.0);
        QVERIFY(!QuotaProfile::unlimited().rate(OperationClass::HubRegistry));
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
