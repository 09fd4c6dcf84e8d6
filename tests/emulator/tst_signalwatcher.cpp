// SignalWatcher: SIGTERM and SIGINT arrive as a Qt signal on the event loop (self-pipe), and only
// one watcher owns the process-wide handlers at a time.
#include "fleet/SignalWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace StampDeck::Emulator;

class TestSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void deliversTermAndInt();
    void oneWatcherAtATime();
};

void TestSignalWatcher::deliversTermAndInt()
{
    SignalWatcher watcher;
    QVERIFY2(watcher.isWatching(), qPrintable(watcher.errorString()));
    QSignalSpy spy(&watcher, &SignalWatcher::terminationRequested);
    QCOMPARE(::raise(SIGTERM), 0); // with the handler installed, the process survives
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.takeFirst().at(0).toInt(), int(SIGTERM));
    QCOMPARE(::raise(SIGINT), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.takeFirst().at(0).toInt(), int(SIGINT));
}

void TestSignalWatcher::oneWatcherAtATime()
{
    {
        SignalWatcher first;
        QVERIFY(first.isWatching());
        SignalWatcher second;
        QVERIFY(!second.isWatching());
        QVERIFY(second.errorString().contains(QStringLiteral("already")));
    } // the second must not have torn down the first's pipe; both are gone now
    SignalWatcher again;
    QVERIFY2(again.isWatching(), qPrintable(again.errorString()));
    QSignalSpy spy(&again, &SignalWatcher::terminationRequested);
    QCOMPARE(::raise(SIGTERM), 0);
    QVERIFY(spy.wait(5000));
}

QTEST_GUILESS_MAIN(TestSignalWatcher)
#include "tst_signalwatcher.moc"
