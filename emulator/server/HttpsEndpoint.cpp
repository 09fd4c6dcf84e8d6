#include "server/HttpsEndpoint.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace StampDeck::Emulator {

Q_LOGGING_CATEGORY(lcEndpoint, "stampdeck.emulator.endpoint")

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return QByteArrayLiteral("GET");
    case M::Put: return QByteArrayLiteral("PUT");
    case M::Post: return QByteArrayLiteral("POST");
    case M::Patch: return QByteArrayLiteral("PATCH");
    case M::Delete: return QByteArrayLiteral("DELETE");
    case M::Head: return QByteArrayLiteral("HEAD");
    case M::Options: return QByteArrayLiteral("OPTIONS");
    case M::Connect: return QByteArrayLiteral("CONNECT");
    case M::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

// The reason phrases of the statuses the services answer with; clients read the number only.
const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

bool bodyForbidden(int status)
{
    return status == 204 || status == 304 || (status >= 100 && status < 200);
}

bool wantsClose(const QHttpServerRequest &request)
{
    const QByteArray connection = request.value(QByteArrayLiteral("connection"));
    return !connection.isEmpty() && connection.toLower().contains("close");
}

} // namespace

HttpsEndpoint::HttpsEndpoint(RequestHandler *handler, const QSslConfiguration &sslConfiguration,
                             FaultInjector *faults, const QString &name, ErrorShape errorShape,
                             QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(handler)
    , m_faults(faults)
    , m_sslConfiguration(sslConfiguration)
    , m_name(name)
    , m_errorShape(errorShape)
{
    Q_ASSERT(handler);
    // Service clients authenticate with SAS tokens, not client certificates: do not ask for one.
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
}

HttpsEndpoint::~HttpsEndpoint() = default;

QSslServer *HttpsEndpoint::createServer(const QHostAddress &address, quint16 port,
                                        QAbstractSocket::SocketError *error)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(m_sslConfiguration);
    // Small request/answer exchanges on persistent connections: Nagle's algorithm would only add
    // delay (nginx sets tcp_nodelay for the same reason).
    connect(server, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    if (!server->listen(address, port)) {
        *error = server->serverError();
        m_errorString = QStringLiteral("%1: cannot listen on %2 port %3: %4")
                            .arg(m_name, address.toString(), QString::number(port),
                                 server->errorString());
        delete server;
        return nullptr;
    }
    return server;
}

quint16 HttpsEndpoint::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_errorString = QStringLiteral("%1: refusing to listen on %2, the emulator serves loopback only")
                            .arg(m_name, address.toString());
        return 0;
    }
    if (m_port != 0) {
        m_errorString = QStringLiteral("%1: already listening on port %2").arg(m_name).arg(m_port);
        return 0;
    }
    const bool dualStack = address == QHostAddress(QHostAddress::LocalHost);
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    for (int attempt = 0; attempt < 16; ++attempt) {
        QSslServer *primary = createServer(address, port, &error);
        if (!primary)
            return 0;
        const quint16 chosen = primary->serverPort();
        if (dualStack) {
            QSslServer *secondary = createServer(QHostAddress(QHostAddress::LocalHostIPv6), chosen, &error);
            if (!secondary && error == QAbstractSocket::AddressInUseError && port == 0) {
                delete primary; // the free IPv4 port is taken on ::1: try another one
                continue;
            }
            // Other failures mean the system has no IPv6 loopback: IPv4 alone is fine then.
            if (secondary)
                bind(secondary);
        }
        bind(primary);
        m_port = chosen;
        m_errorString.clear();
        return chosen;
    }
    m_errorString = QStringLiteral("%1: found no port free on both 127.0.0.1 and ::1").arg(m_name);
    return 0;
}

void HttpsEndpoint::close()
{
    const auto listeners = servers();
    for (QTcpServer *server : listeners) {
        server->close();
        server->deleteLater();
    }
    m_port = 0;
}

QString HttpsEndpoint::hostName() const
{
    return QStringLiteral("localhost:%1").arg(m_port);
}

QString HttpsEndpoint::statusLine() const
{
    return QStringLiteral("%1 %2: %3 requests, %4 errors (%5 injected), %6 dropped, %7 delayed, "
                          "%8 abandoned")
        .arg(m_name, hostName())
        .arg(m_counters.requests)
        .arg(m_counters.errors)
        .arg(m_counters.injectedErrors)
        .arg(m_counters.dropped)
        .arg(m_counters.delayed)
        .arg(m_counters.abandoned);
}

