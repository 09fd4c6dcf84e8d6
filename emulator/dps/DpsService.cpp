#include "dps/DpsService.h"

#include "dps/DpsHttp.h"
#include "dps/DpsStore.h"
#include "dps/EtagMatch.h"
#include "server/QuotaGate.h"

#include "QuerySpecification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace StampDeck::Emulator {

using namespace Azure;

namespace {

QString listName(int collection)
{
    static const QString names[] = {QStringLiteral("enrollments"), QStringLiteral("enrollmentGroups"),
                                    QStringLiteral("registrations")};
    return names[collection];
}

// DPS queries take "*" or "SELECT * FROM <collection>" (what the SDKs and the CLI send); the
// emulator filters nothing, so anything narrower is refused rather than silently ignored.
AzureError checkQuerySpecification(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonObject object;
    if (AzureError e = DpsHttp::parseObject(body, &object))
        return e;
    QString problem;
    const std::optional<QuerySpecification> spec = QuerySpecification::fromJson(object, &problem, JsonParseMode::Strict);
    if (!spec)
        return AzureError::dps(ErrorCodes::DpsBadRequest, problem);
    static const QRegularExpression selectAll(QStringLiteral("^(\\*|select\\s+\\*\\s+from\\s+\\w+)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (!selectAll.match(spec->query.trimmed()).hasMatch())
        return AzureError::dps(ErrorCodes::DpsBadRequest,
                               QStringLiteral("query '%1' is not supported: stampdeck-emulator answers '*' "
                                              "(SELECT * FROM <collection>) only")
                                   .arg(spec->query));
    return {};
}

} // namespace

DpsService::DpsService(DpsStore *store, AccessPolicies *policies, QuotaGate *quota)
    : m_store(store)
    , m_policies(policies)
    , m_quota(quota)
{
}

AccessRights DpsService::rightsFor(Collection collection, Operation operation)
{
    const bool write = operation == Operation::Put || operation == Operation::Delete || operation == Operation::Bulk;
    if (collection == Collection::Registrations)
        return write ? AccessRight::RegistrationStatusWrite : AccessRight::RegistrationStatusRead;
    return write ? AccessRight::EnrollmentWrite : AccessRight::EnrollmentRead;
}

HttpResponse DpsService::handle(const HttpRequest &request)
{
    // Route first: an unknown path is a 404 whatever the credentials.
    const QStringList &segments = request.segments;
    const QString root = segments.isEmpty() ? QString() : segments.first().toLower();
    Collection collection;
    if (root == u"enrollments")
        collection = Collection::Enrollments;
    else if (root == u"enrollmentgroups")
        collection = Collection::Groups;
    else if (root == u"registrations")
        collection = Collection::Registrations;
    else
        return DpsHttp::error(AzureError::dps(404000, QStringLiteral("NotFound"),
                                              QStringLiteral("no DPS service route '/%1'").arg(segments.join(u'/'))));

    const QByteArray &method = request.method;
    const auto notAllowed = [&] {
        return DpsHttp::error(AzureError::dps(405000, QStringLiteral("MethodNotAllowed"),
                                              QStringLiteral("%1 is not allowed on '/%2'")
                                                  .arg(QString::fromLatin1(method), segments.join(u'/'))));
    };
    std::optional<Operation> operation;
    QString id;
    if (segments.size() == 1) {
        if (collection == Collection::Registrations)
            return DpsHttp::error(AzureError::dps(404000, QStringLiteral("NotFound"),
                                                  QStringLiteral("'/registrations' needs a registration ID")));
        if (method != "POST")
            return notAllowed();
        operation = Operation::Bulk;
    } else if (segments.size() == 2) {
        id = segments.at(1);
        if (method == "POST" && id.compare(u"query", Qt::CaseInsensitive) == 0 && collection != Collection::Registrations)
            operation = Operation::Query;
        else if (method == "GET")
            operation = Operation::Get;
        else if (method == "PUT" && collection != Collection::Registrations)
            operation = Operation::Put;
        else if (method == "DELETE")
            operation = Operation::Delete;
        else
            return notAllowed();
    } else if (segments.size() == 3) {
        id = segments.at(1);
        const QString tail = segments.at(2).toLower();
        if (collection == Collection::Registrations && tail == u"query")
            operation = Operation::Query;
        else if (collection != Collection::Registrations && tail == u"attestationmechanism")
            operation = Operation::Attestation;
        else
            return DpsHttp::error(AzureError::dps(404000, QStringLiteral("NotFound"),
                                                  QStringLiteral("no DPS service route '/%1'").arg(segments.join(u'/'))));
        if (method != "POST")
            return notAllowed();
    } else {
        return DpsHttp::error(AzureError::dps(404000, QStringLiteral("NotFound"),
                                              QStringLiteral("no DPS service route '/%1'").arg(segments.join(u'/'))));
    }

    if (AzureError e = DpsHttp::checkApiVersion(request, DpsHttp::Api::Service))
        return DpsHttp::error(e);
    const AccessCheck access = m_policies->check(request.header("authorization"), m_store->hostName(),
                                                 rightsFor(collection, *operation));
    if (!access.granted)
        return DpsHttp::error(ErrorCodes::DpsUnauthorized, access.reason.isEmpty() ? QStringLiteral("unauthorized")
                                                                                   : access.reason);
    if (m_quota) {
        if (const std::optional<qint64> waitMs = m_quota->admit(QuotaClass::DpsServiceOperations)) {
            AzureError throttled = AzureError::dps(ErrorCodes::DpsThrottled,
                                                   QStringLiteral("DPS service operations are throttled for instance '%1'; "
                                                                  "retry after the Retry-After interval")
                                                       .arg(m_store->name()));
            throttled.setRetryAfterMs(qMax<qint64>(1000, *waitMs));
            return DpsHttp::error(throttled);
        }
    }

    switch (*operation) {
    case Operation::Get:
        return get(collection, id);
    case Operation::Put:
        return put(collection, id, request);
    case Operation::Delete:
        return remove(collection, id, request);
    case Operation::Query:
        return query(collection, id, request);
    case Operation::Bulk:
        return bulk(collection, request);
    case Operation::Attestation:
        return attestation(collection, id);
    }
    return notAllowed();
}

HttpResponse DpsService::get(Collection collection, const QString &id)
{
    if (collection == Collection::Enrollments) {
        const auto outcome = m_store->enrollment(id);
        return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
    }
    if (collection == Collection::Groups) {
        const auto outcome = m_store->enrollmentGroup(id);
        return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
    }
    const auto outcome = m_store->registrationState(id);
    return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
}

HttpResponse DpsService::put(Collection collection, const QString &id, const HttpRequest &request)
{
    QJsonObject body;
    if (AzureError e = DpsHttp::parseObject(request.body, &body))
        return DpsHttp::error(e);
    const QString ifMatch = EtagMatch::normalize(request.header("if-match"));
    const bool isGroup = collection == Collection::Groups;
    const QLatin1StringView idField = isGroup ? QLatin1StringView("enrollmentGroupId") : QLatin1StringView("registrationId");
    // The ID is in the path already: a body without it means the same record; one with another
    // ID is a mistake that must change nothing.
    const QJsonValue bodyId = body.value(idField);
    if (bodyId.isUndefined() || bodyId.isNull())
        body.insert(idField, id);
    else if (!bodyId.isString() || bodyId.toString().compare(id, Qt::CaseInsensitive) != 0)
        return DpsHttp::error(ErrorCodes::DpsBadRequest,
                              QStringLiteral("%1 '%2' in the body differs from '%3' in the path")
                                  .arg(idField, bodyId.isString() ? bodyId.toString() : QStringLiteral("(not a string)"), id));
    QString problem;
    if (isGroup) {
        const std::optional<EnrollmentGroup> group = EnrollmentGroup::fromJson(body, &problem, JsonParseMode::Strict);
        if (!group)
            return DpsHttp::error(ErrorCodes::DpsBadRequest, problem);
        const auto outcome = m_store->putEnrollmentGroup(*group, ifMatch);
        return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
    }
    const std::optional<IndividualEnrollment> enrollment = IndividualEnrollment::fromJson(body, &problem, JsonParseMode::Strict);
    if (!enrollment)
        return DpsHttp::error(ErrorCodes::DpsBadRequest, problem);
    const auto outcome = m_store->putEnrollment(*enrollment, ifMatch);
    return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
}

HttpResponse DpsService::remove(Collection collection, const QString &id, const HttpRequest &request)
{
    const QString ifMatch = EtagMatch::normalize(request.header("if-match"));
    AzureError error;
    if (collection == Collection::Enrollments)
        error = m_store->deleteEnrollment(id, ifMatch);
    else if (collection == Collection::Groups)
        error = m_store->deleteEnrollmentGroup(id, ifMatch);
    else
        error = m_store->deleteRegistrationState(id, ifMatch);
    return error ? DpsHttp::error(error) : HttpResponse::empty(204);
}

HttpResponse DpsService::query(Collection collection, const QString &groupId, const HttpRequest &request)
{
    if (AzureError e = checkQuerySpecification(request.body))
        return DpsHttp::error(e);
    int size = 0;
    if (AzureError e = DpsHttp::pageSize(request, DefaultPageSize, DpsStore::MaxPageSize, &size))
        return DpsHttp::error(e);
    // A registration query's cursor is only meaningful for its own group.
    const QString list = collection == Collection::Registrations ? listName(2) + u'/' + groupId.toLower()
                                                                 : listName(int(collection));
    qsizetype cursor = 0;
    if (AzureError e = DpsHttp::continuation(request, list, &cursor))
        return DpsHttp::error(e);
    QJsonArray rows;
    QString itemType;
    if (collection == Collection::Enrollments) {
        for (const IndividualEnrollment &e : m_store->enrollmentPage(&cursor, size))
            rows.append(e.toJson());
        itemType = QStringLiteral("enrollment");
    } else if (collection == Collection::Groups) {
        for (const EnrollmentGroup &g : m_store->enrollmentGroupPage(&cursor, size))
            rows.append(g.toJson());
        itemType = QStringLiteral("enrollmentGroup");
    } else {
        const auto outcome = m_store->registrationPage(groupId, &cursor, size);
        if (!outcome.ok())
            return DpsHttp::error(outcome.error);
        for (const DeviceRegistrationState &s : *outcome.value)
            rows.append(s.toJson());
        itemType = QStringLiteral("deviceRegistration");
    }
    return DpsHttp::page(rows, itemType, size, list, cursor);
}

HttpResponse DpsService::attestation(Collection collection, const QString &id)
{
    if (collection == Collection::Enrollments) {
        const auto outcome = m_store->enrollment(id);
        return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->attestation.toJson()))
                            : DpsHttp::error(outcome.error);
    }
    const auto outcome = m_store->enrollmentGroup(id);
    return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->attestation.toJson()))
                        : DpsHttp::error(outcome.error);
}

