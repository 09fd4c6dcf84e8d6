// TokenBucket: burst, continuous refill, cost clamping, waits, and draining on a 429.
#include "TokenBucket.h"

#include <QTest>

using namespace StampDeck::Azure;

class TestTokenBucket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsFullAndRefillsAtTheRate()
    {
        // 100 per minute, one minute of burst (an S1 unit's registry quota).
        TokenBucket bucket(100.0 / 60'000.0, 100.0, 0);
        QCOMPARE(bucket.tokens(0), 100.0);
        QVERIFY(bucket.tryTake(100, 0));
        QVERIFY(!bucket.tryTake(1, 0));
        QCOMPARE(bucket.msUntilAvailable(1, 0), qint64(600));
        QVERIFY(!bucket.tryTake(1, 599));
        QVERIFY(bucket.tryTake(1, 600));
        QCOMPARE(qRound(bucket.tokens(30'600)), 50); // 30 s later: 50 tokens
        QCOMPARE(bucket.tokens(10'000'000), 100.0);  // never more than the capacity
    }

    void bulkCostWaitsForTheWholeCost()
    {
        TokenBucket bucket(1.0 / 60.0, 1000.0, 0); // DPS: 1,000 per minute
        QVERIFY(bucket.tryTake(1000, 0));
        QCOMPARE(bucket.msUntilAvailable(10, 0), qint64(600)); // ten enrollments: 0.6 s
        QVERIFY(!bucket.tryTake(10, 599));
        QVERIFY(bucket.tryTake(10, 600));
    }

    void costAboveCapacityIsClamped()
    {
        TokenBucket bucket(1.0, 10.0, 0);
        QVERIFY(bucket.tryTake(50, 0)); // would never pass otherwise
        QCOMPARE(bucket.msUntilAvailable(50, 0), qint64(10));
    }

    void drainPausesThenRefillsFromZero()
    {
        TokenBucket bucket(0.1, 100.0, 0);
        bucket.drain(0, 5000);
        QCOMPARE(bucket.tokens(0), 0.0);
        QCOMPARE(bucket.tokens(4999), 0.0);
        QVERIFY(!bucket.tryTake(1, 4999));
        QCOMPARE(bucket.msUntilAvailable(1, 0), qint64(5010));
        QVERIFY(bucket.tryTake(1, 5010));
    }

    void rateOverALongRunMatchesTheQuota()
    {
        // Take a token whenever one is there for ten minutes: 100/min plus the initial burst.
        TokenBucket bucket(100.0 / 60'000.0, 100.0, 0);
        int taken = 0;
        qint64 now = 0;
        while (now <= 600'000) {
            if (bucket.tryTake(1, now))
                ++taken;
            else
                now += bucket.msUntilAvailable(1, now);
        }
        QVERIFY2(taken >= 1099 && taken <= 1101, qPrintable(QString::number(taken)));
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
