#include "HubService.h"

#include "HubBulkOperation.h"
#include "HubHttp.h"
#include "HubRegistry.h"

#include <ApiVersions.h>
#include <AzureErrorCodes.h>
#include <DeviceIdentity.h>
#include <IdentifierRules.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace StampDeck::Emulator {

using Azure::AzureError;
namespace Codes = Azure::ErrorCodes;

namespace {
bool sameWord(const QString &segment, QLatin1StringView word)
{
    return segment.compare(word, Qt::CaseInsensitive) == 0;
}
} // namespace

HubService::HubService(HubRegistry *registry, AccessPolicies *policies, QuotaGate *quotas)
    : m_registry(registry)
    , m_policies(policies)
    , m_quotas(quotas)
    , m_twins(registry, [this](QuotaClass quotaClass, double cost) { return admit(quotaClass, cost); })
{
}

HttpResponse HubService::errorResponse(const AzureError &error)
{
    return HubHttp::error(error);
}

HttpResponse HubService::handle(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Route> found = route(request, &error);
    if (!found)
        return error;
    if (std::optional<HttpResponse> denied = authorize(request, found->operation))
        return *denied;
    const QString version = request.query.queryItemValue(QStringLiteral("api-version"));
    if (version.isEmpty())
        return HubHttp::error(AzureError::hub(Codes::BadRequest, QStringLiteral("InvalidProtocolVersion"),
                                              QStringLiteral("The api-version query parameter is missing; this hub serves %1.")
                                                  .arg(Azure::ApiVersions::HubService)));
    if (!Azure::ApiVersions::isAcceptedHubServiceVersion(version)) {
        QStringList accepted;
        for (QLatin1StringView v : Azure::ApiVersions::acceptedHubServiceVersions())
            accepted.append(v);
        return HubHttp::error(AzureError::hub(Codes::BadRequest, QStringLiteral("InvalidProtocolVersion"),
                                              QStringLiteral("api-version '%1' is not supported; use one of %2.")
                                                  .arg(version, accepted.join(QStringLiteral(", ")))));
    }

    switch (found->operation) {
    case Operation::GetDevice:
        return getDevice(found->deviceId);
    case Operation::PutDevice:
        return putDevice(request, found->deviceId);
    case Operation::DeleteDevice:
        return deleteDevice(request, found->deviceId);
    case Operation::ListDevices:
        return listDevices(request);
    case Operation::Bulk:
        return bulk(request);
    case Operation::Query:
        return m_twins.query(request);
    case Operation::DeviceStatistics:
        return deviceStatistics();
    case Operation::ServiceStatistics:
        return serviceStatistics();
    case Operation::GetTwin:
        return m_twins.getTwin(found->deviceId);
    case Operation::PatchTwin:
        return m_twins.writeTwin(request, found->deviceId, true);
    case Operation::ReplaceTwin:
        return m_twins.writeTwin(request, found->deviceId, false);
    case Operation::InvokeMethod:
        return m_twins.invokeMethod(request, found->deviceId);
    }
    return HubHttp::error(Codes::ServerError, QStringLiteral("Unhandled operation."));
}

