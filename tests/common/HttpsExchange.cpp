#include "HttpsExchange.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace StampDeck::Testing {

HttpsAnswer HttpsExchange::send(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &method,
                                const QByteArray &body)
{
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("request timed out");
    HttpsAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

} // namespace StampDeck::Testing
