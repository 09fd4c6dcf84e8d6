#include "HubTwinHandlers.h"

#include "HubHttp.h"
#include "HubQueryRunner.h"
#include "HubRegistry.h"

#include <AzureErrorCodes.h>
#include <QuerySpecification.h>
#include <Twin.h>

#include <QJsonArray>

#include <cmath>

namespace StampDeck::Emulator {

using Azure::AzureError;
namespace Codes = Azure::ErrorCodes;

HubTwinHandlers::HubTwinHandlers(HubRegistry *registry, Admit admit)
    : m_registry(registry)
    , m_admit(std::move(admit))
{
}

HttpResponse HubTwinHandlers::query(const HttpRequest &request)
{
    HttpResponse error;
    QString message;
    const std::optional<QJsonObject> body = HubHttp::parseObject(request.body, &error);
    if (!body)
        return error;
    const std::optional<Azure::QuerySpecification> specification = Azure::QuerySpecification::fromJson(*body, &message);
    if (!specification)
        return HubHttp::badRequest(message);
    const std::optional<HubQuery> parsed = HubQuery::parse(specification->query, &message);
    if (!parsed)
        return HubHttp::badRequest(QStringLiteral("Invalid query: %1.").arg(message));
    int pageSize = 0;
    const QByteArray pageSizeText = request.header(QByteArrayLiteral("x-ms-max-item-count")).trimmed();
    if (!pageSizeText.isEmpty()) {
        bool ok = false;
        pageSize = pageSizeText.toInt(&ok);
        if (!ok || pageSize < 0)
            return HubHttp::badRequest(QStringLiteral("x-ms-max-item-count must be a whole number of 0 or more, not '%1'.")
                                           .arg(QString::fromLatin1(pageSizeText)));
    }
    if (auto throttled = m_admit(QuotaClass::HubQueries, 1))
        return *throttled;
    const std::optional<HubQueryPage> page = HubQueryRunner::run(*m_registry, *parsed,
                                                                 request.header(QByteArrayLiteral("x-ms-continuation")),
                                                                 pageSize, &message);
    if (!page)
        return HubHttp::badRequest(message);
    HubHttp::Headers headers{{QByteArrayLiteral("x-ms-item-type"), Azure::Wire::toString(page->itemType).toLatin1()}};
    // The last page carries no continuation header at all: the SDKs stop on its absence.
    if (!page->continuation.isEmpty())
        headers.append({QByteArrayLiteral("x-ms-continuation"), page->continuation});
    return HubHttp::json(200, QJsonDocument(page->items), {}, std::move(headers));
}

HttpResponse HubTwinHandlers::getTwin(const QString &deviceId)
{
    if (auto throttled = m_admit(QuotaClass::HubTwinReads, 1))
        return *throttled;
    const std::optional<QJsonObject> twin = m_registry->twin(deviceId);
    if (!twin)
        return HubHttp::deviceNotFound(deviceId);
    return HubHttp::json(200, QJsonDocument(*twin), twin->value(QLatin1StringView("etag")).toString());
}

HttpResponse HubTwinHandlers::writeTwin(const HttpRequest &request, const QString &deviceId, bool patch)
{
    HttpResponse error;
    QString message;
    const std::optional<QJsonObject> body = HubHttp::parseObject(request.body, &error);
    if (!body)
        return error;
    const std::optional<Azure::Twin> twin = Azure::Twin::fromJson(*body, &message);
    if (!twin)
        return HubHttp::badRequest(message);
    if (twin->deviceId && !twin->deviceId->isEmpty() && *twin->deviceId != deviceId)
        return HubHttp::badRequest(QStringLiteral("deviceId '%1' in the body does not match '%2' in the path.").arg(*twin->deviceId, deviceId));
    if (twin->moduleId && !twin->moduleId->isEmpty())
        return HubHttp::badRequest(QStringLiteral("The body names module '%1'; module twins live under /twins/{id}/modules/{moduleId}, "
                                         "which the emulator does not serve.").arg(*twin->moduleId));
    if (auto throttled = m_admit(QuotaClass::HubTwinUpdates, 1))
        return *throttled;
    QJsonObject result;
    const AzureError failure = patch ? m_registry->patchTwin(deviceId, *twin, HubHttp::ifMatch(request), &result)
                                     : m_registry->replaceTwin(deviceId, *twin, HubHttp::ifMatch(request), &result);
    if (failure)
        return HubHttp::error(failure);
    return HubHttp::json(200, QJsonDocument(result), result.value(QLatin1StringView("etag")).toString());
}

HttpResponse HubTwinHandlers::invokeMethod(const HttpRequest &request, const QString &deviceId)
{
    HttpResponse error;
    QString message;
    if (request.body.size() > MaxMethodPayloadBytes)
        return HubHttp::badRequest(QStringLiteral("The method request is %1 bytes; at most %2 are allowed.")
                                       .arg(request.body.size()).arg(MaxMethodPayloadBytes));
    const std::optional<QJsonObject> body = HubHttp::parseObject(request.body, &error);
    if (!body)
        return error;
    const std::optional<Azure::DirectMethodRequest> method = Azure::DirectMethodRequest::fromJson(*body, &message);
    if (!method)
        return HubHttp::badRequest(message);
    if (method->methodName.trimmed().isEmpty())
        return HubHttp::badRequest(QStringLiteral("methodName must not be empty."));
    const int responseTimeout = method->responseTimeoutInSeconds.value_or(Azure::DirectMethodRequest::DefaultResponseTimeoutSeconds);
    const int connectTimeout = method->connectTimeoutInSeconds.value_or(0);
    if (responseTimeout < MinMethodResponseTimeout || responseTimeout > Azure::DirectMethodRequest::MaxTimeoutSeconds)
        return HubHttp::badRequest(QStringLiteral("responseTimeoutInSeconds must be from %1 to %2, not %3.")
                                       .arg(MinMethodResponseTimeout).arg(Azure::DirectMethodRequest::MaxTimeoutSeconds).arg(responseTimeout));
    if (connectTimeout < 0 || connectTimeout > Azure::DirectMethodRequest::MaxTimeoutSeconds)
        return HubHttp::badRequest(QStringLiteral("connectTimeoutInSeconds must be from 0 to %1, not %2.")
                                       .arg(Azure::DirectMethodRequest::MaxTimeoutSeconds).arg(connectTimeout));
    // The throttle is metered in 4 KB units of payload.
    if (auto throttled = m_admit(QuotaClass::HubDirectMethods, std::max(1.0, std::ceil(double(request.body.size()) / 4096.0))))
        return *throttled;
    if (!m_registry->contains(deviceId))
        return HubHttp::deviceNotFound(deviceId);
    std::optional<Azure::DirectMethodResult> result;
    if (m_registry->isConnected(deviceId)) {
        if (m_methodHandler) {
            result = m_methodHandler(deviceId, *method);
        } else {
            Azure::DirectMethodResult echo;
            echo.status = 200;
            echo.payload = method->payload && !method->payload->isNull() ? *method->payload : QJsonValue(QJsonObject());
            result = echo;
        }
    }
    if (!result)
        return HubHttp::error(Codes::DeviceNotOnline,
                        QStringLiteral("Device '%1' is not online: the method '%2' could not be delivered.")
                            .arg(deviceId, method->methodName));
    return HubHttp::json(200, QJsonDocument(result->toJson()));
}

} // namespace StampDeck::Emulator
