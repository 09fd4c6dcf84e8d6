// AzureTransport's observation signals against the real emulator: the in-flight count rises and
// returns to 0, every attempt is reported (a 429 from the emulator's quota as throttled, injected
// faults and a stopped emulator as failures), and no event, log line or status figure carries the
// key, a SAS token or a signature.
#include "ActivityLog.h"
#include "AzureTransport.h"
#include "EmulatorClients.h"
#include "HubRegistryClient.h"
#include "RequestActivity.h"
#include "SystemClock.h"

#include <QTest>
#include <QUrl>

#include <memory>
#include <vector>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestTransportEvents : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SystemClock m_clock;

    // What one test run observed of a transport.
    struct Observer
    {
        QList<TransportEvent> events;
        int maxInFlight = 0;
        QList<int> inFlightSeen;
    };

    static void observe(AzureTransport &transport, Observer &observer, QObject *context)
    {
        QObject::connect(&transport, &AzureTransport::exchangeFinished, context,
                         [&observer](const TransportEvent &event) { observer.events.append(event); });
        QObject::connect(&transport, &AzureTransport::inFlightChanged, context, [&observer](int count) {
            observer.inFlightSeen.append(count);
            observer.maxInFlight = qMax(observer.maxInFlight, count);
        });
    }

    static void waitAll(const std::vector<std::unique_ptr<AzureCall>> &calls, int timeoutMs = 120'000)
    {
        for (const auto &call : calls)
            QVERIFY(EmulatorClients::waitFor(call.get(), timeoutMs));
    }

    // Every field of every event and every log line, checked for the key and for SAS material.
    static void verifyNoSecret(const AzureEndpoint &endpoint, const Observer &observer, const ActivityLog &log)
    {
        const QString key = endpoint.key;
        QVERIFY(key.size() >= 16);
        const QString unpadded = QString(key).remove(u'=');
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(key));
        const QStringList forbidden { unpadded,
                                      encoded.left(unpadded.size() - 4),
                                      QStringLiteral("sig="),
                                      QStringLiteral("SharedAccessSignature"),
                                      QStringLiteral("api-version"),
                                      QStringLiteral("?") };
        QStringList texts;
        for (const TransportEvent &e : observer.events)
            texts << e.endpointId << e.host << QString::fromLatin1(e.method) << e.path << e.errorName << e.message;
        for (int row = 0; row < log.rowCount(); ++row)
            texts << log.lineText(row) << log.data(log.index(row)).toString();
        for (const QString &text : std::as_const(texts)) {
            for (const QString &bad : forbidden)
                QVERIFY2(
                    !text.contains(bad),
                    qPrintable(
                        QStringLiteral("'%1' found in: %2").arg(bad.left(6) + QStringLiteral("..."), text.left(80))));
        }
    }

