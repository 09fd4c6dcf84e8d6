#pragma once

#include "AzureError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QQueue>

#include <functional>

namespace StampDeck::Testing {

// A scripted answer of FakeNetwork.
struct FakeAnswer
{
    int status = 200;
    Azure::HttpHeaderList headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // with status 0: a network failure
    bool hang = false; // never answers (until aborted)

    static FakeAnswer ok(const QByteArray &body = "{}") { return {200, {{"Content-Type", "application/json"}}, body}; }
    static FakeAnswer drop() { return {0, {}, {}, QNetworkReply::RemoteHostClosedError}; }
};

class FakeNetwork;

// A reply that answers from the event loop with a scripted answer.
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const FakeAnswer &answer, FakeNetwork *network);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    FakeAnswer m_answer;
    QPointer<FakeNetwork> m_network;
    QByteArray m_data;
    qint64 m_offset = 0;
};

// A QNetworkAccessManager that never touches the network: it records each request and answers
// with the next scripted answer, else the responder's, else the default (200 {}).
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Sent
    {
        QByteArray method;
        QNetworkRequest request;
        QByteArray body;
    };

    explicit FakeNetwork(QObject *parent = nullptr);

    void enqueue(const FakeAnswer &answer) { m_script.enqueue(answer); }
    // Answers computed from the request (used when the script is empty).
    void setResponder(std::function<FakeAnswer(const Sent &)> responder) { m_responder = std::move(responder); }
    void setDefaultAnswer(const FakeAnswer &answer) { m_default = answer; }
    const QList<Sent> &sent() const { return m_sent; }
    int abortedCount() const { return m_aborted; }
    void countAbort() { ++m_aborted; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QQueue<FakeAnswer> m_script;
    std::function<FakeAnswer(const Sent &)> m_responder;
    FakeAnswer m_default = FakeAnswer::ok();
    QList<Sent> m_sent;
    int m_aborted = 0;
};

} // namespace StampDeck::Testing
