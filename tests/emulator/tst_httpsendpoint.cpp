#include "RawHttpsConnection.h"

#include "server/CertificateAuthority.h"
#include "server/FaultInjector.h"
#include "server/HttpsEndpoint.h"

#include "AzureErrorCodes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace StampDeck::Emulator;

namespace {

// Records what the transport hands over and answers what the test asks for.
class RecordingHandler : public RequestHandler
{
public:
    QList<HttpRequest> requests;
    HttpResponse answer = HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));

    HttpResponse handle(const HttpRequest &request) override
    {
        requests.append(request);
        return answer;
    }
};

} // namespace

class TestHttpsEndpoint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_stateDir;
    std::optional<CertificateAuthority> m_ca;
    QNetworkAccessManager m_network;
    RecordingHandler m_handler;
    FaultInjector m_faults{42};
    std::unique_ptr<HttpsEndpoint> m_endpoint;

    QNetworkRequest request(const QByteArray &encodedPathAndQuery, quint16 port = 0) const
    {
        QNetworkRequest request(QUrl::fromEncoded("https://localhost:" + QByteArray::number(port ? port : m_endpoint->port())
                                                  + encodedPathAndQuery));
        request.setSslConfiguration(m_ca->clientConfiguration());
        return request;
    }

    // Waits for the reply; never ignores SSL errors.
    static bool finish(QNetworkReply *reply, int timeoutMs = 10'000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        return finished.wait(timeoutMs);
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDir.isValid());
        QString error;
        m_ca = CertificateAuthority::loadOrCreate(m_stateDir.path(), &error);
        QVERIFY2(m_ca, qPrintable(error));
    }

    void init()
    {
        m_handler.requests.clear();
        m_handler.answer = HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
        m_faults.setSettings({});
        m_endpoint = std::make_unique<HttpsEndpoint>(&m_handler, m_ca->serverConfiguration(), &m_faults,
                                                     QStringLiteral("hub-test"), ErrorShape::Hub);
        QVERIFY2(m_endpoint->listen() != 0, qPrintable(m_endpoint->errorString()));
        m_network.clearConnectionCache();
    }

    void cleanup() { m_endpoint.reset(); }

    void listensOnLoopbackOnly()
    {
        QVERIFY(m_endpoint->port() != 0);
        QCOMPARE(m_endpoint->hostName(), QStringLiteral("localhost:%1").arg(m_endpoint->port()));
        QCOMPARE(m_endpoint->listen(), quint16(0)); // once only
        HttpsEndpoint other(&m_handler, m_ca->serverConfiguration(), nullptr, QStringLiteral("other"));
        QCOMPARE(other.listen(QHostAddress::Any), quint16(0));
        QVERIFY(other.errorString().contains(QStringLiteral("loopback")));
        QCOMPARE(other.listen(QHostAddress(QStringLiteral("127.0.0.1"))) != 0, true);
    }

    void decodePathSegments_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QStringList>("segments");
        QTest::addRow("root") << QByteArray("/") << QStringList();
        QTest::addRow("empty") << QByteArray() << QStringList();
        QTest::addRow("plain") << QByteArray("/devices/d1") << QStringList{QStringLiteral("devices"), QStringLiteral("d1")};
        QTest::addRow("trailing slash") << QByteArray("/devices/") << QStringList{QStringLiteral("devices")};
        QTest::addRow("encoded slash stays in its segment")
            << QByteArray("/devices/a%2Fb/twin") << QStringList{QStringLiteral("devices"), QStringLiteral("a/b"), QStringLiteral("twin")};
        QTest::addRow("plus stays plus") << QByteArray("/devices/a+b%2Bc")
                                         << QStringList{QStringLiteral("devices"), QStringLiteral("a+b+c")};
        QTest::addRow("every id character")
            << QByteArray("/devices/-.%2B%25_%23*%3F!(),=@$'")
            << QStringList{QStringLiteral("devices"), QStringLiteral("-.+%_#*?!(),=@$'")};
        QTest::addRow("percent of a percent") << QByteArray("/devices/%2525") << QStringList{QStringLiteral("devices"), QStringLiteral("%25")};
        QTest::addRow("utf-8") << QByteArray("/devices/%C3%A9t%C3%A9") << QStringList{QStringLiteral("devices"), QStringLiteral("\u00e9t\u00e9")};
        QTest::addRow("empty middle segment") << QByteArray("/devices//twin")
                                              << QStringList{QStringLiteral("devices"), QString(), QStringLiteral("twin")};
    }
    void decodePathSegments()
    {
        QFETCH(QByteArray, path);
        QFETCH(QStringList, segments);
        QCOMPARE(HttpsEndpoint::decodePathSegments(path), segments);
    }

    void requestReachesTheHandler()
    {
        m_handler.answer = HttpResponse::json(201, QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), QStringLiteral("x")}}),
                                              {{QByteArrayLiteral("ETag"), QByteArrayLiteral("\"AAAA\"")}});
        QNetworkRequest put = request("/devices/a%2Fb%2B%25%23%3F!(),%3D%40%24'/twin?api-version=2021-04-12&x=a%2Bb%26c");
        put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        put.setRawHeader("If-Match", "\"*\"");
        put.setRawHeader("X-MS-Max-Item-Count", "5");
        std::unique_ptr<QNetworkReply> reply(m_network.put(put, QByteArrayLiteral("{\"deviceId\":\"a/b\"}")));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(status(reply.get()), 201);
        QCOMPARE(reply->rawHeader("ETag"), QByteArrayLiteral("\"AAAA\""));
        QVERIFY(reply->rawHeader("Content-Type").startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("deviceId")).toString(),
                 QStringLiteral("x"));

        QCOMPARE(m_handler.requests.size(), 1);
        const HttpRequest &seen = m_handler.requests.constFirst();
        QCOMPARE(seen.method, QByteArrayLiteral("PUT"));
        QCOMPARE(seen.segments, (QStringList{QStringLiteral("devices"), QStringLiteral("a/b+%#?!(),=@$'"), QStringLiteral("twin")}));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("api-version")), QStringLiteral("2021-04-12"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded), QStringLiteral("a+b&c"));
        QCOMPARE(seen.header("if-match"), QByteArrayLiteral("\"*\""));
        QCOMPARE(seen.header("x-ms-max-item-count"), QByteArrayLiteral("5"));
        QCOMPARE(seen.header("content-type"), QByteArrayLiteral("application/json; charset=utf-8"));
        QCOMPARE(seen.body, QByteArrayLiteral("{\"deviceId\":\"a/b\"}"));
        QCOMPARE(m_endpoint->counters().requests, 1u);
        QCOMPARE(m_endpoint->counters().errors, 0u);
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        RawHttpsConnection connection(m_ca->clientConfiguration());
        connection.connectTo(QStringLiteral("localhost"), m_endpoint->port());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted(), 10'000);
        QVERIFY(connection.sslErrors().isEmpty());
        const QByteArray host = "Host: localhost:" + QByteArray::number(m_endpoint->port()) + "\r\n";

        // Unencoded sub-delimiters as the DPS device SDK sends them, and a GET with a body.
        connection.send("GET /0ne0001/registrations/c+d!$'()*,;=@/operations/op-1 HTTP/1.1\r\n" + host
                        + "Content-Length: 2\r\nContent-Type: application/json\r\n\r\n{}");
        QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
        const auto first = connection.takeResponse();
        QCOMPARE(first.status, 200);
        QVERIFY(!first.headers.contains("connection"));
        QCOMPARE(first.body, QByteArrayLiteral("{\"ok\":true}"));

        connection.send("DELETE /devices/d%2F2?api-version=2021-04-12 HTTP/1.1\r\n" + host + "If-Match: *\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
        QCOMPARE(connection.takeResponse().status, 200);
        QVERIFY(connection.isConnected());
        QCOMPARE(connection.disconnects(), 0);

        QCOMPARE(m_handler.requests.size(), 2);
        QCOMPARE(m_handler.requests.at(0).method, QByteArrayLiteral("GET"));
        QCOMPARE(m_handler.requests.at(0).segments,
                 (QStringList{QStringLiteral("0ne0001"), QStringLiteral("registrations"), QStringLiteral("c+d!$'()*,;=@"),
                              QStringLiteral("operations"), QStringLiteral("op-1")}));
        QCOMPARE(m_handler.requests.at(0).body, QByteArrayLiteral("{}"));
        QCOMPARE(m_handler.requests.at(1).method, QByteArrayLiteral("DELETE"));
        QCOMPARE(m_handler.requests.at(1).segments, (QStringList{QStringLiteral("devices"), QStringLiteral("d/2")}));
        QCOMPARE(m_handler.requests.at(1).header("if-match"), QByteArrayLiteral("*"));

        // "Connection: close" is honoured: answered, then the server closes.
        connection.send("GET /statistics/devices HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
        QCOMPARE(connection.takeResponse().headers.value("connection"), QByteArrayLiteral("close"));
        QTRY_COMPARE_WITH_TIMEOUT(connection.disconnects(), 1, 10'000);
    }

    void pipelinedRequestsAreAllAnswered()
    {
        RawHttpsConnection connection(m_ca->clientConfiguration());
        connection.connectTo(QStringLiteral("localhost"), m_endpoint->port());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted(), 10'000);
        // Three requests in one write: nothing more follows from the client.
        connection.send("GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        "PUT /b HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nxyz"
                        "GET /c HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_handler.requests.size(), 3, 10'000);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
            QCOMPARE(connection.takeResponse().status, 200);
        }
        QCOMPARE(m_handler.requests.at(0).segments, QStringList{QStringLiteral("a")});
        QCOMPARE(m_handler.requests.at(1).body, QByteArrayLiteral("xyz"));
        QCOMPARE(m_handler.requests.at(2).segments, QStringList{QStringLiteral("c")});
    }

    void statusWithoutBody()
    {
        m_handler.answer = HttpResponse::empty(204, {{QByteArrayLiteral("Content-Length"), QByteArrayLiteral("99")}});
        RawHttpsConnection connection(m_ca->clientConfiguration());
        connection.connectTo(QStringLiteral("localhost"), m_endpoint->port());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted(), 10'000);
        connection.send("DELETE /devices/d1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
        const auto response = connection.takeResponse();
        QCOMPARE(response.status, 204);
        QVERIFY(!response.headers.contains("content-length")); // the handler's own is not trusted
        QVERIFY(connection.received().isEmpty());
        // The connection stays usable after a body-less answer.
        m_handler.answer = HttpResponse::json(404, QJsonDocument(QJsonObject{{QStringLiteral("Message"), QStringLiteral("x")}}));
        connection.send("GET /devices/d1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
        QCOMPARE(connection.takeResponse().status, 404);
        QCOMPARE(m_endpoint->counters().errors, 1u);
    }

    void ipv6Loopback()
    {
        RawHttpsConnection connection(m_ca->clientConfiguration());
        connection.connectTo(QStringLiteral("::1"), m_endpoint->port());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted() || connection.disconnects() > 0
                                     || !connection.sslErrors().isEmpty(), 10'000);
        if (!connection.isEncrypted() && connection.sslErrors().isEmpty())
            QSKIP("this system has no IPv6 loopback");
        QVERIFY(connection.sslErrors().isEmpty());
        connection.send("GET /x HTTP/1.1\r\nHost: [::1]\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(connection.hasResponse(), 10'000);
        QCOMPARE(connection.takeResponse().status, 200);
    }

    void errorRateFailsEveryRequestWithTheHubBody()
    {
        m_faults.setSettings({1.0, 0, 0.0});
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<QNetworkReply> reply(m_network.get(request("/devices/d1?api-version=2021-04-12")));
            QVERIFY(finish(reply.get()));
            QCOMPARE(status(reply.get()), 503);
            QCOMPARE(reply->rawHeader("iothub-errorcode"), QByteArrayLiteral("ServiceUnavailable"));
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QVERIFY2(body.value(QStringLiteral("Message")).toString().startsWith(
                         QStringLiteral("ErrorCode:ServiceUnavailable;injected fault")),
                     qPrintable(body.value(QStringLiteral("Message")).toString()));
            QVERIFY(body.value(QStringLiteral("ExceptionMessage")).toString().startsWith(QStringLiteral("Tracking ID:")));
        }
        QVERIFY(m_handler.requests.isEmpty()); // an injected error changes nothing
        QCOMPARE(m_endpoint->counters().injectedErrors, 3u);
        QCOMPARE(m_endpoint->counters().errors, 3u);
        QVERIFY(m_endpoint->statusLine().contains(QStringLiteral("3 errors (3 injected)")));

        m_faults.setSettings({}); // back to normal at runtime
        std::unique_ptr<QNetworkReply> reply(m_network.get(request("/devices/d1")));
        QVERIFY(finish(reply.get()));
        QCOMPARE(status(reply.get()), 200);
        QCOMPARE(m_handler.requests.size(), 1);
    }

    void errorRateWithTheDpsBody()
    {
        HttpsEndpoint dps(&m_handler, m_ca->serverConfiguration(), &m_faults, QStringLiteral("dps-test"), ErrorShape::Dps);
        QVERIFY(dps.listen() != 0);
        m_faults.setSettings({1.0, 0, 0.0, 500});
        std::unique_ptr<QNetworkReply> reply(m_network.get(request("/enrollments/e1?api-version=2021-10-01", dps.port())));
        QVERIFY(finish(reply.get()));
        QCOMPARE(status(reply.get()), 500);
        QCOMPARE(reply->rawHeader("x-ms-error-code"), QByteArray::number(StampDeck::Azure::ErrorCodes::DpsServerError));
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("errorCode")).toInt(), StampDeck::Azure::ErrorCodes::DpsServerError);
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("injected fault"));
        QVERIFY(!body.value(QStringLiteral("trackingId")).toString().isEmpty());
        QVERIFY(m_handler.requests.isEmpty());
    }

    void latencyHoldsTheAnswerWithoutBlocking()
    {
        FaultInjector slowFaults(7, {0.0, 400, 0.0});
        HttpsEndpoint slow(&m_handler, m_ca->serverConfiguration(), &slowFaults, QStringLiteral("slow"));
        QVERIFY(slow.listen() != 0);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> slowReply(m_network.get(request("/slow", slow.port())));
        std::unique_ptr<QNetworkReply> fastReply(m_network.get(request("/fast")));
        QVERIFY(finish(fastReply.get()));
        QCOMPARE(status(fastReply.get()), 200);
        // The slow endpoint's request has been handled but its answer is still held.
        QVERIFY(!slowReply->isFinished());
        QVERIFY(finish(slowReply.get()));
        QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(status(slowReply.get()), 200);
        QCOMPARE(slow.counters().delayed, 1u);
        QCOMPARE(m_handler.requests.size(), 2);
    }

    void dropClosesWithoutAnswer()
    {
        m_faults.setSettings({0.0, 0, 1.0});
        RawHttpsConnection connection(m_ca->clientConfiguration());
        connection.connectTo(QStringLiteral("localhost"), m_endpoint->port());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted(), 10'000);
        connection.send("GET /devices/d1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(connection.disconnects(), 1, 10'000);
        QVERIFY(connection.received().isEmpty());

        std::unique_ptr<QNetworkReply> reply(m_network.get(request("/devices/d1")));
        QVERIFY(finish(reply.get()));
        QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError
                     || reply->error() == QNetworkReply::UnknownNetworkError,
                 qPrintable(reply->errorString()));
        QVERIFY(m_handler.requests.isEmpty());
        QVERIFY(m_endpoint->counters().dropped >= 2u);
    }

    void delayedDrop()
    {
        m_faults.setSettings({0.0, 200, 1.0});
        RawHttpsConnection connection(m_ca->clientConfiguration());
        connection.connectTo(QStringLiteral("localhost"), m_endpoint->port());
        QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted(), 10'000);
        QElapsedTimer clock;
        clock.start();
        connection.send("GET /devices/d1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(connection.disconnects(), 1, 10'000);
        QVERIFY(clock.elapsed() >= 190);
        QVERIFY(connection.received().isEmpty());
    }

    void clientGoneBeforeDelayedAnswer()
    {
        m_faults.setSettings({0.0, 150, 0.0});
        {
            RawHttpsConnection connection(m_ca->clientConfiguration());
            connection.connectTo(QStringLiteral("localhost"), m_endpoint->port());
            QTRY_VERIFY_WITH_TIMEOUT(connection.isEncrypted(), 10'000);
            connection.send("GET /devices/d1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QTRY_COMPARE_WITH_TIMEOUT(m_handler.requests.size(), 1, 10'000);
        } // the client goes away while the answer is held
        QCOMPARE(m_endpoint->counters().delayed, 1u);
        // The held answer's timer fires on a closed (or deleted) socket: dropped, no crash.
        QTRY_COMPARE_WITH_TIMEOUT(m_endpoint->counters().abandoned, 1u, 10'000);
        m_faults.setSettings({});
        std::unique_ptr<QNetworkReply> reply(m_network.get(request("/devices/d1")));
        QVERIFY(finish(reply.get()));
        QCOMPARE(status(reply.get()), 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpsEndpoint)
#include "tst_httpsendpoint.moc"