HttpResponse DpsService::bulk(Collection collection, const HttpRequest &request)
{
    QJsonObject body;
    if (AzureError e = DpsHttp::parseObject(request.body, &body))
        return DpsHttp::error(e);
    const bool groups = collection == Collection::Groups;
    const QString listField = groups ? QStringLiteral("enrollmentGroups") : QStringLiteral("enrollments");
    const QString idField = groups ? QStringLiteral("enrollmentGroupId") : QStringLiteral("registrationId");
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != u"mode" && it.key() != listField)
            return DpsHttp::error(ErrorCodes::DpsBadRequest,
                                  QStringLiteral("bulk operation: unknown field '%1' (expected 'mode' and '%2')").arg(it.key(), listField));
    }
    const std::optional<BulkEnrollmentMode> mode = fromString<BulkEnrollmentMode>(body.value(QLatin1StringView("mode")).toString());
    if (!mode)
        return DpsHttp::error(ErrorCodes::DpsBadRequest,
                              QStringLiteral("bulk operation: field 'mode' must be %1").arg(allowedValues<BulkEnrollmentMode>()));
    if (!body.value(listField).isArray())
        return DpsHttp::error(ErrorCodes::DpsBadRequest,
                              QStringLiteral("bulk operation: field '%1' must be an array").arg(listField));
    const QJsonArray array = body.value(listField).toArray();
    QList<DpsStore::BulkItem> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("bulk operation: %1[%2]").arg(listField).arg(i);
        if (!array.at(i).isObject())
            return DpsHttp::error(ErrorCodes::DpsBadRequest, where + QStringLiteral(" must be an object"));
        const QJsonObject item = array.at(i).toObject();
        DpsStore::BulkItem bulkItem;
        bulkItem.id = item.value(idField).toString();
        if (bulkItem.id.isEmpty())
            return DpsHttp::error(ErrorCodes::DpsBadRequest, where + QStringLiteral(" needs '%1'").arg(idField));
        if (item.value(QLatin1StringView("etag")).isString())
            bulkItem.etag = EtagMatch::normalize(item.value(QLatin1StringView("etag")).toString().toUtf8());
        // A delete names its record; the other modes carry a whole record, checked like a PUT.
        if (*mode != BulkEnrollmentMode::Delete) {
            QString problem;
            if (groups)
                bulkItem.group = EnrollmentGroup::fromJson(item, &problem, JsonParseMode::Strict);
            else
                bulkItem.enrollment = IndividualEnrollment::fromJson(item, &problem, JsonParseMode::Strict);
            if (!bulkItem.group && !bulkItem.enrollment)
                return DpsHttp::error(ErrorCodes::DpsBadRequest, where + QStringLiteral(": ") + problem);
        }
        items.append(bulkItem);
    }
    const auto outcome = m_store->runBulkOperation(*mode, groups, items);
    return outcome.ok() ? HttpResponse::json(200, QJsonDocument(outcome.value->toJson())) : DpsHttp::error(outcome.error);
}

} // namespace StampDeck::Emulator
