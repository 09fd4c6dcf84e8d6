#include "dps/DpsHttp.h"

#include "ApiVersions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace StampDeck::Emulator {

using namespace Azure;

HttpResponse DpsHttp::error(const AzureError &error)
{
    return HttpResponse{error.httpStatus(), error.dpsResponseHeaders(), error.toDpsResponseBody()};
}

HttpResponse DpsHttp::error(int code, const QString &message)
{
    return error(AzureError::dps(code, message));
}

AzureError DpsHttp::parseObject(const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty())
        return AzureError::dps(ErrorCodes::DpsBadRequest, QStringLiteral("the request needs a JSON body"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return AzureError::dps(ErrorCodes::DpsBadRequest, QStringLiteral("the body is not valid JSON: %1 at offset %2")
                                                              .arg(parseError.errorString())
                                                              .arg(parseError.offset));
    if (!document.isObject())
        return AzureError::dps(ErrorCodes::DpsBadRequest, QStringLiteral("the body must be a JSON object"));
    *object = document.object();
    return {};
}

AzureError DpsHttp::checkApiVersion(const HttpRequest &request, Api api)
{
    const QString version = request.query.queryItemValue(QStringLiteral("api-version"));
    const QList<QLatin1StringView> accepted = api == Api::Service ? ApiVersions::acceptedDpsServiceVersions()
                                                                  : ApiVersions::acceptedDpsDeviceVersions();
    const bool ok = api == Api::Service ? ApiVersions::isAcceptedDpsServiceVersion(version)
                                        : ApiVersions::isAcceptedDpsDeviceVersion(version);
    if (ok)
        return {};
    QStringList names;
    for (const QLatin1StringView name : accepted)
        names.append(QString(name));
    const QString list = names.join(QStringLiteral(", "));
    if (version.isEmpty())
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("the query parameter api-version is required (supported: %1)").arg(list));
    return AzureError::dps(ErrorCodes::DpsBadRequest,
                           QStringLiteral("api-version '%1' is not supported (supported: %2)").arg(version, list));
}

AzureError DpsHttp::pageSize(const HttpRequest &request, int defaultSize, int maxSize, int *size)
{
    const QByteArray text = request.header("x-ms-max-item-count").trimmed();
    *size = defaultSize;
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("x-ms-max-item-count must be a non-negative integer, not '%1'")
                                   .arg(QString::fromLatin1(text)));
    if (value > 0)
        *size = int(qMin<qlonglong>(value, maxSize));
    return {};
}

// Tokens read "dps1:<list>:<slot>", base64url: opaque to clients, checkable here.
QByteArray DpsHttp::continuationToken(const QString &list, qsizetype cursor)
{
    return (QStringLiteral("dps1:") + list + u':' + QString::number(cursor)).toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

AzureError DpsHttp::continuation(const HttpRequest &request, const QString &list, qsizetype *cursor)
{
    const QByteArray token = request.header("x-ms-continuation").trimmed();
    *cursor = 0;
    if (token.isEmpty())
        return {};
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QString text = decoded ? QString::fromUtf8(*decoded) : QString();
    const QString prefix = QStringLiteral("dps1:") + list + u':';
    bool ok = false;
    const qlonglong slot = text.startsWith(prefix) ? text.mid(prefix.size()).toLongLong(&ok) : -1;
    if (!ok || slot < 0)
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("x-ms-continuation '%1' is not a continuation token of this query")
                                   .arg(QString::fromLatin1(token)));
    *cursor = qsizetype(slot);
    return {};
}

HttpResponse DpsHttp::page(const QJsonArray &rows, const QString &itemType, int pageSize, const QString &list,
                           qsizetype cursor)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("x-ms-item-type"), itemType.toUtf8()},
        {QByteArrayLiteral("x-ms-max-item-count"), QByteArray::number(pageSize)},
    };
    if (cursor >= 0)
        headers.append({QByteArrayLiteral("x-ms-continuation"), continuationToken(list, cursor)});
    return HttpResponse::json(200, QJsonDocument(rows), std::move(headers));
}

} // namespace StampDeck::Emulator
