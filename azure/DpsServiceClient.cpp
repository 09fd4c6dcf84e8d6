#include "DpsServiceClient.h"

#include "ApiVersions.h"
#include "AzureTransport.h"
#include "BulkEnrollmentOperationResult.h"
#include "CallChain.h"
#include "IdentifierRules.h"
#include "KeyMaterial.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace StampDeck::Azure {

namespace {

QString path(QLatin1StringView collection, const QString &id)
{
    return u'/' + collection + u'/' + AzureRequest::encodeSegment(id);
}

AzureError invalidArgument(const QString &message)
{
    return AzureError(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("ArgumentInvalid"), message);
}

// Client-made keys for a symmetric-key attestation without them: a PUT repeated after a
// dropped connection then writes the same keys again (truly idempotent), and a bulk create can
// recognise its own enrollment.
void ensureKeys(AttestationMechanism &attestation)
{
    if (attestation.type != AttestationType::SymmetricKey)
        return;
    SymmetricKey keys = attestation.symmetricKey.value_or(SymmetricKey{});
    if (keys.primaryKey.value_or(QString()).isEmpty())
        keys.primaryKey = KeyMaterial::newSymmetricKey();
    if (keys.secondaryKey.value_or(QString()).isEmpty())
        keys.secondaryKey = KeyMaterial::newSymmetricKey();
    attestation.symmetricKey = keys;
}

QString attestationFingerprint(const AttestationMechanism &attestation)
{
    if (attestation.symmetricKey && attestation.symmetricKey->primaryKey)
        return *attestation.symmetricKey->primaryKey;
    if (attestation.tpm)
        return attestation.tpm->endorsementKey;
    return {};
}

std::optional<QHash<QString, AzureError>> parseDpsBulkErrors(const AzureResponse &response)
{
    const QJsonDocument document = response.json();
    if (!document.isObject())
        return std::nullopt;
    QString message;
    const std::optional<BulkEnrollmentOperationResult> result =
        BulkEnrollmentOperationResult::fromJson(document.object(), &message, JsonParseMode::Lenient);
    if (!result)
        return std::nullopt;
    QHash<QString, AzureError> errors;
    for (const BulkEnrollmentOperationError &item : result->errors) {
        AzureError error = AzureError::dps(item.errorCode, item.errorStatus);
        error.setTrackingId(QString());
        errors.insert(item.registrationId.value_or(item.enrollmentGroupId.value_or(QString())), error);
    }
    if (response.status != 200 && errors.isEmpty())
        return std::nullopt;
    return errors;
}

} // namespace

