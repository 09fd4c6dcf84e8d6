#pragma once

#include "server/HttpTypes.h"

#include <AzureError.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// Small helpers the hub's request handlers share: answers in the hub's shapes and JSON bodies
// read with messages that say what is wrong.
class HubHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // {"Message":"ErrorCode:<Name>;<text>","ExceptionMessage":"Tracking ID:..."} + iothub-errorcode.
    static HttpResponse error(const Azure::AzureError &error);
    static HttpResponse error(int code, const QString &message);
    static HttpResponse badRequest(const QString &message); // 400004 ArgumentInvalid
    static HttpResponse deviceNotFound(const QString &deviceId);
    // JSON with Content-Type; an etag becomes the ETag header, quoted.
    static HttpResponse json(int status, const QJsonDocument &document, const QString &etag = {}, Headers headers = {});

    // The body as JSON; an empty body or a syntax error gives a 400 in *error.
    static std::optional<QJsonDocument> parseBody(const QByteArray &body, HttpResponse *error);
    static std::optional<QJsonObject> parseObject(const QByteArray &body, HttpResponse *error);

    static QString ifMatch(const HttpRequest &request);
};

} // namespace StampDeck::Emulator
