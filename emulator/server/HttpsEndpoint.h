#pragma once

#include "server/FaultInjector.h"
#include "server/HttpTypes.h"

#include <QAbstractHttpServer>
#include <QAbstractSocket>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

QT_BEGIN_NAMESPACE
class QSslServer;
QT_END_NAMESPACE

namespace StampDeck::Emulator {

// One HTTPS listener on loopback in front of one service (a hub, a DPS service API, the DPS
// device endpoint). It turns each request into an HttpRequest (path segments percent-decoded one
// by one, so a device id "a/b" sent as "a%2Fb" stays one segment; header names lower-cased), asks
// the RequestHandler, and writes the answer in one piece on a persistent (keep-alive) connection.
// Faults from the FaultInjector are applied around the handler: an injected error or drop never
// reaches the service; latency holds the answer on a timer, never blocking the event loop.
//
// Runs on the thread that owns it (the emulator's main thread); handler and injector must outlive it.
class HttpsEndpoint : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Counters
    {
        quint64 requests = 0;       // requests read
        quint64 errors = 0;         // answers with status >= 400, injected ones included
        quint64 injectedErrors = 0; // answers the FaultInjector made up
        quint64 dropped = 0;        // connections closed without an answer
        quint64 delayed = 0;        // answers held back by injected latency
        quint64 abandoned = 0;      // answers not sent because the client had gone
    };

    HttpsEndpoint(RequestHandler *handler, const QSslConfiguration &sslConfiguration,
                  FaultInjector *faults, const QString &name, ErrorShape errorShape = ErrorShape::Hub,
                  QObject *parent = nullptr);
    ~HttpsEndpoint() override;

    // Listens on a loopback address only (anything else is refused: returns 0). For
    // QHostAddress::LocalHost the same port is opened on ::1 as well when the system has IPv6,
    // because "localhost" resolves to ::1 first on many systems. port 0 picks a free port.
    // Returns the port, 0 on failure (see errorString()).
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close(); // stops listening; open connections stay until the peer closes them

    QString name() const { return m_name; }
    quint16 port() const { return m_port; }
    QString hostName() const; // "localhost:<port>", what connection strings and SAS tokens carry
    QString errorString() const { return m_errorString; }
    ErrorShape errorShape() const { return m_errorShape; }

    const Counters &counters() const { return m_counters; }
    // One line for logs and the admin endpoint: "hub-weu-1 localhost:4431: 12 requests, 1 error, ...".
    QString statusLine() const;

    // Exposed for tests: the decoded segments of an encoded path ("/devices/a%2Fb" -> {devices, a/b}).
    static QStringList decodePathSegments(QByteArrayView encodedPath);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpRequest toHttpRequest(const QHttpServerRequest &request) const;
    QByteArray serialize(const HttpResponse &response, bool headOnly, bool closeAfter) const;
    void send(QTcpSocket *socket, const QByteArray &bytes, bool closeAfter);
    QSslServer *createServer(const QHostAddress &address, quint16 port,
                             QAbstractSocket::SocketError *error);

    RequestHandler *m_handler = nullptr;
    FaultInjector *m_faults = nullptr;
    QSslConfiguration m_sslConfiguration;
    QString m_name;
    ErrorShape m_errorShape = ErrorShape::Hub;
    quint16 m_port = 0;
    QString m_errorString;
    Counters m_counters;
};

} // namespace StampDeck::Emulator
