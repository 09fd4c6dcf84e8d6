#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>

// A bare HTTPS/1.1 client for tests that must control the exact bytes on the wire (encoded
// paths, several requests on one connection, a GET with a body) where QNetworkAccessManager would
// normalise or pool. Asynchronous like the server it talks to (same thread): wait with QTRY_VERIFY
// on isEncrypted() / hasResponse().
class RawHttpsConnection : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit RawHttpsConnection(const QSslConfiguration &configuration, QObject *parent = nullptr);

    void connectTo(const QString &host, quint16 port, const QString &verifyName = {});
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int disconnects() const { return m_disconnects; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }

    void send(const QByteArray &raw);
    // True once one whole answer (headers and Content-Length bytes of body) is buffered.
    bool hasResponse() const;
    Response takeResponse();
    QByteArray received() const { return m_buffer; }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    int m_disconnects = 0;
};
