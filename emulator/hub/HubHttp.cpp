#include "HubHttp.h"

#include <AzureErrorCodes.h>

namespace StampDeck::Emulator {

HttpResponse HubHttp::error(const Azure::AzureError &error)
{
    return {error.httpStatus(), error.hubResponseHeaders(), error.toHubResponseBody()};
}

HttpResponse HubHttp::error(int code, const QString &message)
{
    return error(Azure::AzureError::hub(code, message));
}

HttpResponse HubHttp::badRequest(const QString &message)
{
    return error(Azure::ErrorCodes::ArgumentInvalid, message);
}

HttpResponse HubHttp::deviceNotFound(const QString &deviceId)
{
    return error(Azure::ErrorCodes::DeviceNotFound, QStringLiteral("Device '%1' is not registered in this hub.").arg(deviceId));
}

HttpResponse HubHttp::json(int status, const QJsonDocument &document, const QString &etag, Headers headers)
{
    if (!etag.isEmpty())
        headers.append({QByteArrayLiteral("ETag"), '"' + etag.toLatin1() + '"'});
    return HttpResponse::json(status, document, std::move(headers));
}

std::optional<QJsonDocument> HubHttp::parseBody(const QByteArray &body, HttpResponse *error)
{
    if (body.trimmed().isEmpty()) {
        *error = badRequest(QStringLiteral("The request needs a JSON body."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badRequest(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                .arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    return document;
}

std::optional<QJsonObject> HubHttp::parseObject(const QByteArray &body, HttpResponse *error)
{
    const std::optional<QJsonDocument> document = parseBody(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *error = badRequest(QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return document->object();
}

QString HubHttp::ifMatch(const HttpRequest &request)
{
    return QString::fromLatin1(request.header(QByteArrayLiteral("if-match")));
}

} // namespace StampDeck::Emulator
