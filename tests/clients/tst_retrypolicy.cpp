// RetryPolicy: the backoff schedule, jitter bounds, caps, Retry-After, bounds on attempts and
// time, the single immediate retry, and which requests may be repeated at all.
#include "RetryPolicy.h"

#include <QTest>

using namespace StampDeck::Azure;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    static RetryContext failure(AttemptFailure f, int attempts = 1, RequestSafety safety = RequestSafety::ReadOnly)
    {
        RetryContext context;
        context.failure = f;
        context.attemptsMade = attempts;
        context.safety = safety;
        context.immediateRetryUsed = true; // most tests look at the backoff, not the immediate retry
        return context;
    }

private Q_SLOTS:
    void fullJitterScheduleDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("ceiling");
        // base 1 s: ceilings 1, 2, 4, 8, 16 s, then the 30 s cap.
        QTest::addRow("retry 1") << 1 << qint64(1000);
        QTest::addRow("retry 2") << 2 << qint64(2000);
        QTest::addRow("retry 3") << 3 << qint64(4000);
        QTest::addRow("retry 4") << 4 << qint64(8000);
        QTest::addRow("retry 5") << 5 << qint64(16000);
        QTest::addRow("retry 6 capped") << 6 << qint64(30000);
        QTest::addRow("retry 9 capped") << 9 << qint64(30000);
    }
    void fullJitterScheduleDoublesUpToTheCap()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, ceiling);
        RetryPolicy policy;
        policy.maxAttempts = 20;
        policy.maxTotalMs = 10'000'000;
        QCOMPARE(policy.backoffCeiling(attempts), ceiling);
        const RetryContext context = failure(AttemptFailure::ServerError, attempts);
        // The draw spans [minDelay, ceiling]: 0 gives the floor, just under 1 the ceiling.
        QVERIFY(policy.decide(context, 0.0).retry);
        QCOMPARE(policy.decide(context, 0.0).delayMs, policy.minDelayMs);
        QCOMPARE(policy.decide(context, 0.999999).delayMs, ceiling - 1);
        QCOMPARE(policy.decide(context, 0.5).delayMs, policy.minDelayMs + (ceiling - policy.minDelayMs) / 2);
    }

    void jitterStaysInBoundsForManyDraws()
    {
        RetryPolicy policy;
        policy.maxAttempts = 10;
        policy.maxTotalMs = 10'000'000;
        for (int attempts = 1; attempts < 10; ++attempts) {
            for (int i = 0; i < 200; ++i) {
                const RetryDecision d = policy.decide(failure(AttemptFailure::Throttled, attempts), double(i) / 200.0);
                QVERIFY(d.retry);
                QVERIFY2(d.delayMs >= policy.minDelayMs, qPrintable(QString::number(d.delayMs)));
                QVERIFY2(d.delayMs <= policy.backoffCeiling(attempts), qPrintable(QString::number(d.delayMs)));
                QVERIFY(d.delayMs <= policy.maxDelayMs);
            }
        }
    }

    void decorrelatedJitterGrowsFromThePreviousDelay()
    {
        RetryPolicy policy;
        policy.jitter = JitterMode::Decorrelated;
        policy.maxAttempts = 10;
        policy.maxTotalMs = 10'000'000;
        RetryContext context = failure(AttemptFailure::ServerError, 2);
        context.previousDelayMs = 4000;
        // uniform in [base, min(cap, 3 * previous)] = [1000, 12000]
        QCOMPARE(policy.decide(context, 0.0).delayMs, qint64(1000));
        QCOMPARE(policy.decide(context, 1.0).delayMs, qint64(12000));
        context.previousDelayMs = 20000; // 3 * 20 s is over the 30 s cap
        QCOMPARE(policy.decide(context, 1.0).delayMs, qint64(30000));
        context.previousDelayMs = 0; // first retry: from the base
        QCOMPARE(policy.decide(context, 1.0).delayMs, qint64(3000));
    }

    void retryAfterIsHonouredEvenAboveTheCap()
    {
        RetryPolicy policy;
        RetryContext context = failure(AttemptFailure::Throttled);
        context.retryAfterMs = 7000;
        const RetryDecision low = policy.decide(context, 0.0);
        QVERIFY(low.retry);
        QCOMPARE(low.delayMs, qint64(7000));
        QCOMPARE(policy.decide(context, 0.999).delayMs, qint64(7000 + 699)); // up to 10% more, never less
        context.retryAfterMs = 45'000; // over maxDelayMs (30 s): still honoured
        QCOMPARE(policy.decide(context, 0.0).delayMs, qint64(45'000));
    }

    void attemptsAreBounded()
    {
        RetryPolicy policy; // 6 attempts
        QVERIFY(policy.decide(failure(AttemptFailure::ServerError, 5), 0.5).retry);
        const RetryDecision d = policy.decide(failure(AttemptFailure::ServerError, 6), 0.5);
        QVERIFY(!d.retry);
        QVERIFY(d.reason.contains(QLatin1StringView("attempts")));
    }

    void totalTimeIsBounded()
    {
        RetryPolicy policy;
        policy.maxTotalMs = 10'000;
        RetryContext context = failure(AttemptFailure::Throttled);
        context.elapsedMs = 4000;
        context.retryAfterMs = 5000;
        QVERIFY(policy.decide(context, 0.0).retry); // 4 + 5 s <= 10 s
        context.retryAfterMs = 7000;
        const RetryDecision d = policy.decide(context, 0.0); // 4 + 7 s > 10 s: fail now, do not wait
        QVERIFY(!d.retry);
        QVERIFY(d.reason.contains(QLatin1StringView("total")));
    }

    void atMostOneImmediateRetry()
    {
        RetryPolicy policy;
        RetryContext context = failure(AttemptFailure::ConnectionDrop);
        context.immediateRetryUsed = false;
        const RetryDecision first = policy.decide(context, 0.7);
        QVERIFY(first.retry);
        QVERIFY(first.immediate);
        QCOMPARE(first.delayMs, qint64(0));
        context.immediateRetryUsed = true;
        context.attemptsMade = 2;
        const RetryDecision second = policy.decide(context, 0.0);
        QVERIFY(second.retry);
        QVERIFY(!second.immediate);
        QVERIFY(second.delayMs >= policy.minDelayMs);
        // Throttling never gets the immediate retry.
        RetryContext throttled = failure(AttemptFailure::Throttled);
        throttled.immediateRetryUsed = false;
        QVERIFY(!policy.decide(throttled, 0.0).immediate);
        QVERIFY(policy.decide(throttled, 0.0).delayMs >= policy.minDelayMs);
    }

    void onlySafeRequestsAreRepeated_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("safety");
        QTest::addColumn<bool>("retry");
        const auto add = [](const char *name, AttemptFailure f, RequestSafety s, bool r) {
            QTest::addRow("%s", name) << int(f) << int(s) << r;
        };
        add("GET 503", AttemptFailure::ServerError, RequestSafety::ReadOnly, true);
        add("GET drop", AttemptFailure::ConnectionDrop, RequestSafety::ReadOnly, true);
        add("PUT If-Match timeout", AttemptFailure::Timeout, RequestSafety::Idempotent, true);
        add("create drop", AttemptFailure::ConnectionDrop, RequestSafety::DetectableCreate, true);
        add("method 429", AttemptFailure::Throttled, RequestSafety::NotIdempotent, true);
        add("method refused", AttemptFailure::NotSent, RequestSafety::NotIdempotent, true);
        add("method 503", AttemptFailure::ServerError, RequestSafety::NotIdempotent, false);
        add("method drop", AttemptFailure::ConnectionDrop, RequestSafety::NotIdempotent, false);
        add("method timeout", AttemptFailure::Timeout, RequestSafety::NotIdempotent, false);
        add("GET 404", AttemptFailure::Fatal, RequestSafety::ReadOnly, false);
    }
    void onlySafeRequestsAreRepeated()
    {
        QFETCH(int, failure);
        QFETCH(int, safety);
        QFETCH(bool, retry);
        RetryContext context;
        context.failure = AttemptFailure(failure);
        context.safety = RequestSafety(safety);
        QCOMPARE(RetryPolicy().decide(context, 0.5).retry, retry);
    }

    void statusClassification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::addRow("429") << 429 << int(AttemptFailure::Throttled);
        QTest::addRow("500") << 500 << int(AttemptFailure::ServerError);
        QTest::addRow("501 is final") << 501 << int(AttemptFailure::Fatal);
        QTest::addRow("502") << 502 << int(AttemptFailure::ServerError);
        QTest::addRow("503") << 503 << int(AttemptFailure::ServerError);
        QTest::addRow("504") << 504 << int(AttemptFailure::ServerError);
        QTest::addRow("400") << 400 << int(AttemptFailure::Fatal);
        QTest::addRow("401") << 401 << int(AttemptFailure::Fatal);
        QTest::addRow("409") << 409 << int(AttemptFailure::Fatal);
        QTest::addRow("412") << 412 << int(AttemptFailure::Fatal);
    }
    void statusClassification()
    {
        QFETCH(int, status);
        QFETCH(int, failure);
        QCOMPARE(int(RetryPolicy::classifyStatus(status)), failure);
    }

    void ambiguityOfFailures()
    {
        QVERIFY(!RetryPolicy::mayHaveBeenApplied(AttemptFailure::Throttled));
        QVERIFY(!RetryPolicy::mayHaveBeenApplied(AttemptFailure::NotSent));
        QVERIFY(RetryPolicy::mayHaveBeenApplied(AttemptFailure::ConnectionDrop));
        QVERIFY(RetryPolicy::mayHaveBeenApplied(AttemptFailure::Timeout));
        QVERIFY(RetryPolicy::mayHaveBeenApplied(AttemptFailure::ServerError));
    }

    void noneNeverRetries()
    {
        QVERIFY(!RetryPolicy::none().decide(failure(AttemptFailure::Throttled), 0.5).retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