QStringList HttpsEndpoint::decodePathSegments(QByteArrayView encodedPath)
{
    QStringList segments;
    qsizetype start = encodedPath.startsWith('/') ? 1 : 0;
    // A trailing '/' ("/devices/?top=10", as the C# SDK sends) adds no empty segment.
    qsizetype end = encodedPath.size();
    if (end > start && encodedPath.endsWith('/'))
        --end;
    if (end <= start)
        return segments;
    while (true) {
        qsizetype slash = encodedPath.indexOf('/', start);
        if (slash < 0 || slash > end)
            slash = end;
        const QByteArrayView segment = encodedPath.sliced(start, slash - start);
        // Decode per segment, after splitting: "%2F" inside an id must not become a separator.
        // '+' is a literal '+' in a path (device ids may contain it), never a space.
        segments.append(segment.contains('%')
                            ? QUrl::fromPercentEncoding(segment.toByteArray())
                            : QString::fromLatin1(segment));
        if (slash >= end)
            break;
        start = slash + 1;
    }
    return segments;
}

HttpRequest HttpsEndpoint::toHttpRequest(const QHttpServerRequest &request) const
{
    HttpRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    // The encoded form: decoding the whole path first would merge "a%2Fb" into two segments.
    result.segments = decodePathSegments(url.path(QUrl::FullyEncoded).toLatin1());
    if (url.hasQuery())
        result.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    const auto headers = request.headers();
    result.headers.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.toLower();
        auto existing = result.headers.find(key);
        if (existing == result.headers.end())
            result.headers.insert(key, value);
        else
            existing.value() += QByteArrayLiteral(", ") + value; // repeated header: RFC 9110 list
    }
    result.body = request.body();
    return result;
}

QByteArray HttpsEndpoint::serialize(const HttpResponse &response, bool headOnly, bool closeAfter) const
{
    const bool noBody = bodyForbidden(response.status);
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += reasonPhrase(response.status);
    out += "\r\n";
    for (const auto &[name, value] : response.headers) {
        // The transport owns framing: a handler's own length or connection header would contradict it.
        if (name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("connection", Qt::CaseInsensitive) == 0
            || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!noBody) {
        out += "Content-Length: ";
        out += QByteArray::number(response.body.size());
        out += "\r\n";
    }
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!noBody && !headOnly)
        out += response.body;
    return out;
}

void HttpsEndpoint::send(QTcpSocket *socket, const QByteArray &bytes, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        ++m_counters.abandoned; // the client went away while the answer was held back
        return;
    }
    socket->write(bytes);
    if (closeAfter)
        socket->disconnectFromHost(); // after the buffered answer has been written
}

bool HttpsEndpoint::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_counters.requests;
    FaultInjector::Decision fault;
    if (m_faults && m_faults->isActive())
        fault = m_faults->decide();

    if (fault.action == FaultInjector::Action::Drop) {
        ++m_counters.dropped;
        if (fault.delayMs > 0) {
            QTimer::singleShot(fault.delayMs, this, [socket = QPointer<QTcpSocket>(socket)] {
                if (socket)
                    socket->abort();
            });
        } else {
            socket->abort(); // QAbstractHttpServer deletes the socket once we return
        }
        return true;
    }

    HttpResponse response;
    if (fault.action == FaultInjector::Action::Error) {
        ++m_counters.injectedErrors;
        response = FaultInjector::errorResponse(m_errorShape, m_faults->settings().errorStatus);
    } else {
        response = m_handler->handle(toHttpRequest(request));
    }
    if (response.status >= 400)
        ++m_counters.errors;

    const bool closeAfter = wantsClose(request);
    QByteArray bytes = serialize(response, request.method() == QHttpServerRequest::Method::Head,
                                 closeAfter);
    if (fault.delayMs > 0) {
        ++m_counters.delayed;
        // Equal delays keep answers in request order on a connection; nothing blocks meanwhile.
        QTimer::singleShot(fault.delayMs, this,
                           [this, socket = QPointer<QTcpSocket>(socket), bytes = std::move(bytes),
                            closeAfter] {
                               send(socket, bytes, closeAfter);
                           });
    } else {
        send(socket, bytes, closeAfter);
    }
    return true;
}

void HttpsEndpoint::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest takes every request); answer anyway rather than leave the client hanging.
    qCWarning(lcEndpoint) << m_name << "unhandled request" << request.url();
    send(socket, serialize(HttpResponse::empty(404), false, false), false);
}

} // namespace StampDeck::Emulator
