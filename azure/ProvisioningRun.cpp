#include "ProvisioningRun.h"

#include "ApiVersions.h"
#include "AzureTransport.h"
#include "CallChain.h"
#include "DeviceRegistration.h"
#include "RetryAfter.h"

#include <QJsonDocument>

namespace StampDeck::Azure {

ProvisioningRun::ProvisioningRun(DpsDeviceClient *client, const QString &idScope, const QString &registrationId,
                                 const QString &deviceKey, const ProvisioningOptions &options,
                                 AzureResult<ProvisioningOutcome> *call)
    : QObject(call)
    , m_client(client)
    , m_idScope(idScope)
    , m_registrationId(registrationId)
    , m_deviceKey(deviceKey)
    , m_options(options)
    , m_call(call)
{
}

ProvisioningRun::~ProvisioningRun()
{
    abort();
}

AzureRequest ProvisioningRun::deviceRequest(const QString &idScope, const QString &registrationId, const QString &deviceKey,
                                            const QByteArray &method, const QString &suffix)
{
    AzureRequest request;
    request.method = method;
    request.path = u'/' + AzureRequest::encodeSegment(idScope) + QStringLiteral("/registrations/")
        + AzureRequest::encodeSegment(registrationId) + suffix;
    request.apiVersion = ApiVersions::DpsDevice;
    request.paceScope = idScope.toLower(); // quotas are per DPS instance; the ID scope names it
    request.safety = RequestSafety::ReadOnly;
    request.credential = SasCredential{idScope + QStringLiteral("/registrations/") + registrationId,
                                       QStringLiteral("registration"), deviceKey};
    return request;
}

void ProvisioningRun::start()
{
    m_deadlineMs = m_client->m_transport->clock()->nowMs() + m_options.maxWaitMs;
    if (m_options.skipStatusLookup)
        registerDevice();
    else
        lookup();
}

void ProvisioningRun::track(AzureCall *call)
{
    call->setParent(this);
    m_current = call;
}

void ProvisioningRun::lookup()
{
    AzureResult<DeviceRegistrationState> *call = m_client->lookupRegistration(m_idScope, m_registrationId, m_deviceKey);
    track(call);
    connect(call, &AzureCall::finished, this, [this, call]() {
        call->deleteLater();
        if (call->isSuccess() && call->value().status == RegistrationStatus::Assigned) {
            m_outcome.fromStatusLookup = true;
            finishWith(call->value());
            return;
        }
        // Not found (never registered) or not assigned: register. Other failures (a wrong key,
        // the instance unreachable) would fail the registration the same way: report them now.
        if (!call->isSuccess() && call->error().kind() != AzureErrorKind::NotFound) {
            m_call->fail(call->error());
            return;
        }
        registerDevice();
    });
}

void ProvisioningRun::registerDevice()
{
    AzureRequest request = deviceRequest(m_idScope, m_registrationId, m_deviceKey, "PUT", QStringLiteral("/register"));
    request.operationClass = OperationClass::DpsRegistration;
    // Registering again yields the same assignment (or a new operation for it): safe to repeat.
    request.safety = RequestSafety::Idempotent;
    DeviceRegistration body;
    body.registrationId = m_registrationId;
    body.payload = m_options.payload;
    request.body = QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact);
    TransportCall *call = m_client->m_transport->send(m_client->m_endpoint, request);
    track(call);
    connect(call, &AzureCall::finished, this, [this, call]() {
        call->deleteLater();
        if (!call->isSuccess()) {
            m_call->fail(call->error());
            return;
        }
        AzureError error;
        const std::optional<RegistrationOperationStatus> status = CallChain::parseObject<RegistrationOperationStatus>(call->value(), &error);
        if (!status) {
            m_call->fail(error);
            return;
        }
        m_outcome.operationId = status->operationId;
        handleOperation(*status, call->value());
    });
}

void ProvisioningRun::handleOperation(const RegistrationOperationStatus &status, const AzureResponse &response)
{
    const RegistrationStatus state = status.status.value_or(
        status.registrationState ? status.registrationState->status.value_or(RegistrationStatus::Assigning) : RegistrationStatus::Assigning);
    switch (state) {
    case RegistrationStatus::Assigned:
        finishWith(status.registrationState.value_or(DeviceRegistrationState{}));
        return;
    case RegistrationStatus::Failed: {
        const DeviceRegistrationState details = status.registrationState.value_or(DeviceRegistrationState{});
        AzureError error = AzureError::dps(details.errorCode.value_or(0),
                                           details.errorMessage.value_or(QStringLiteral("the registration failed")));
        error.setTrackingId(QString());
        m_call->fail(error);
        return;
    }
    case RegistrationStatus::Disabled:
        m_call->fail(AzureError(AzureErrorKind::Forbidden, 0, 0, QStringLiteral("EnrollmentDisabled"),
                                QStringLiteral("the enrollment of %1 is disabled").arg(m_registrationId)));
        return;
    case RegistrationStatus::Assigning:
    case RegistrationStatus::Unassigned:
        break;
    }
    const std::optional<qint64> retryAfter = RetryAfter::fromHeaders(response.headers, m_client->m_transport->clock()->currentUtc());
    schedulePoll(retryAfter.value_or(m_options.defaultPollIntervalMs));
}

void ProvisioningRun::schedulePoll(qint64 delayMs)
{
    Clock *clock = m_client->m_transport->clock();
    if (clock->nowMs() + delayMs > m_deadlineMs) {
        m_call->fail(AzureError::timeout(QStringLiteral("%1 was not assigned within %2 s").arg(m_registrationId).arg(m_options.maxWaitMs / 1000)));
        return;
    }
    m_timer = clock->schedule(delayMs, this, [this]() {
        m_timer = 0;
        poll();
    });
}

void ProvisioningRun::poll()
{
    AzureRequest request = deviceRequest(m_idScope, m_registrationId, m_deviceKey, "GET",
                                         QStringLiteral("/operations/") + AzureRequest::encodeSegment(m_outcome.operationId));
    request.operationClass = OperationClass::DpsStatusLookup;
    request.extraPacing.append(PaceDemand{OperationClass::DpsDevicePoll, m_registrationId.toLower(), 1});
    ++m_outcome.polls;
    TransportCall *call = m_client->m_transport->send(m_client->m_endpoint, request);
    track(call);
    connect(call, &AzureCall::finished, this, [this, call]() {
        call->deleteLater();
        if (!call->isSuccess()) {
            m_call->fail(call->error());
            return;
        }
        AzureError error;
        const std::optional<RegistrationOperationStatus> status = CallChain::parseObject<RegistrationOperationStatus>(call->value(), &error);
        if (!status) {
            m_call->fail(error);
            return;
        }
        handleOperation(*status, call->value());
    });
}

void ProvisioningRun::finishWith(const DeviceRegistrationState &state)
{
    m_outcome.state = state;
    m_call->succeed(m_outcome);
}

void ProvisioningRun::abort()
{
    if (m_timer) {
        m_client->m_transport->clock()->cancel(m_timer);
        m_timer = 0;
    }
    if (m_current && !m_current->isFinished()) {
        // Silence it first: the call this run reports to finishes on its own (Cancelled), and
        // may be half destroyed when this runs from the destructor.
        m_current->disconnect(this);
        m_current->cancel();
    }
}

} // namespace StampDeck::Azure
