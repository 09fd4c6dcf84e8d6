#pragma once

#include "server/HttpTypes.h"

#include "AzureError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace StampDeck::Emulator {

// The HTTP details the DPS service API and the DPS device endpoint share: error answers in the
// DPS shape, JSON bodies, api-version, paging headers and continuation tokens.
class DpsHttp
{
public:
    // {"errorCode":404201,"trackingId":..,"message":..,"info":{},"timestampUtc":..} with
    // x-ms-error-code and, for 429, Retry-After in seconds.
    static HttpResponse error(const Azure::AzureError &error);
    static HttpResponse error(int code, const QString &message);

    // The body as a JSON object; a clear 400 for malformed JSON or another JSON type.
    static Azure::AzureError parseObject(const QByteArray &body, QJsonObject *object);

    // 400 unless api-version is one of accepted.
    enum class Api { Service, Device };
    static Azure::AzureError checkApiVersion(const HttpRequest &request, Api api);

    // x-ms-max-item-count: absent or 0 gives defaultSize; more than maxSize is cut to maxSize
    // (the service "may use a different value"); anything not a non-negative integer is a 400.
    static Azure::AzureError pageSize(const HttpRequest &request, int defaultSize, int maxSize, int *size);
    // x-ms-continuation: an opaque token naming the list and the slot to go on from. A token from
    // another list, or not ours, is a 400. Absent: *cursor = 0.
    static Azure::AzureError continuation(const HttpRequest &request, const QString &list, qsizetype *cursor);
    static QByteArray continuationToken(const QString &list, qsizetype cursor);

    // 200 with a JSON array and the paging headers; x-ms-continuation only when cursor >= 0 (the
    // SDKs take an empty header for "more to come").
    static HttpResponse page(const QJsonArray &rows, const QString &itemType, int pageSize, const QString &list,
                             qsizetype cursor);
};

} // namespace StampDeck::Emulator
