#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace StampDeck::Emulator {

// One HTTP request as the services see it: the transport (HttpsEndpoint) has already parsed it,
// percent-decoded each path segment and lower-cased the header names.
struct HttpRequest
{
    QByteArray method;                     // "GET", "PUT", "POST", "PATCH", "DELETE"
    QStringList segments;                  // "/devices/a%2Bb" -> {"devices", "a+b"}
    QUrlQuery query;                       // api-version and friends
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonDocument &document,
                             QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/json; charset=utf-8")});
        return {status, std::move(headers), document.toJson(QJsonDocument::Compact)};
    }
    static HttpResponse empty(int status, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return {status, std::move(headers), {}};
    }
};

// A service behind one endpoint (a hub, a DPS service API, the DPS device endpoint). Called on the
// endpoint's thread; answers synchronously. Faults, latency and dropped connections are applied
// around it by the transport, not by the service.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual HttpResponse handle(const HttpRequest &request) = 0;
};

} // namespace StampDeck::Emulator
