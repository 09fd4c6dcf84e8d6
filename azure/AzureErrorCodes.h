#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QStringView>

#include <optional>

namespace StampDeck::Azure {

// The category of an Azure error, what a caller decides on (retry, ask the user, give up).
enum class AzureErrorKind {
    None,               // no error
    BadRequest,         // 400: argument invalid, malformed body
    Unauthorized,       // 401: SAS missing, expired, wrong signature
    Forbidden,          // 403: quota exceeded, too many devices in the hub (Node: TooManyDevicesError)
    NotFound,           // 404: device, enrollment, registration not found
    DeviceNotOnline,    // 404103: a direct method target is not connected
    Conflict,           // 409: already exists
    PreconditionFailed, // 412: etag mismatch
    TooManyDevices,     // 413002: bulk call over the size limit
    UnsupportedMediaType, // 415
    Throttled,          // 429: slow down, honour Retry-After when given
    ServerError,        // 500
    Unavailable,        // 502, 503, 504
    Timeout,            // no answer in time (408 or a client-side timeout)
    Network,            // connection refused, TLS failure, reset
    Cancelled,          // the caller cancelled the request
    InvalidResponse,    // the answer could not be understood
    Unknown,
};

// Which service an error belongs to (the body shape differs).
enum class AzureService { Unknown, IotHub, Dps };

// One row of the known error code table.
struct AzureErrorCodeInfo
{
    int code = 0;              // 6-digit code, e.g. 404001
    QLatin1StringView name;    // e.g. "DeviceNotFound"
    int httpStatus = 0;        // e.g. 404
    AzureErrorKind kind = AzureErrorKind::Unknown;
    AzureService service = AzureService::Unknown;
    QLatin1StringView defaultMessage;
};

// Every code StampDeck knows, in one table (AZURE_WIRE_SOURCES.md §2.9 for the hub; DPS codes from
// user reports, §3.3). Generic codes (400000, 404000, ...) use the status with "000".
namespace ErrorCodes {
inline constexpr int ArgumentInvalid = 400004;
inline constexpr int BadRequest = 400000;
inline constexpr int BulkRegistryOperationFailure = 400013;
inline constexpr int EtagDoesNotMatch = 400023;
inline constexpr int Unauthorized = 401000;
inline constexpr int IotHubUnauthorizedAccess = 401002;
inline constexpr int IotHubUnauthorized = 401003;
inline constexpr int IotHubQuotaExceeded = 403002;
inline constexpr int JobQuotaExceeded = 403003;
inline constexpr int DeviceNotFound = 404001;
inline constexpr int ModuleNotFound = 404010;
inline constexpr int DeviceNotOnline = 404103;
inline constexpr int DeviceAlreadyExists = 409001;
inline constexpr int ModuleAlreadyExistsOnDevice = 409301;
inline constexpr int PreconditionFailed = 412001;
inline constexpr int DeviceMessageLockLost = 412002;
inline constexpr int TooManyDevices = 413002;
inline constexpr int GenericTooManyRequests = 429000;
inline constexpr int ThrottlingException = 429001;
inline constexpr int ThrottleBacklogLimitExceeded = 429002;
inline constexpr int ThrottlingBacklogTimeout = 429003;
inline constexpr int ThrottlingMaxActiveJobCountExceeded = 429004;
inline constexpr int DeviceThrottlingLimitExceeded = 429005;
inline constexpr int ServerError = 500001;
inline constexpr int ServiceUnavailable = 503001;
inline constexpr int ServerBusy = 503005;
// DPS. Microsoft publishes no table. Users report 404201 and 404202 (MicrosoftDocs/azure-docs#57082).
// The names come from the hub swagger's ErrorCode enum (azure-iot-sdk-node service/src/pl/models/index.ts),
// whose order follows the numbers (DeviceNotOnline 404103 is followed by EnrollmentNotFound,
// DeviceRegistrationNotFound, ...); the numbers below are inferred from that order (UNCONFIRMED).
// Clients must decide on kind(), not on these numbers.
inline constexpr int DpsInvalidEndorsementKey = 400201;
inline constexpr int DpsInvalidRegistrationId = 400202;
inline constexpr int DpsInvalidEnrollmentGroupId = 400204;
inline constexpr int DpsTooManyEnrollments = 400205;           // bulk call over 10 items
inline constexpr int DpsRegistrationIdDefinedMultipleTimes = 400206;
inline constexpr int DpsBadRequest = 400000;                  // generic
inline constexpr int DpsUnauthorized = 401002;                // SAS rejected (IotHubUnauthorizedAccess)
inline constexpr int DpsEnrollmentNotFound = 404201;
inline constexpr int DpsDeviceRegistrationNotFound = 404202;
inline constexpr int DpsAsyncOperationNotFound = 404203;      // unknown operationId
inline constexpr int DpsEnrollmentGroupNotFound = 404204;
inline constexpr int DpsEnrollmentConflict = 409201;
inline constexpr int DpsEnrollmentGroupConflict = 409202;
inline constexpr int DpsRegistrationStatusConflict = 409203;
inline constexpr int DpsPreconditionFailed = 412001;          // etag mismatch (PreconditionFailed)
inline constexpr int DpsThrottled = 429001;                   // ThrottlingException
inline constexpr int DpsServerError = 500001;
inline constexpr int DpsServiceUnavailable = 503001;
} // namespace ErrorCodes

namespace AzureErrorCodeTable {
// Looks a code up by number, preferring the given service when both use it; nullopt if unknown.
std::optional<AzureErrorCodeInfo> find(int code, AzureService preferred = AzureService::Unknown);
// Every row of the table.
QList<AzureErrorCodeInfo> all();
// Looks a code up by name (case-insensitive), preferring the given service; nullopt if unknown.
std::optional<AzureErrorCodeInfo> findByName(QStringView name, AzureService preferred = AzureService::IotHub);
// The kind for an HTTP status when no code is known (400 -> BadRequest, 404 -> NotFound, ...).
AzureErrorKind kindForHttpStatus(int httpStatus);
// The kind for a 6-digit code: the table entry, else derived from the first three digits.
AzureErrorKind kindForCode(int code);
// Human-readable name of a kind ("not found", "throttled").
QLatin1StringView kindName(AzureErrorKind kind);
} // namespace AzureErrorCodeTable

} // namespace StampDeck::Azure
