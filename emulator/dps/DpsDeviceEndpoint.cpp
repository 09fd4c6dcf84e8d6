#include "dps/DpsDeviceEndpoint.h"

#include "dps/DpsHttp.h"
#include "dps/DpsStore.h"
#include "server/QuotaGate.h"

#include "DeviceRegistration.h"
#include "IdentifierRules.h"

#include <QJsonDocument>

#include <cmath>

namespace StampDeck::Emulator {

using namespace Azure;

DpsDeviceEndpoint::DpsDeviceEndpoint(double timeScale)
{
    if (timeScale > 1.0)
        m_retryAfterSeconds = int(std::ceil(AzureRetryAfterSeconds / timeScale));
}

void DpsDeviceEndpoint::addInstance(DpsStore *store, QuotaGate *quota)
{
    m_instances.append({store, quota});
}

const DpsDeviceEndpoint::Instance *DpsDeviceEndpoint::instanceFor(const QString &idScope) const
{
    for (const Instance &instance : m_instances) {
        if (IdentifierRules::sameIdScope(instance.store->idScope(), idScope))
            return &instance;
    }
    return nullptr;
}

AzureError DpsDeviceEndpoint::throttled(const QString &what, qint64 waitMs)
{
    AzureError error = AzureError::dps(ErrorCodes::DpsThrottled, what + QStringLiteral(" are throttled; retry after the retry-after interval"));
    error.setRetryAfterMs(QuotaGate::retryAfterSeconds(waitMs) * 1000);
    return error;
}

// The DeviceRegistration body of register and status lookup: {registrationId, tpm?, payload?}.
AzureError DpsDeviceEndpoint::checkBody(const QByteArray &body, const QString &registrationId, bool required)
{
    if (body.trimmed().isEmpty() && !required)
        return {};
    QJsonObject object;
    if (AzureError e = DpsHttp::parseObject(body, &object))
        return e;
    if (!object.contains(QLatin1StringView("registrationId")) && !required)
        object.insert(QLatin1StringView("registrationId"), registrationId);
    QString problem;
    const std::optional<DeviceRegistration> registration = DeviceRegistration::fromJson(object, &problem, JsonParseMode::Strict);
    if (!registration)
        return AzureError::dps(ErrorCodes::DpsBadRequest, problem);
    if (!IdentifierRules::sameRegistrationId(registration->registrationId, registrationId))
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("registrationId '%1' in the body differs from '%2' in the path")
                                   .arg(registration->registrationId, registrationId));
    return {};
}

HttpResponse DpsDeviceEndpoint::handle(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    enum class Route { Register, OperationStatus, StatusLookup } route;
    if (s.size() == 4 && s.at(1) == u"registrations" && s.at(3) == u"register" && request.method == "PUT")
        route = Route::Register;
    else if (s.size() == 5 && s.at(1) == u"registrations" && s.at(3) == u"operations" && request.method == "GET")
        route = Route::OperationStatus;
    else if (s.size() == 3 && s.at(1) == u"registrations" && request.method == "POST")
        route = Route::StatusLookup;
    else
        return DpsHttp::error(AzureError::dps(404000, QStringLiteral("NotFound"),
                                              QStringLiteral("no DPS device route %1 '/%2'")
                                                  .arg(QString::fromLatin1(request.method), s.join(u'/'))));
    const QString idScope = s.at(0);
    const QString registrationId = s.at(2);
    const Instance *instance = instanceFor(idScope);
    if (!instance)
        return DpsHttp::error(AzureError::dps(404000, QStringLiteral("NotFound"),
                                              QStringLiteral("no DPS instance has the ID scope '%1'").arg(idScope)));
    if (AzureError e = DpsHttp::checkApiVersion(request, DpsHttp::Api::Device))
        return DpsHttp::error(e);
    QString problem;
    if (!IdentifierRules::isValidRegistrationId(registrationId, &problem))
        return DpsHttp::error(ErrorCodes::DpsInvalidRegistrationId, problem);
    DpsStore *store = instance->store;
    const auto auth = store->authenticateDevice(registrationId, QString::fromUtf8(request.header("authorization")));
    if (!auth.ok())
        return DpsHttp::error(auth.error);

    QuotaGate *quota = instance->quota;
    if (route == Route::Register) {
        if (quota) {
            if (const std::optional<qint64> wait = quota->admit(QuotaClass::DpsRegistrations))
                return DpsHttp::error(throttled(QStringLiteral("device registrations of DPS instance '%1'").arg(store->name()), *wait));
        }
        if (AzureError e = checkBody(request.body, registrationId, true))
            return DpsHttp::error(e);
        const auto outcome = store->registerDevice(registrationId, *auth.value);
        if (!outcome.ok())
            return DpsHttp::error(outcome.error);
        // Azure answers 202 "assigning" with Location and Retry-After; the outcome shows on the
        // first poll.
        const QJsonObject body{{QStringLiteral("operationId"), outcome.value->operationId},
                               {QStringLiteral("status"), QStringLiteral("assigning")}};
        QList<QPair<QByteArray, QByteArray>> headers{
            {QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)},
        };
        if (!m_hostName.isEmpty())
            headers.append({QByteArrayLiteral("Location"),
                            (QStringLiteral("https://%1/%2/registrations/%3/register").arg(m_hostName, idScope, registrationId)).toUtf8()});
        return HttpResponse::json(202, QJsonDocument(body), std::move(headers));
    }

    if (quota) {
        std::optional<qint64> wait = quota->admit(QuotaClass::DpsStatusLookups);
        if (!wait)
            wait = quota->admitDevicePoll(registrationId);
        if (wait)
            return DpsHttp::error(throttled(QStringLiteral("status polls of registration '%1'").arg(registrationId), *wait));
    }
    if (route == Route::OperationStatus) {
        const auto outcome = store->operationStatus(registrationId, s.at(4));
        return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
    }
    if (AzureError e = checkBody(request.body, registrationId, false))
        return DpsHttp::error(e);
    const auto outcome = store->deviceRegistrationResult(registrationId);
    return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
}

} // namespace StampDeck::Emulator
