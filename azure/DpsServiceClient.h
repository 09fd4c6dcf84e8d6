#pragma once

#include "AzureCall.h"
#include "AzureEndpoint.h"
#include "BulkRunner.h"
#include "DeviceRegistrationState.h"
#include "EnrollmentGroup.h"
#include "IndividualEnrollment.h"
#include "QueryPager.h"
#include "WireEnums.h"

#include <QObject>

namespace StampDeck::Azure {

class AzureTransport;

// The DPS service API (api-version 2021-10-01): individual enrollments, enrollment groups,
// registration states, their queries and the bulk enrollment operation. Calls return at once
// with a call object (AzureCall); the transport paces them as DPS service operations (every item
// of a bulk call counts) and retries where safe.
//
// Writes: createOrUpdate PUTs without If-Match when the record has no etag (DPS creates or
// replaces: repeating it leaves the same record, so it is retried freely) and with If-Match when
// it has one. Bulk "create" is checked after an ambiguous retry like the hub's: an enrollment that
// "already exists" is read back and counted as ours when it holds the attestation we sent
// (symmetric keys are made on the client when absent, as for hub creates).
class DpsServiceClient : public QObject
{
    Q_OBJECT
public:
    // The API's limit for one bulk call.
    static constexpr int MaxBulkItems = 10;

    DpsServiceClient(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent = nullptr);

    const AzureEndpoint &endpoint() const { return m_endpoint; }

    AzureResult<IndividualEnrollment> *getEnrollment(const QString &registrationId);
    AzureResult<IndividualEnrollment> *createOrUpdateEnrollment(IndividualEnrollment enrollment);
    AzureCompletion *deleteEnrollment(const QString &registrationId, const QString &ifMatch = {});
    QueryPager *queryEnrollments(const QString &query = QStringLiteral("*"), int pageSize = 100, QObject *parent = nullptr);

    AzureResult<EnrollmentGroup> *getEnrollmentGroup(const QString &groupId);
    AzureResult<EnrollmentGroup> *createOrUpdateEnrollmentGroup(EnrollmentGroup group);
    AzureCompletion *deleteEnrollmentGroup(const QString &groupId, const QString &ifMatch = {});
    QueryPager *queryEnrollmentGroups(const QString &query = QStringLiteral("*"), int pageSize = 100, QObject *parent = nullptr);

    // POST /enrollments, chunks of at most MaxBulkItems.
    BulkCall *runEnrollmentBulk(BulkEnrollmentMode mode, QList<IndividualEnrollment> enrollments);
    // POST /enrollmentGroups, chunks of at most MaxBulkItems.
    BulkCall *runEnrollmentGroupBulk(BulkEnrollmentMode mode, QList<EnrollmentGroup> groups);

    AzureResult<DeviceRegistrationState> *getRegistrationState(const QString &registrationId);
    AzureCompletion *deleteRegistrationState(const QString &registrationId, const QString &ifMatch = {});
    // POST /registrations/{groupId}/query: the registration states of one enrollment group.
    QueryPager *queryRegistrationStates(const QString &enrollmentGroupId, int pageSize = 100, QObject *parent = nullptr);

private:
    AzureRequest request(const QByteArray &method, const QString &path, RequestSafety safety) const;
    AzureCompletion *remove(const QString &path, const QString &ifMatch);
    QueryPager *query(const QString &path, const QString &query, int pageSize, QObject *parent);
    BulkCall *runBulk(BulkEnrollmentMode mode, const QString &path, const QString &listName, QList<QJsonObject> items,
                      QStringList ids, QHash<QString, QString> sentKeys, bool groups);

    AzureTransport *m_transport;
    AzureEndpoint m_endpoint;
};

} // namespace StampDeck::Azure