std::optional<HubService::Route> HubService::route(const HttpRequest &request, HttpResponse *error) const
{
    const QStringList &s = request.segments;
    const QByteArray &method = request.method;
    // The verbs the path takes, for the 405 answer; kept off the heap because this runs per request.
    std::array<const char *, 4> allowed{};
    size_t allowedCount = 0;
    std::optional<Route> found;
    const auto offer = [&](const char *verb, Operation operation, const QString &deviceId = {}) {
        allowed[allowedCount++] = verb;
        if (!found && method == verb)
            found = Route{operation, deviceId};
    };

    // "/devices/" (Node's list) has an empty last segment.
    const bool devicesRoot = (s.size() == 1 || (s.size() == 2 && s.at(1).isEmpty())) && sameWord(s.at(0), QLatin1StringView("devices"));
    if (devicesRoot) {
        offer("GET", Operation::ListDevices);
        offer("POST", Operation::Bulk);
    } else if (s.size() == 2 && sameWord(s.at(0), QLatin1StringView("devices"))) {
        // POST /devices/query is the query; a device may be called "query" for the other verbs.
        if (sameWord(s.at(1), QLatin1StringView("query")))
            offer("POST", Operation::Query);
        offer("GET", Operation::GetDevice, s.at(1));
        offer("PUT", Operation::PutDevice, s.at(1));
        offer("DELETE", Operation::DeleteDevice, s.at(1));
    } else if (s.size() == 2 && sameWord(s.at(0), QLatin1StringView("statistics"))
               && (sameWord(s.at(1), QLatin1StringView("devices")) || sameWord(s.at(1), QLatin1StringView("service")))) {
        offer("GET", sameWord(s.at(1), QLatin1StringView("devices")) ? Operation::DeviceStatistics : Operation::ServiceStatistics);
    } else if (s.size() == 2 && sameWord(s.at(0), QLatin1StringView("twins")) && !s.at(1).isEmpty()) {
        offer("GET", Operation::GetTwin, s.at(1));
        offer("PATCH", Operation::PatchTwin, s.at(1));
        offer("PUT", Operation::ReplaceTwin, s.at(1));
    } else if (s.size() == 3 && sameWord(s.at(0), QLatin1StringView("twins")) && sameWord(s.at(2), QLatin1StringView("methods"))) {
        offer("POST", Operation::InvokeMethod, s.at(1));
    }

    if (found)
        return found;
    const QString path = u'/' + s.join(u'/');
    if (allowedCount == 0) {
        *error = HubHttp::error(404000, QStringLiteral("No such resource: %1 %2. This hub serves /devices, /devices/{id}, "
                                                 "/devices/query, /statistics/devices, /statistics/service, /twins/{id} "
                                                 "and /twins/{id}/methods.")
                                      .arg(QString::fromLatin1(method), path));
        return std::nullopt;
    }
    QByteArray allow;
    for (size_t i = 0; i < allowedCount; ++i)
        allow += (i ? ", " : "") + QByteArray(allowed[i]);
    AzureError notAllowed(Azure::AzureErrorKind::BadRequest, 405, 405000, QStringLiteral("MethodNotAllowed"),
                          QStringLiteral("%1 is not allowed on %2; use %3.")
                              .arg(QString::fromLatin1(method), path, QString::fromLatin1(allow)));
    notAllowed.setService(Azure::AzureService::IotHub);
    notAllowed.setTrackingId(AzureError::newTrackingId());
    *error = errorResponse(notAllowed);
    error->headers.append({QByteArrayLiteral("Allow"), allow});
    return std::nullopt;
}

std::optional<HttpResponse> HubService::authorize(const HttpRequest &request, Operation operation) const
{
    AccessRights anyOf;
    switch (operation) {
    case Operation::GetDevice:
    case Operation::ListDevices:
    case Operation::DeviceStatistics:
        anyOf = AccessRight::RegistryRead;
        break;
    case Operation::PutDevice:
    case Operation::DeleteDevice:
    case Operation::Bulk:
        anyOf = AccessRight::RegistryWrite;
        break;
    case Operation::Query:
    case Operation::GetTwin:
        anyOf = AccessRights(AccessRight::ServiceConnect) | AccessRight::RegistryRead;
        break;
    case Operation::PatchTwin:
    case Operation::ReplaceTwin:
    case Operation::InvokeMethod:
    case Operation::ServiceStatistics:
        anyOf = AccessRight::ServiceConnect;
        break;
    }
    const qint64 now = m_clock ? m_clock() : 0;
    const AccessCheck check = m_policies->check(request.header(QByteArrayLiteral("authorization")),
                                                m_registry->hostName(), AccessRights(), now);
    QString reason = check.reason;
    if (check.granted) {
        const AccessPolicies::Policy *policy = m_policies->policy(check.policyName);
        if (policy && (policy->rights & anyOf))
            return std::nullopt;
        reason = QStringLiteral("policy '%1' lacks the right %2")
                     .arg(check.policyName, AccessPolicies::rightNames(anyOf).replace(u'|', QStringLiteral(" or ")));
    }
    return HubHttp::error(Codes::IotHubUnauthorizedAccess, QStringLiteral("Unauthorized: %1.").arg(reason));
}

std::optional<HttpResponse> HubService::admit(QuotaClass quotaClass, double cost)
{
    if (!m_quotas)
        return std::nullopt;
    const std::optional<qint64> waitMs = m_quotas->admit(quotaClass, cost);
    if (!waitMs)
        return std::nullopt;
    AzureError error = AzureError::hub(Codes::ThrottlingException,
                                       QStringLiteral("Too many %1 requests for this hub's tier and units; retry after %2 s.")
                                           .arg(quotaClassName(quotaClass)).arg((*waitMs + 999) / 1000));
    error.setRetryAfterMs(qMax<qint64>(*waitMs, 1));
    return errorResponse(error);
}

