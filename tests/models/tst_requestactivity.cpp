// RequestActivity on a fake clock: five-minute rolling counts of requests, 429s and failures,
// the in-flight figure from attached transports, and changed() coalesced under a burst.
#include "AzureTransport.h"
#include "FakeClock.h"
#include "RequestActivity.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

namespace {

TransportEvent makeEvent(int status, bool willRetry = false)
{
    TransportEvent e;
    e.host = QStringLiteral("hub");
    e.httpStatus = status;
    e.attempt = 1;
    e.willRetry = willRetry;
    e.throttled = status == 429;
    if (status == 429)
        e.errorKind = AzureErrorKind::Throttled;
    else if (status == 404)
        e.errorKind = AzureErrorKind::NotFound;
    else if (status >= 500)
        e.errorKind = AzureErrorKind::Unavailable;
    else if (status == 0)
        e.errorKind = AzureErrorKind::Network;
    return e;
}

} // namespace

class TestRequestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWhatHappened()
    {
        FakeClock clock;
        RequestActivity activity(&clock);
        for (int i = 0; i < 10; ++i)
            activity.record(makeEvent(200));
        activity.record(makeEvent(429, true)); // throttled, retried: not a failure
        activity.record(makeEvent(429, false)); // given up: throttled and a failure
        activity.record(makeEvent(404)); // an answer the client expects
        activity.record(makeEvent(503, true));
        activity.record(makeEvent(0));
        QCOMPARE(activity.requests(), qint64(15));
        QCOMPARE(activity.throttled(), qint64(2));
        QCOMPARE(activity.errors(), qint64(3));
    }

    void windowRolls()
    {
        FakeClock clock(0);
        RequestActivity activity(&clock);
        QSignalSpy changed(&activity, &RequestActivity::changed);
        activity.record(makeEvent(429, true));
        activity.record(makeEvent(503, false));
        clock.advance(2 * 60'000);
        activity.record(makeEvent(200));
        QCOMPARE(activity.requests(), qint64(3));
        changed.clear();

        // The first two leave the window after five minutes (ten-second steps), the third later.
        clock.advance(3 * 60'000 + RequestActivity::BucketMs + 1);
        QCOMPARE(activity.requests(), qint64(1));
        QCOMPARE(activity.throttled(), qint64(0));
        QCOMPARE(activity.errors(), qint64(0));
        QVERIFY(changed.count() >= 1); // the status bar learns that figures fell, with no new event
        clock.advance(2 * 60'000 + RequestActivity::BucketMs);
        QCOMPARE(activity.requests(), qint64(0));
        QCOMPARE(clock.pendingCount(), 0); // nothing left to expire: no timer keeps ticking
    }

    void changedIsCoalesced()
    {
        FakeClock clock;
        RequestActivity activity(&clock);
        QSignalSpy changed(&activity, &RequestActivity::changed);
        for (int i = 0; i < 10'000; ++i) {
            activity.record(makeEvent(i % 10 == 0 ? 429 : 200, true));
            if (i % 100 == 0)
                clock.advance(10); // 10,000 events in one second
        }
        clock.advance(RequestActivity::CoalesceMs);
        QVERIFY2(changed.count() >= 2 && changed.count() <= 6, qPrintable(QString::number(changed.count())));
        QCOMPARE(activity.requests(), qint64(10'000));
        QCOMPARE(activity.throttled(), qint64(1'000));
    }

    void inFlightFollowsTransports()
    {
        FakeClock clock;
        QNetworkAccessManager network;
        RequestActivity activity(&clock);
        QSignalSpy changed(&activity, &RequestActivity::changed);
        {
            AzureTransport first(&network, &clock);
            AzureTransport second(&network, &clock);
            activity.attach(&first);
            activity.attach(&second);
            QCOMPARE(activity.inFlight(), 0);
            Q_EMIT first.inFlightChanged(3);
            Q_EMIT second.inFlightChanged(2);
            QCOMPARE(activity.inFlight(), 5);
            clock.advance(RequestActivity::CoalesceMs);
            QCOMPARE(changed.count(), 1);
            TransportEvent throttled = makeEvent(429, true);
            Q_EMIT first.exchangeFinished(throttled);
            QCOMPARE(activity.throttled(), qint64(1));
        }
        // A transport gone has nothing in flight.
        QCOMPARE(activity.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestActivity)
#include "tst_requestactivity.moc"