private Q_SLOTS:
    void inFlightRisesAndReturnsToZero()
    {
        EmulatorProcess emulator({ QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--no-quotas") });
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClients env(emulator, 1.0, false);
        AzureTransport transport(&m_network, &m_clock);
        Observer observer;
        QObject context;
        observe(transport, observer, &context);
        ActivityLog log;
        log.setVerbose(true);
        log.attach(&transport);
        const AzureEndpoint endpoint = env.hubEndpoint();
        HubRegistryClient hub(&transport, endpoint);

        std::vector<std::unique_ptr<AzureCall>> calls;
        for (int i = 0; i < 12; ++i) {
            DeviceIdentity device;
            device.deviceId = QStringLiteral("observed-%1").arg(i);
            calls.emplace_back(hub.createDevice(device));
        }
        calls.emplace_back(hub.getDevice(QStringLiteral("missing")));
        calls.emplace_back(hub.deviceStatistics());
        QCOMPARE(transport.inFlight(), 0); // sends start on the next event-loop turn
        waitAll(calls);
        QTRY_COMPARE(transport.inFlight(), 0);
        QVERIFY2(observer.maxInFlight >= 2, qPrintable(QString::number(observer.maxInFlight)));
        QCOMPARE(observer.inFlightSeen.last(), 0);

        const TransportStatistics stats = transport.statistics();
        QCOMPARE(qint64(observer.events.size()), stats.attempts);
        int created = 0;
        int notFound = 0;
        for (const TransportEvent &e : std::as_const(observer.events)) {
            QVERIFY(e.time.isValid());
            QCOMPARE(e.host, endpoint.hostName);
            QCOMPARE(e.endpointId, endpoint.id());
            QVERIFY(e.path.startsWith(u'/'));
            QCOMPARE(e.attempt, 1);
            QVERIFY(!e.willRetry);
            QVERIFY(e.durationMs >= 0);
            QVERIFY(!e.throttled);
            if (e.method == "PUT" && e.httpStatus == 200 && e.isSuccess())
                ++created;
            if (e.httpStatus == 404) {
                ++notFound;
                QCOMPARE(e.errorKind, AzureErrorKind::NotFound);
                QCOMPARE(e.errorName, QStringLiteral("DeviceNotFound"));
                QCOMPARE(e.path, QStringLiteral("/devices/missing"));
                QVERIFY(!e.isFailure());
            }
        }
        QCOMPARE(created, 12);
        QCOMPARE(notFound, 1);
        QCOMPARE(log.rowCount(), int(observer.events.size())); // verbose: one line each
        verifyNoSecret(endpoint, observer, log);
    }

    void quotaThrottlingIsReported()
    {
        // The emulator enforces the S1 registry quota (a minute compressed to a second); the
        // client does not pace, so a burst meets 429s and Retry-After.
        const double timeScale = 60;
        EmulatorProcess emulator({ QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--time-scale"),
                                   QString::number(timeScale) });
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClients env(emulator, timeScale, false);
        AzureTransport transport(&m_network, &m_clock);
        Observer observer;
        QObject context;
        observe(transport, observer, &context);
        ActivityLog log;
        log.attach(&transport);
        RequestActivity activity(&m_clock);
        activity.attach(&transport);
        const AzureEndpoint endpoint = env.hubEndpoint();
        HubRegistryClient hub(&transport, endpoint);

        std::vector<std::unique_ptr<AzureCall>> calls;
        for (int i = 0; i < 250; ++i)
            calls.emplace_back(hub.getDevice(QStringLiteral("burst-%1").arg(i)));
        waitAll(calls);
        QTRY_COMPARE(transport.inFlight(), 0);
        QTRY_COMPARE(activity.inFlight(), 0);

        int throttled = 0;
        for (const TransportEvent &e : std::as_const(observer.events)) {
            if (!e.throttled)
                continue;
            ++throttled;
            QCOMPARE(e.httpStatus, 429);
            QCOMPARE(e.errorKind, AzureErrorKind::Throttled);
            QVERIFY(e.retryAfterMs.has_value());
            QVERIFY(e.willRetry);
            QVERIFY(e.retryDelayMs >= *e.retryAfterMs);
        }
        qInfo("%d of %d attempts throttled", throttled, int(observer.events.size()));
        QVERIFY2(throttled > 0, "the burst met no 429: the emulator's quota did not bite");
        QCOMPARE(qint64(throttled), transport.statistics().throttled);
        QCOMPARE(activity.throttled(), qint64(throttled));
        QCOMPARE(activity.requests(), qint64(observer.events.size()));
        QCOMPARE(activity.errors(), qint64(0)); // every 429 was retried to an answer (404)
        bool warned = false;
        for (int row = 0; row < log.rowCount(); ++row)
            warned = warned
                || (log.entry(row).level == LogLevel::Warning
                    && log.entry(row).message.contains(QStringLiteral("throttled")));
        QVERIFY(warned);
        verifyNoSecret(endpoint, observer, log);
    }

    void faultsAndADownEmulatorAreErrors()
    {
        EmulatorProcess emulator({ QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--no-quotas") });
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClients env(emulator, 1.0, false);
        AzureTransport transport(&m_network, &m_clock);
        RetryPolicy quick;
        quick.maxAttempts = 3;
        quick.baseDelayMs = 20;
        quick.minDelayMs = 10;
        quick.maxDelayMs = 50;
        transport.setRetryPolicy(quick);
        Observer observer;
        QObject context;
        observe(transport, observer, &context);
        ActivityLog log;
        log.attach(&transport);
        RequestActivity activity(&m_clock);
        activity.attach(&transport);
        const AzureEndpoint endpoint = env.hubEndpoint();
        HubRegistryClient hub(&transport, endpoint);

        QString error;
        QVERIFY2(env.setFaults(env.hubName(), { { QStringLiteral("errorRate"), 1.0 } }, &error), qPrintable(error));
        std::vector<std::unique_ptr<AzureCall>> calls;
        calls.emplace_back(hub.getDevice(QStringLiteral("faulted")));
        waitAll(calls);
        QVERIFY(!calls.front()->isSuccess());
        QCOMPARE(observer.events.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const TransportEvent &e = observer.events.at(i);
            QVERIFY2(e.httpStatus >= 500, qPrintable(QString::number(e.httpStatus)));
            QCOMPARE(e.attempt, i + 1);
            QCOMPARE(e.willRetry, i < 2);
            QVERIFY(e.isFailure());
            QVERIFY(!e.errorName.isEmpty());
        }
        QVERIFY2(env.clearFaults(env.hubName(), &error), qPrintable(error));

        // The emulator gone: connections are refused, a network error with no HTTP status.
        emulator.stop();
        calls.clear();
        calls.emplace_back(hub.getDevice(QStringLiteral("nobody-home")));
        waitAll(calls);
        QVERIFY(!calls.front()->isSuccess());
        QVERIFY(observer.events.size() > 3);
        const TransportEvent &last = observer.events.last();
        QCOMPARE(last.httpStatus, 0);
        QVERIFY(last.isNetworkError());
        QVERIFY(!last.willRetry);
        QVERIFY(!last.message.isEmpty());
        QTRY_COMPARE(transport.inFlight(), 0);

        QCOMPARE(activity.errors(), qint64(observer.events.size())); // each attempt failed
        int errorLines = 0;
        for (int row = 0; row < log.rowCount(); ++row)
            errorLines += log.entry(row).level == LogLevel::Error ? 1 : 0;
        QCOMPARE(errorLines, 2); // one per request given up; the retries are warnings
        verifyNoSecret(endpoint, observer, log);
    }

    void cancelledRequestLeavesNothingInFlight()
    {
        EmulatorProcess emulator({ QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--no-quotas") });
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClients env(emulator, 1.0, false);
        AzureTransport transport(&m_network, &m_clock);
        HubRegistryClient hub(&transport, env.hubEndpoint());
        QString error;
        QVERIFY2(env.setFaults(env.hubName(), { { QStringLiteral("latencyMs"), 3000 } }, &error), qPrintable(error));
        std::unique_ptr<AzureCall> slow(hub.getDevice(QStringLiteral("slow")));
        QTRY_COMPARE(transport.inFlight(), 1);
        slow.reset(); // deleting the call aborts the reply
        QCOMPARE(transport.inFlight(), 0);
        QVERIFY2(env.clearFaults(env.hubName(), &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTransportEvents)
#include "tst_transportevents.moc"
