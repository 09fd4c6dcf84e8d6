#pragma once

#include "server/AccessPolicies.h"
#include "server/HttpTypes.h"

#include "AzureError.h"

namespace StampDeck::Emulator {

class DpsStore;
class QuotaGate;

// The DPS service REST API of one instance (service.json 2021-10-01, AZURE_WIRE_SOURCES §3):
// individual enrollments, enrollment groups (get, create/update with If-Match, delete, query with
// paging, bulk, attestation mechanism) and registration states (get, delete, per-group query).
// Every request is checked in this order: route (404/405), api-version, SAS with the rights the
// operation needs (401), the instance's DpsServiceOperations quota (429 + Retry-After), then the
// body (400, nothing changes). Paths are matched case-insensitively: the Node SDK lower-cases
// /enrollmentgroups/{id}/attestationmechanism.
class DpsService : public RequestHandler
{
public:
    DpsService(DpsStore *store, AccessPolicies *policies, QuotaGate *quota);

    HttpResponse handle(const HttpRequest &request) override;

    static constexpr int DefaultPageSize = 100;

private:
    enum class Collection { Enrollments, Groups, Registrations };
    enum class Operation { Get, Put, Delete, Query, Bulk, Attestation };

    HttpResponse get(Collection collection, const QString &id);
    HttpResponse put(Collection collection, const QString &id, const HttpRequest &request);
    HttpResponse remove(Collection collection, const QString &id, const HttpRequest &request);
    HttpResponse query(Collection collection, const QString &groupId, const HttpRequest &request);
    HttpResponse bulk(Collection collection, const HttpRequest &request);
    HttpResponse attestation(Collection collection, const QString &id);

    static AccessRights rightsFor(Collection collection, Operation operation);

    DpsStore *m_store;
    AccessPolicies *m_policies;
    QuotaGate *m_quota;
};

} // namespace StampDeck::Emulator
