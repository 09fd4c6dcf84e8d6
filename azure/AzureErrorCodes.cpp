#include "AzureErrorCodes.h"

namespace StampDeck::Azure {

namespace {

using K = AzureErrorKind;
using S = AzureService;
using L = QLatin1StringView;

// One table for every code StampDeck knows. Hub rows: AZURE_WIRE_SOURCES.md §2.9 (C# ErrorCode.cs,
// troubleshoot-error-codes.md). DPS rows: see the note in AzureErrorCodes.h. Shared rows (generic
// codes, 401002, 412001, 429001, 500001, 503001) have service Unknown: both services use them.
const AzureErrorCodeInfo Table[] = {
    {400000, L("GenericBadRequest"), 400, K::BadRequest, S::Unknown, L("The request is not valid.")},
    {400004, L("ArgumentInvalid"), 400, K::BadRequest, S::IotHub, L("An argument of the request is not valid.")},
    {400013, L("BulkRegistryOperationFailure"), 400, K::BadRequest, S::IotHub, L("The bulk registry operation failed.")},
    {400023, L("EtagDoesNotMatch"), 400, K::PreconditionFailed, S::IotHub, L("The etag does not match.")},
    {400201, L("InvalidEndorsementKey"), 400, K::BadRequest, S::Dps, L("The endorsement key is not valid.")},
    {400202, L("InvalidRegistrationId"), 400, K::BadRequest, S::Dps, L("The registration ID is not valid.")},
    {400204, L("InvalidEnrollmentGroupId"), 400, K::BadRequest, S::Dps, L("The enrollment group ID is not valid.")},
    {400205, L("TooManyEnrollments"), 400, K::TooManyDevices, S::Dps, L("A bulk operation takes at most 10 enrollments.")},
    {400206, L("RegistrationIdDefinedMultipleTimes"), 400, K::BadRequest, S::Dps, L("A registration ID appears more than once.")},
    {401000, L("GenericUnauthorized"), 401, K::Unauthorized, S::Unknown, L("Unauthorized.")},
    {401002, L("IotHubUnauthorizedAccess"), 401, K::Unauthorized, S::Unknown, L("Unauthorized.")},
    {401003, L("IotHubUnauthorized"), 401, K::Unauthorized, S::IotHub, L("Unauthorized.")},
    {403000, L("GenericForbidden"), 403, K::Forbidden, S::Unknown, L("Forbidden.")},
    {403002, L("IotHubQuotaExceeded"), 403, K::Forbidden, S::IotHub, L("The IoT hub quota is exceeded.")},
    {403003, L("JobQuotaExceeded"), 403, K::Forbidden, S::IotHub, L("The job quota is exceeded.")},
    {404000, L("GenericNotFound"), 404, K::NotFound, S::Unknown, L("Not found.")},
    {404001, L("DeviceNotFound"), 404, K::NotFound, S::IotHub, L("The device does not exist.")},
    {404010, L("ModuleNotFound"), 404, K::NotFound, S::IotHub, L("The module does not exist.")},
    {404103, L("DeviceNotOnline"), 404, K::DeviceNotOnline, S::IotHub, L("The device is not online.")},
    {404201, L("EnrollmentNotFound"), 404, K::NotFound, S::Dps, L("The enrollment does not exist.")},
    {404202, L("DeviceRegistrationNotFound"), 404, K::NotFound, S::Dps, L("The device registration does not exist.")},
    {404203, L("AsyncOperationNotFound"), 404, K::NotFound, S::Dps, L("The operation does not exist.")},
    {404204, L("EnrollmentGroupNotFound"), 404, K::NotFound, S::Dps, L("The enrollment group does not exist.")},
    {408000, L("GenericTimeout"), 408, K::Timeout, S::Unknown, L("The request timed out.")},
    {409000, L("GenericConflict"), 409, K::Conflict, S::Unknown, L("Conflict.")},
    {409001, L("DeviceAlreadyExists"), 409, K::Conflict, S::IotHub, L("The device already exists.")},
    {409201, L("EnrollmentConflict"), 409, K::Conflict, S::Dps, L("The enrollment already exists.")},
    {409202, L("EnrollmentGroupConflict"), 409, K::Conflict, S::Dps, L("The enrollment group already exists.")},
    {409203, L("RegistrationStatusConflict"), 409, K::Conflict, S::Dps, L("The registration status conflicts.")},
    {409301, L("ModuleAlreadyExistsOnDevice"), 409, K::Conflict, S::IotHub, L("The module already exists on the device.")},
    {412000, L("GenericPreconditionFailed"), 412, K::PreconditionFailed, S::Unknown, L("Precondition failed.")},
    {412001, L("PreconditionFailed"), 412, K::PreconditionFailed, S::Unknown, L("The etag does not match.")},
    {412002, L("DeviceMessageLockLost"), 412, K::PreconditionFailed, S::IotHub, L("The message lock was lost.")},
    {413000, L("GenericRequestEntityTooLarge"), 413, K::TooManyDevices, S::Unknown, L("The request is too large.")},
    {413002, L("TooManyDevices"), 413, K::TooManyDevices, S::IotHub, L("A bulk operation takes at most 100 devices.")},
    {415000, L("GenericUnsupportedMediaType"), 415, K::UnsupportedMediaType, S::Unknown, L("Unsupported media type.")},
    {429000, L("GenericTooManyRequests"), 429, K::Throttled, S::Unknown, L("Too many requests.")},
    {429001, L("ThrottlingException"), 429, K::Throttled, S::Unknown, L("Too many requests; slow down.")},
    {429002, L("ThrottleBacklogLimitExceeded"), 429, K::Throttled, S::IotHub, L("The throttle backlog is full.")},
    {429003, L("ThrottlingBacklogTimeout"), 429, K::Throttled, S::IotHub, L("The throttled request timed out in the backlog.")},
    {429004, L("ThrottlingMaxActiveJobCountExceeded"), 429, K::Throttled, S::IotHub, L("Too many active jobs.")},
    {429005, L("DeviceThrottlingLimitExceeded"), 429, K::Throttled, S::IotHub, L("The device is throttled.")},
    {500000, L("GenericServerError"), 500, K::ServerError, S::Unknown, L("Internal server error.")},
    {500001, L("ServerError"), 500, K::ServerError, S::Unknown, L("Internal server error.")},
    {502000, L("GenericBadGateway"), 502, K::Unavailable, S::Unknown, L("Bad gateway.")},
    {503000, L("GenericServiceUnavailable"), 503, K::Unavailable, S::Unknown, L("The service is unavailable.")},
    {503001, L("ServiceUnavailable"), 503, K::Unavailable, S::Unknown, L("The service is unavailable.")},
    {503005, L("ServerBusy"), 503, K::Unavailable, S::IotHub, L("The server is busy.")},
    {504000, L("GenericGatewayTimeout"), 504, K::Unavailable, S::Unknown, L("Gateway timeout.")},
};

} // namespace

namespace AzureErrorCodeTable {

std::optional<AzureErrorCodeInfo> find(int code, AzureService preferred)
{
    std::optional<AzureErrorCodeInfo> found;
    for (const AzureErrorCodeInfo &info : Table) {
        if (info.code != code)
            continue;
        if (info.service == preferred || preferred == AzureService::Unknown)
            return info;
        if (!found)
            found = info;
    }
    return found;
}

std::optional<AzureErrorCodeInfo> findByName(QStringView name, AzureService preferred)
{
    std::optional<AzureErrorCodeInfo> found;
    for (const AzureErrorCodeInfo &info : Table) {
        if (name.compare(info.name, Qt::CaseInsensitive) != 0)
            continue;
        if (info.service == preferred || info.service == AzureService::Unknown)
            return info;
        if (!found)
            found = info;
    }
    return found;
}

QList<AzureErrorCodeInfo> all()
{
    return QList<AzureErrorCodeInfo>(std::begin(Table), std::end(Table));
}

AzureErrorKind kindForHttpStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400: return K::BadRequest;
    case 401: return K::Unauthorized;
    case 403: return K::Forbidden;
    case 404: return K::NotFound;
    case 408: return K::Timeout;
    case 409: return K::Conflict;
    case 412: return K::PreconditionFailed;
    case 413: return K::TooManyDevices;
    case 415: return K::UnsupportedMediaType;
    case 429: return K::Throttled;
    case 500: return K::ServerError;
    case 502:
    case 503:
    case 504: return K::Unavailable;
    default: break;
    }
    if (httpStatus >= 200 && httpStatus < 400)
        return K::None;
    if (httpStatus >= 400 && httpStatus < 500)
        return K::BadRequest;
    if (httpStatus >= 500 && httpStatus < 600)
        return K::ServerError;
    return K::Unknown;
}

AzureErrorKind kindForCode(int code)
{
    if (const std::optional<AzureErrorCodeInfo> info = find(code))
        return info->kind;
    return kindForHttpStatus(code / 1000);
}

QLatin1StringView kindName(AzureErrorKind kind)
{
    switch (kind) {
    case K::None: return L("no error");
    case K::BadRequest: return L("bad request");
    case K::Unauthorized: return L("unauthorized");
    case K::Forbidden: return L("forbidden");
    case K::NotFound: return L("not found");
    case K::DeviceNotOnline: return L("device not online");
    case K::Conflict: return L("conflict");
    case K::PreconditionFailed: return L("precondition failed");
    case K::TooManyDevices: return L("too many devices");
    case K::UnsupportedMediaType: return L("unsupported media type");
    case K::Throttled: return L("throttled");
    case K::ServerError: return L("server error");
    case K::Unavailable: return L("service unavailable");
    case K::Timeout: return L("timeout");
    case K::Network: return L("network error");
    case K::Cancelled: return L("cancelled");
    case K::InvalidResponse: return L("invalid response");
    case K::Unknown: break;
    }
    return L("unknown error");
}

} // namespace AzureErrorCodeTable

} // namespace StampDeck::Azure