HttpResponse HubService::getDevice(const QString &deviceId)
{
    if (auto throttled = admit(QuotaClass::HubRegistryOperations, 1))
        return *throttled;
    QString etag;
    QByteArray body = m_registry->deviceJson(deviceId, &etag);
    if (body.isEmpty())
        return HubHttp::deviceNotFound(deviceId);
    return {200,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
             {QByteArrayLiteral("ETag"), '"' + etag.toLatin1() + '"'}},
            std::move(body)};
}

HttpResponse HubService::putDevice(const HttpRequest &request, const QString &deviceId)
{
    HttpResponse error;
    QString message;
    if (!Azure::IdentifierRules::isValidDeviceId(deviceId, &message))
        return HubHttp::badRequest(message);
    const std::optional<QJsonObject> body = HubHttp::parseObject(request.body, &error);
    if (!body)
        return error;
    std::optional<Azure::DeviceIdentity> identity = Azure::DeviceIdentity::fromJson(*body, &message);
    if (!identity)
        return HubHttp::badRequest(message);
    if (identity->deviceId.isEmpty())
        identity->deviceId = deviceId;
    if (identity->deviceId != deviceId)
        return HubHttp::badRequest(QStringLiteral("deviceId '%1' in the body does not match '%2' in the path.").arg(identity->deviceId, deviceId));
    if (auto throttled = admit(QuotaClass::HubRegistryOperations, 1))
        return *throttled;
    const QString ifMatch = HubHttp::ifMatch(request);
    Azure::DeviceIdentity result;
    // No If-Match creates (the docs: it "should not be set when creating a device"); with one it replaces.
    const AzureError failure = ifMatch.trimmed().isEmpty() ? m_registry->createDevice(*identity, &result)
                                                           : m_registry->replaceDevice(*identity, ifMatch, &result);
    if (failure)
        return errorResponse(failure);
    return HubHttp::json(200, QJsonDocument(result.toJson()), *result.etag);
}

HttpResponse HubService::deleteDevice(const HttpRequest &request, const QString &deviceId)
{
    const QString ifMatch = HubHttp::ifMatch(request);
    if (ifMatch.trimmed().isEmpty())
        return HubHttp::badRequest(QStringLiteral("DELETE /devices/%1 needs an If-Match header: the device's etag, or \"*\" to delete "
                                         "whatever its state.").arg(deviceId));
    if (auto throttled = admit(QuotaClass::HubRegistryOperations, 1))
        return *throttled;
    if (const AzureError failure = m_registry->deleteDevice(deviceId, ifMatch))
        return errorResponse(failure);
    return HttpResponse::empty(204);
}

HttpResponse HubService::listDevices(const HttpRequest &request)
{
    int top = MaxListTop;
    const QString topText = request.query.queryItemValue(QStringLiteral("top"));
    if (!topText.isEmpty()) {
        bool ok = false;
        top = topText.toInt(&ok);
        if (!ok || top < 1 || top > MaxListTop)
            return HubHttp::badRequest(QStringLiteral("top must be a whole number from 1 to %1, not '%2'.").arg(MaxListTop).arg(topText));
    }
    if (auto throttled = admit(QuotaClass::HubRegistryOperations, 1))
        return *throttled;
    QJsonArray devices;
    m_registry->forEach(0, [&](int, const HubQueryRow &row) {
        devices.append(m_registry->device(row.value(HubQueryField::resolve({QStringLiteral("deviceId")})).string)->toJson());
        return devices.size() < top;
    });
    return HubHttp::json(200, QJsonDocument(devices));
}

HttpResponse HubService::bulk(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonDocument> body = HubHttp::parseBody(request.body, &error);
    if (!body)
        return error;
    AzureError failure;
    const std::optional<QList<Azure::ExportImportDevice>> items = HubBulkOperation::parse(*body, &failure);
    if (!items)
        return errorResponse(failure);
    // Every device of the call counts against the identity registry throttle.
    if (auto throttled = admit(QuotaClass::HubRegistryOperations, double(items->size())))
        return *throttled;
    const Azure::BulkRegistryOperationResult result = HubBulkOperation::apply(*m_registry, *items);
    return HubHttp::json(result.isSuccessful ? 200 : 400, QJsonDocument(result.toJson()));
}

HttpResponse HubService::deviceStatistics()
{
    return HubHttp::json(200, QJsonDocument(m_registry->registryStatistics().toJson()));
}

HttpResponse HubService::serviceStatistics()
{
    return HubHttp::json(200, QJsonDocument(m_registry->serviceStatistics().toJson()));
}

} // namespace StampDeck::Emulator