DpsServiceClient::DpsServiceClient(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(endpoint)
{
}

AzureRequest DpsServiceClient::request(const QByteArray &method, const QString &requestPath, RequestSafety safety) const
{
    AzureRequest request;
    request.method = method;
    request.path = requestPath;
    request.apiVersion = ApiVersions::DpsService;
    request.operationClass = OperationClass::DpsService;
    request.safety = safety;
    return request;
}

AzureResult<IndividualEnrollment> *DpsServiceClient::getEnrollment(const QString &registrationId)
{
    return CallChain::chain<IndividualEnrollment>(
        m_transport->send(m_endpoint, request("GET", path(QLatin1StringView("enrollments"), registrationId), RequestSafety::ReadOnly)),
        CallChain::parseObject<IndividualEnrollment>);
}

AzureResult<IndividualEnrollment> *DpsServiceClient::createOrUpdateEnrollment(IndividualEnrollment enrollment)
{
    QString message;
    if (!IdentifierRules::isValidRegistrationId(enrollment.registrationId, &message)) {
        auto *call = new AzureResult<IndividualEnrollment>();
        call->failLater(invalidArgument(message));
        return call;
    }
    ensureKeys(enrollment.attestation);
    AzureRequest put = request("PUT", path(QLatin1StringView("enrollments"), enrollment.registrationId), RequestSafety::Idempotent);
    enrollment.registrationState.reset(); // read-only
    put.body = QJsonDocument(enrollment.toJson()).toJson(QJsonDocument::Compact);
    if (enrollment.etag && !enrollment.etag->isEmpty())
        put.headers.append({QByteArrayLiteral("If-Match"), enrollment.etag->toUtf8()});
    return CallChain::chain<IndividualEnrollment>(m_transport->send(m_endpoint, put), CallChain::parseObject<IndividualEnrollment>);
}

AzureCompletion *DpsServiceClient::deleteEnrollment(const QString &registrationId, const QString &ifMatch)
{
    return remove(path(QLatin1StringView("enrollments"), registrationId), ifMatch);
}

QueryPager *DpsServiceClient::queryEnrollments(const QString &queryText, int pageSize, QObject *parent)
{
    return query(QStringLiteral("/enrollments/query"), queryText, pageSize, parent);
}

AzureResult<EnrollmentGroup> *DpsServiceClient::getEnrollmentGroup(const QString &groupId)
{
    return CallChain::chain<EnrollmentGroup>(
        m_transport->send(m_endpoint, request("GET", path(QLatin1StringView("enrollmentGroups"), groupId), RequestSafety::ReadOnly)),
        CallChain::parseObject<EnrollmentGroup>);
}

AzureResult<EnrollmentGroup> *DpsServiceClient::createOrUpdateEnrollmentGroup(EnrollmentGroup group)
{
    QString message;
    if (!IdentifierRules::isValidEnrollmentGroupId(group.enrollmentGroupId, &message)) {
        auto *call = new AzureResult<EnrollmentGroup>();
        call->failLater(invalidArgument(message));
        return call;
    }
    ensureKeys(group.attestation);
    AzureRequest put = request("PUT", path(QLatin1StringView("enrollmentGroups"), group.enrollmentGroupId), RequestSafety::Idempotent);
    put.body = QJsonDocument(group.toJson()).toJson(QJsonDocument::Compact);
    if (group.etag && !group.etag->isEmpty())
        put.headers.append({QByteArrayLiteral("If-Match"), group.etag->toUtf8()});
    return CallChain::chain<EnrollmentGroup>(m_transport->send(m_endpoint, put), CallChain::parseObject<EnrollmentGroup>);
}

AzureCompletion *DpsServiceClient::deleteEnrollmentGroup(const QString &groupId, const QString &ifMatch)
{
    return remove(path(QLatin1StringView("enrollmentGroups"), groupId), ifMatch);
}

QueryPager *DpsServiceClient::queryEnrollmentGroups(const QString &queryText, int pageSize, QObject *parent)
{
    return query(QStringLiteral("/enrollmentGroups/query"), queryText, pageSize, parent);
}

AzureResult<DeviceRegistrationState> *DpsServiceClient::getRegistrationState(const QString &registrationId)
{
    return CallChain::chain<DeviceRegistrationState>(
        m_transport->send(m_endpoint, request("GET", path(QLatin1StringView("registrations"), registrationId), RequestSafety::ReadOnly)),
        CallChain::parseObject<DeviceRegistrationState>);
}

AzureCompletion *DpsServiceClient::deleteRegistrationState(const QString &registrationId, const QString &ifMatch)
{
    return remove(path(QLatin1StringView("registrations"), registrationId), ifMatch);
}

QueryPager *DpsServiceClient::queryRegistrationStates(const QString &enrollmentGroupId, int pageSize, QObject *parent)
{
    // The Node SDK sends a query body here; the swagger sends none. The body is harmless.
    return query(path(QLatin1StringView("registrations"), enrollmentGroupId) + QStringLiteral("/query"),
                 QStringLiteral("*"), pageSize, parent);
}

AzureCompletion *DpsServiceClient::remove(const QString &requestPath, const QString &ifMatch)
{
    AzureRequest del = request("DELETE", requestPath, RequestSafety::Idempotent);
    if (!ifMatch.isEmpty())
        del.headers.append({QByteArrayLiteral("If-Match"), ifMatch.toUtf8()});
    return CallChain::chain<Completion>(
        m_transport->send(m_endpoint, del),
        [](const AzureResponse &, AzureError *) -> std::optional<Completion> { return Completion{}; },
        [](AzureResult<Completion> *result, const TransportCall *failed) {
            // 404 after an attempt that may have deleted it: that attempt did the work.
            if (failed->error().kind() != AzureErrorKind::NotFound || !failed->value().earlierAttemptMayHaveApplied)
                return false;
            result->succeed(Completion{true});
            return true;
        });
}

QueryPager *DpsServiceClient::query(const QString &requestPath, const QString &queryText, int pageSize, QObject *parent)
{
    AzureRequest post = request("POST", requestPath, RequestSafety::ReadOnly);
    post.body = QJsonDocument(QJsonObject{{QStringLiteral("query"), queryText}}).toJson(QJsonDocument::Compact);
    return new QueryPager(m_transport, m_endpoint, post, pageSize, parent);
}

BulkCall *DpsServiceClient::runEnrollmentBulk(BulkEnrollmentMode mode, QList<IndividualEnrollment> enrollments)
{
    QList<QJsonObject> items;
    QStringList ids;
    QHash<QString, QString> keys;
    for (IndividualEnrollment &enrollment : enrollments) {
        if (mode == BulkEnrollmentMode::Create || mode == BulkEnrollmentMode::Update)
            ensureKeys(enrollment.attestation);
        enrollment.registrationState.reset();
        keys.insert(enrollment.registrationId, attestationFingerprint(enrollment.attestation));
        items.append(enrollment.toJson());
        ids.append(enrollment.registrationId);
    }
    return runBulk(mode, QStringLiteral("/enrollments"), QStringLiteral("enrollments"), std::move(items), ids, keys, false);
}

BulkCall *DpsServiceClient::runEnrollmentGroupBulk(BulkEnrollmentMode mode, QList<EnrollmentGroup> groups)
{
    QList<QJsonObject> items;
    QStringList ids;
    QHash<QString, QString> keys;
    for (EnrollmentGroup &group : groups) {
        if (mode == BulkEnrollmentMode::Create || mode == BulkEnrollmentMode::Update)
            ensureKeys(group.attestation);
        keys.insert(group.enrollmentGroupId, attestationFingerprint(group.attestation));
        items.append(group.toJson());
        ids.append(group.enrollmentGroupId);
    }
    return runBulk(mode, QStringLiteral("/enrollmentGroups"), QStringLiteral("enrollmentGroups"), std::move(items), ids, keys, true);
}

BulkCall *DpsServiceClient::runBulk(BulkEnrollmentMode mode, const QString &requestPath, const QString &listName,
                                    QList<QJsonObject> items, QStringList ids, QHash<QString, QString> sentKeys, bool groups)
{
    BulkRunner::Spec spec;
    spec.ids = ids;
    spec.chunkSize = MaxBulkItems;
    // Ten items per call and one token each: a few calls in flight keep the pipe full.
    spec.maxInFlight = 4;
    const bool isCreate = mode == BulkEnrollmentMode::Create;
    const AzureRequest prototype = request("POST", requestPath, isCreate ? RequestSafety::DetectableCreate : RequestSafety::Idempotent);
    const QString modeName = toString(mode);
    auto shared = std::make_shared<QList<QJsonObject>>(std::move(items));
    spec.buildRequest = [prototype, shared, modeName, listName](qsizetype first, qsizetype count) {
        AzureRequest req = prototype;
        QJsonArray array;
        for (qsizetype i = first; i < first + count; ++i)
            array.append(shared->at(i));
        req.body = QJsonDocument(QJsonObject{{QStringLiteral("mode"), modeName}, {listName, array}}).toJson(QJsonDocument::Compact);
        req.cost = double(count); // each enrollment is a service operation
        return req;
    };
    spec.parseErrors = parseDpsBulkErrors;
    if (isCreate) {
        spec.isEchoOfEarlierAttempt = [](const AzureError &error) { return error.kind() == AzureErrorKind::Conflict; };
        QPointer<DpsServiceClient> self(this);
        spec.verify = [self, sentKeys, groups](const QString &id) -> AzureResult<bool> * {
            auto *result = new AzureResult<bool>();
            const QString sent = sentKeys.value(id);
            if (groups) {
                CallChain::forward<bool, EnrollmentGroup>(self->getEnrollmentGroup(id), result,
                    [sent](AzureResult<bool> *target, const AzureResult<EnrollmentGroup> *found) {
                        found->isSuccess() ? target->succeed(!sent.isEmpty() && attestationFingerprint(found->value().attestation) == sent)
                                           : target->fail(found->error());
                    });
            } else {
                CallChain::forward<bool, IndividualEnrollment>(self->getEnrollment(id), result,
                    [sent](AzureResult<bool> *target, const AzureResult<IndividualEnrollment> *found) {
                        found->isSuccess() ? target->succeed(!sent.isEmpty() && attestationFingerprint(found->value().attestation) == sent)
                                           : target->fail(found->error());
                    });
            }
            return result;
        };
    } else if (mode == BulkEnrollmentMode::Delete) {
        spec.isEchoOfEarlierAttempt = [](const AzureError &error) { return error.kind() == AzureErrorKind::NotFound; };
    }
    return BulkRunner::start(m_transport, m_endpoint, std::move(spec));
}

} // namespace StampDeck::Azure
