// AzureTransport against a scripted network and a fake clock: request building, TLS settings
// per endpoint, plain-http refusal, the retry loop (schedule, Retry-After, bounds, the immediate
// retry, safety), per-attempt timeouts, cancellation, and pacing at the quota.
#include "AzureTransport.h"
#include "FakeClock.h"
#include "FakeNetwork.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestAzureTransport : public QObject
{
    Q_OBJECT

private:
    const QString m_key = QStringLiteral("cGFzc3dvcmQtcGFzc3dvcmQtcGFzc3dvcmQtcGFzcw==");

    AzureEndpoint endpoint(const QString &host = QStringLiteral("myhub.azure-devices.net")) const
    {
        AzureEndpoint e;
        e.hostName = host;
        e.policyName = QStringLiteral("iothubowner");
        e.key = m_key;
        e.quotas = QuotaProfile::unlimited();
        return e;
    }

    static AzureRequest get(const QString &path = QStringLiteral("/devices/d1"))
    {
        AzureRequest r;
        r.method = "GET";
        r.path = path;
        r.apiVersion = QStringLiteral("2021-04-12");
        r.safety = RequestSafety::ReadOnly;
        return r;
    }

    struct Rig
    {
        FakeClock clock{0};
        FakeNetwork network;
        AzureTransport transport{&network, &clock};
        Rig() { transport.setRandomSource([]() { return 0.5; }); }
    };

private Q_SLOTS:
    void buildsTheRequest()
    {
        Rig rig;
        AzureEndpoint e = endpoint();
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY(!system.isEmpty());
        e.extraCaCertificates = {system.first()};
        AzureRequest r = get(QStringLiteral("/devices/") + AzureRequest::encodeSegment(QStringLiteral("a+b#c?d")));
        r.headers.append({QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"*\"")});
        std::unique_ptr<TransportCall> call(rig.transport.send(e, r));
        QSignalSpy finished(call.get(), &AzureCall::finished);
        QVERIFY(!call->isFinished()); // never finishes inside send()
        QVERIFY(finished.wait(2000));
        QVERIFY(call->isSuccess());
        QCOMPARE(rig.network.sent().size(), 1);
        const QNetworkRequest &sent = rig.network.sent().first().request;
        QCOMPARE(rig.network.sent().first().method, QByteArray("GET"));
        QCOMPARE(sent.url().scheme(), QStringLiteral("https"));
        QCOMPARE(sent.url().host(), QStringLiteral("myhub.azure-devices.net"));
        QCOMPARE(sent.url().path(QUrl::FullyEncoded), QStringLiteral("/devices/a%2Bb%23c%3Fd"));
        QCOMPARE(QUrlQuery(sent.url()).queryItemValue(QStringLiteral("api-version")), QStringLiteral("2021-04-12"));
        QVERIFY(sent.rawHeader("Authorization").startsWith("SharedAccessSignature sr=myhub.azure-devices.net&sig="));
        QVERIFY(sent.rawHeader("Authorization").contains("&skn=iothubowner"));
        QVERIFY(!sent.rawHeader("Authorization").contains(m_key.toUtf8()));
        QCOMPARE(sent.rawHeader("Request-Id").size(), 36);
        QCOMPARE(sent.rawHeader("If-Match"), QByteArray("\"*\""));
        // TLS: verification on, the endpoint's extra CA in this request's configuration.
        const QSslConfiguration ssl = sent.sslConfiguration();
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(ssl.caCertificates().contains(system.first()));
        QCOMPARE(sent.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    }

    void extraCaStaysWithItsEndpoint()
    {
        Rig rig;
        const QSslCertificate extra = QSslConfiguration::systemCaCertificates().first();
        AzureEndpoint withCa = endpoint(QStringLiteral("localhost:4431"));
        withCa.extraCaCertificates = {extra};
        // A default configuration without that CA, to see it does not leak into other endpoints.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration plain = original;
        plain.setCaCertificates({});
        QSslConfiguration::setDefaultConfiguration(plain);
        std::unique_ptr<TransportCall> a(rig.transport.send(withCa, get()));
        std::unique_ptr<TransportCall> b(rig.transport.send(endpoint(QStringLiteral("other.azure-devices.net")), get()));
        QTRY_COMPARE(rig.network.sent().size(), 2);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY(rig.network.sent().at(0).request.sslConfiguration().caCertificates().contains(extra));
        QVERIFY(!rig.network.sent().at(1).request.sslConfiguration().caCertificates().contains(extra));
    }

    void plainHttpOnlyToLoopback()
    {
        Rig rig;
        AzureEndpoint remote = endpoint();
        remote.plainHttp = true;
        std::unique_ptr<TransportCall> refused(rig.transport.send(remote, get()));
        QSignalSpy spy(refused.get(), &AzureCall::finished);
        QVERIFY(spy.wait(2000));
        QVERIFY(!refused->isSuccess());
        QCOMPARE(refused->error().codeName(), QStringLiteral("InsecureTransport"));
        QCOMPARE(rig.network.sent().size(), 0);

        for (const QString &host : {QStringLiteral("localhost:8080"), QStringLiteral("127.0.0.1:8080"), QStringLiteral("[::1]:8080")}) {
            AzureEndpoint loopback = endpoint(host);
            loopback.plainHttp = true;
            std::unique_ptr<TransportCall> allowed(rig.transport.send(loopback, get()));
            QSignalSpy ok(allowed.get(), &AzureCall::finished);
            QVERIFY(ok.wait(2000));
            QVERIFY2(allowed->isSuccess(), qPrintable(host));
            QCOMPARE(rig.network.sent().last().request.url().scheme(), QStringLiteral("http"));
        }
    }

    void retriesServerErrorsWithBackoff()
    {
        Rig rig;
        rig.network.enqueue({503, {}, QByteArray("{\"Message\":\"ErrorCode:ServiceUnavailable;busy\"}")});
        rig.network.enqueue({500, {}, {}});
        rig.network.enqueue(FakeAnswer::ok("{\"deviceId\":\"d1\"}"));
        std::unique_ptr<TransportCall> call(rig.transport.send(endpoint(), get()));
        QTRY_COMPARE(rig.network.sent().size(), 1);
        // After the 503: minDelay + (1000 - minDelay) * 0.5 = 600 ms.
        QTRY_VERIFY(rig.clock.pendingDelays().contains(600));
        rig.clock.advance(599);
        QCoreApplication::processEvents();
        QCOMPARE(rig.network.sent().size(), 1);
        rig.clock.advance(1);
        QTRY_COMPARE(rig.network.sent().size(), 2);
        // Second retry: ceiling 2000 ms -> 200 + 1800 * 0.5 = 1100 ms.
        QTRY_VERIFY(rig.clock.pendingDelays().contains(1100));
        rig.clock.advance(1100);
        QSignalSpy finished(call.get(), &AzureCall::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(call->isSuccess());
        QCOMPARE(call->value().attempts, 3);
        QVERIFY(call->value().earlierAttemptMayHaveApplied); // a 5xx may have done the work
        QCOMPARE(rig.transport.statistics().retries, qint64(2));
        QCOMPARE(rig.transport.statistics().serverErrors, qint64(2));
    }

    void honoursRetryAfterAndPausesTheLane()
    {
        Rig rig;
        AzureEndpoint e = endpoint();
        e.quotas = QuotaProfile::forHub(QStringLiteral("S1"), 1);
        rig.network.enqueue({429, {{"Retry-After", "7"}}, QByteArray("{\"Message\":\"ErrorCode:ThrottlingException;slow down\"}")});
        std::unique_ptr<TransportCall> call(rig.transport.send(e, get()));
        QTRY_COMPARE(rig.network.sent().size(), 1);
        // Retry-After plus up to 10%: 7000 + 350 with the pinned draw.
        QTRY_VERIFY(rig.clock.pendingDelays().contains(7350));
        const QString lane = AzureTransport::laneKey(e, OperationClass::HubRegistry, QString());
        QCOMPARE(rig.transport.pacer()->tokens(lane), 0.0); // everyone in the lane waits too
        rig.clock.advance(7000);
        QCoreApplication::processEvents();
        QCOMPARE(rig.network.sent().size(), 1);
        rig.clock.advance(350);
        // After the pause the lane refills from zero (S1 at 95%: a token every 632 ms), so the
        // retry also waits for its token.
        QTest::qWait(10);
        QCOMPARE(rig.network.sent().size(), 1);
        rig.clock.advance(700);
        QSignalSpy finished(call.get(), &AzureCall::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(call->isSuccess());
        QVERIFY(!call->value().earlierAttemptMayHaveApplied); // a 429 did nothing
        QCOMPARE(rig.transport.statistics().throttled, qint64(1));
    }

    void notIdempotentRequestsAreNotRepeatedAfterA5xx()
    {
        Rig rig;
        rig.network.enqueue({503, {}, {}});
        AzureRequest method = get(QStringLiteral("/twins/d1/methods"));
        method.method = "POST";
        method.safety = RequestSafety::NotIdempotent;
        std::unique_ptr<TransportCall> call(rig.transport.send(endpoint(), method));
        QSignalSpy finished(call.get(), &AzureCall::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(!call->isSuccess());
        QCOMPARE(call->error().httpStatus(), 503);
        QCOMPARE(call->error().kind(), AzureErrorKind::Unavailable);
        QCOMPARE(call->value().status, 503);
        QCOMPARE(rig.network.sent().size(), 1);
        // But a 429 is repeated (the service did nothing).
        rig.network.enqueue({429, {{"Retry-After", "1"}}, {}});
        std::unique_ptr<TransportCall> again(rig.transport.send(endpoint(), method));
        QTRY_COMPARE(rig.network.sent().size(), 2);
        QTRY_VERIFY(rig.clock.pendingDelays().contains(1050));
        rig.clock.advance(1050);
        QSignalSpy ok(again.get(), &AzureCall::finished);
        QVERIFY(ok.wait(2000));
        QVERIFY(again->isSuccess());
        QCOMPARE(rig.network.sent().size(), 3);
    }

    void oneImmediateRetryAfterADrop()
    {
        Rig rig;
        rig.network.enqueue(FakeAnswer::drop());
        rig.network.enqueue(FakeAnswer::drop());
        rig.network.enqueue(FakeAnswer::ok());
        std::unique_ptr<TransportCall> call(rig.transport.send(endpoint(), get()));
        QTRY_COMPARE(rig.network.sent().size(), 1);
        QTRY_VERIFY(rig.clock.pendingDelays().contains(0)); // the immediate retry
        rig.clock.advance(0);
        QTRY_COMPARE(rig.network.sent().size(), 2);
        // The second drop waits a real backoff: 200 + (2000 - 200) * 0.5.
        QTRY_VERIFY(rig.clock.pendingDelays().contains(1100));
        QVERIFY(!rig.clock.pendingDelays().contains(0));
        rig.clock.advance(1100);
        QSignalSpy finished(call.get(), &AzureCall::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(call->isSuccess());
        QCOMPARE(call->value().attempts, 3);
        QVERIFY(call->value().earlierAttemptMayHaveApplied);
    }

    void attemptsAreBounded()
    {
        Rig rig;
        rig.network.setDefaultAnswer({503, {}, {}});
        std::unique_ptr<TransportCall> call(rig.transport.send(endpoint(), get()));
        QSignalSpy finished(call.get(), &AzureCall::finished);
        for (int i = 0; i < 100 && finished.isEmpty(); ++i) {
            QTest::qWait(5);
            // The next backoff; never an attempt's 60 s timeout (replies are on their way).
            if (!rig.clock.pendingDelays().isEmpty() && rig.clock.pendingDelays().first() < 50'000)
                rig.clock.runNext();
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(rig.network.sent().size(), rig.transport.retryPolicy().maxAttempts);
        QCOMPARE(call->error().kind(), AzureErrorKind::Unavailable);
    }

    void timesOutAndRetries()
    {
        Rig rig;
        rig.transport.setDefaultTimeoutMs(5000);
        FakeAnswer hang;
        hang.hang = true;
        rig.network.enqueue(hang);
        rig.network.enqueue(FakeAnswer::ok());
        std::unique_ptr<TransportCall> call(rig.transport.send(endpoint(), get()));
        QTRY_COMPARE(rig.network.sent().size(), 1);
        rig.clock.advance(5000); // the attempt's timeout
        QCOMPARE(rig.network.abortedCount(), 1);
        QTRY_VERIFY(!rig.clock.pendingDelays().isEmpty());
        rig.clock.advance(rig.clock.pendingDelays().first());
        QSignalSpy finished(call.get(), &AzureCall::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(call->isSuccess());
        QVERIFY(call->value().earlierAttemptMayHaveApplied);
    }

    void cancelAbortsAndReportsCancelled()
    {
        Rig rig;
        FakeAnswer hang;
        hang.hang = true;
        rig.network.enqueue(hang);
        std::unique_ptr<TransportCall> call(rig.transport.send(endpoint(), get()));
        QTRY_COMPARE(rig.network.sent().size(), 1);
        QSignalSpy finished(call.get(), &AzureCall::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->error().kind(), AzureErrorKind::Cancelled);
        QCOMPARE(rig.network.abortedCount(), 1);
        rig.clock.advance(600'000);
        QTest::qWait(10);
        QCOMPARE(rig.network.sent().size(), 1);
        call->cancel(); // no second signal
        QCOMPARE(finished.size(), 1);
    }

    void pacesAtTheQuota()
    {
        Rig rig;
        AzureEndpoint e = endpoint();
        e.quotas = QuotaProfile::forHub(QStringLiteral("S1"), 1); // 100 registry ops per minute
        e.quotas.setUtilisation(1.0);
        std::vector<std::unique_ptr<TransportCall>> calls;
        for (int i = 0; i < 150; ++i)
            calls.emplace_back(rig.transport.send(e, get()));
        QTRY_COMPARE(rig.network.sent().size(), 100); // the burst
        QTest::qWait(20);
        QCOMPARE(rig.network.sent().size(), 100);
        rig.clock.advance(15'000); // a quarter minute: 25 more
        QTRY_COMPARE(rig.network.sent().size(), 125);
        rig.clock.advance(15'000);
        QTRY_COMPARE(rig.network.sent().size(), 150);
        // A bulk call of 50 costs 50 tokens: it waits 30 s.
        AzureRequest bulk = get(QStringLiteral("/devices"));
        bulk.method = "POST";
        bulk.cost = 50;
        calls.emplace_back(rig.transport.send(e, bulk));
        rig.clock.advance(29'900);
        QTest::qWait(20);
        QCOMPARE(rig.network.sent().size(), 150);
        rig.clock.advance(100);
        QTRY_COMPARE(rig.network.sent().size(), 151);
    }

    void timeScaleCompressesPacing()
    {
        Rig rig;
        AzureEndpoint e = endpoint();
        e.quotas = QuotaProfile::forHub(QStringLiteral("S1"), 1);
        e.quotas.setUtilisation(1.0);
        e.quotas.setTimeScale(60); // a minute lasts a second
        std::vector<std::unique_ptr<TransportCall>> calls;
        for (int i = 0; i < 200; ++i)
            calls.emplace_back(rig.transport.send(e, get()));
        QTRY_COMPARE(rig.network.sent().size(), 100);
        rig.clock.advance(1000);
        QTRY_COMPARE(rig.network.sent().size(), 200);
    }

    void opensConnectionsAheadUnderTheSameTrust()
    {
        Rig rig;
        const QSslCertificate extra = QSslConfiguration::systemCaCertificates().first();
        AzureEndpoint e = endpoint(QStringLiteral("localhost:4431"));
        e.extraCaCertificates = {extra};
        rig.transport.openConnection(e);
        // QNetworkAccessManager opens a connection through a "preconnect-https" request.
        QTRY_COMPARE(rig.network.sent().size(), 1);
        const QNetworkRequest &sent = rig.network.sent().first().request;
        QCOMPARE(sent.url().scheme(), QStringLiteral("preconnect-https"));
        QCOMPARE(sent.url().host(), QStringLiteral("localhost"));
        QCOMPARE(sent.url().port(), 4431);
        QCOMPARE(sent.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(sent.sslConfiguration().caCertificates().contains(extra));
        QVERIFY(sent.rawHeader("Authorization").isEmpty()); // nothing is signed or sent
        // The requests use the very same TLS settings (the connection is only reused under them).
        std::unique_ptr<TransportCall> call(rig.transport.send(e, get()));
        QTRY_COMPARE(rig.network.sent().size(), 2);
        QVERIFY(rig.network.sent().at(1).request.sslConfiguration() == sent.sslConfiguration());
        // Plain http is only opened to loopback hosts.
        AzureEndpoint remote = endpoint();
        remote.plainHttp = true;
        rig.transport.openConnection(remote);
        QTest::qWait(20);
        QCOMPARE(rig.network.sent().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAzureTransport)
#include "tst_azuretransport.moc"
