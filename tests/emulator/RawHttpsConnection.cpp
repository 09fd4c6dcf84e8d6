#include "RawHttpsConnection.h"

namespace {

// Length of the header block including the blank line, or -1 while incomplete.
qsizetype headerLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

QHash<QByteArray, QByteArray> parseHeaders(QByteArrayView block)
{
    QHash<QByteArray, QByteArray> headers;
    const QList<QByteArray> lines = block.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return headers;
}

} // namespace

RawHttpsConnection::RawHttpsConnection(const QSslConfiguration &configuration, QObject *parent)
    : QObject(parent)
{
    m_socket.setSslConfiguration(configuration);
    connect(&m_socket, &QSslSocket::readyRead, this, [this] { m_buffer += m_socket.readAll(); });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors += errors; // recorded, never ignored
    });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { ++m_disconnects; });
}

void RawHttpsConnection::connectTo(const QString &host, quint16 port, const QString &verifyName)
{
    if (verifyName.isEmpty())
        m_socket.connectToHostEncrypted(host, port);
    else
        m_socket.connectToHostEncrypted(host, port, verifyName);
}

void RawHttpsConnection::send(const QByteArray &raw)
{
    m_socket.write(raw);
}

bool RawHttpsConnection::hasResponse() const
{
    const qsizetype headers = headerLength(m_buffer);
    if (headers < 0)
        return false;
    const auto fields = parseHeaders(QByteArrayView(m_buffer).first(headers));
    const qsizetype length = fields.value("content-length", "0").toLongLong();
    return m_buffer.size() >= headers + length;
}

RawHttpsConnection::Response RawHttpsConnection::takeResponse()
{
    Response response;
    const qsizetype headers = headerLength(m_buffer);
    if (headers < 0)
        return response;
    const QByteArray block = m_buffer.left(headers);
    response.headers = parseHeaders(block);
    const qsizetype length = response.headers.value("content-length", "0").toLongLong();
    const QList<QByteArray> statusLine = block.left(block.indexOf("\r\n")).split(' ');
    response.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    response.body = m_buffer.mid(headers, length);
    m_buffer.remove(0, headers + length);
    return response;
}
