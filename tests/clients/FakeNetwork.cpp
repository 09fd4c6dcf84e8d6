#include "FakeNetwork.h"

#include <QTimer>

#include <cstring>

namespace StampDeck::Testing {

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const FakeAnswer &answer,
                     FakeNetwork *network)
    : QNetworkReply(network)
    , m_answer(answer)
    , m_network(network)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly);
    if (!answer.hang)
        QTimer::singleShot(0, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_answer.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[name, value] : std::as_const(m_answer.headers))
            setRawHeader(name, value);
        m_data = m_answer.body;
        if (m_answer.status >= 400)
            setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_answer.status));
    } else {
        setError(m_answer.error, QStringLiteral("scripted network failure"));
        Q_EMIT errorOccurred(m_answer.error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    if (m_network)
        m_network->countAbort();
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetwork::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    Sent sent;
    sent.method = operation == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                               : QByteArray::number(int(operation));
    sent.request = request;
    if (outgoingData)
        sent.body = outgoingData->readAll();
    m_sent.append(sent);
    const FakeAnswer answer = !m_script.isEmpty() ? m_script.dequeue() : m_responder ? m_responder(sent) : m_default;
    return new FakeReply(request, operation, answer, this);
}

} // namespace StampDeck::Testing
