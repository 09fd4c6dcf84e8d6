#pragma once

#include "AzureErrorCodes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// Raw HTTP headers, the type QNetworkReply::rawHeaderPairs() returns.
using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// A typed error from an IoT hub or DPS, or from the way there (network, timeout, cancel).
//
// Parsing (fromResponse) understands:
//  - hub legacy:  {"Message":"ErrorCode:DeviceNotFound;text","ExceptionMessage":"Tracking ID:..."}
//  - hub newer:   {"Message":"{\"errorCode\":404001,\"trackingId\":..,\"message\":..}", ...}
//  - DPS:         {"errorCode":404201,"trackingId":"..","message":"..","info":{},"timestampUtc":".."}
//  - headers iothub-errorcode (hub, a code name), x-ms-error-code (DPS, a number or name),
//    Retry-After (seconds, or an HTTP date), and bodies that are empty or not JSON.
//
// Building (for the emulator): AzureError::hub(...) / AzureError::dps(...) then
// toHubResponseBody()/hubResponseHeaders() or toDpsResponseBody()/dpsResponseHeaders().
// The hub body is the legacy shape, because Node's azure-iot-http-base parseErrorBody reads the
// name after "ErrorCode:" from Message and the C# SDK falls back to that same form when Message is
// not JSON (ExceptionHandlingHelper); the header iothub-errorcode carries the name as well (what
// the C# SDK reads first). DPS errors carry x-ms-error-code with the numeric code, as the swagger
// declares on every error response.
class AzureError
{
public:
    AzureError() = default; // no error: kind() == AzureErrorKind::None
    AzureError(AzureErrorKind kind, int httpStatus, int code, const QString &codeName, const QString &message);

    // Errors of the services; name, status and kind come from the code table when not given.
    static AzureError hub(int code, const QString &message = {});
    static AzureError hub(int code, const QString &codeName, const QString &message);
    static AzureError dps(int code, const QString &message = {});
    static AzureError dps(int code, const QString &codeName, const QString &message);
    // Errors on the way.
    static AzureError network(const QString &message);
    static AzureError timeout(const QString &message = {});
    static AzureError cancelled();
    static AzureError invalidResponse(const QString &message);

    // Parses an error answer: status first, then the headers, then the body (either service).
    static AzureError fromResponse(int httpStatus, const HttpHeaderList &headers, const QByteArray &body);

    bool isError() const { return m_kind != AzureErrorKind::None; }
    explicit operator bool() const { return isError(); }

    AzureErrorKind kind() const { return m_kind; }
    AzureService service() const { return m_service; }
    int httpStatus() const { return m_httpStatus; }         // 0 when no HTTP answer
    int code() const { return m_code; }                     // 6-digit code, 0 when unknown
    QString codeName() const { return m_codeName; }         // "DeviceNotFound", empty when unknown
    QString message() const { return m_message; }
    QString trackingId() const { return m_trackingId; }
    QDateTime timestamp() const { return m_timestamp; }     // UTC, invalid when unknown
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }
    QJsonObject info() const { return m_info; }             // DPS "info"

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setMessage(const QString &message) { m_message = message; }
    void setTrackingId(const QString &trackingId) { m_trackingId = trackingId; }
    void setTimestamp(const QDateTime &timestamp) { m_timestamp = timestamp; }
    void setRetryAfterMs(std::optional<qint64> ms) { m_retryAfterMs = ms; }
    void setInfo(const QJsonObject &info) { m_info = info; }
    void setService(AzureService service) { m_service = service; }

    // Throttled, Unavailable, ServerError, Timeout and Network errors may be retried.
    bool isTransient() const;

    // One line for logs and the UI: "DeviceNotFound (404001, HTTP 404): text [tracking id ...]".
    QString toString() const;

    // --- building answers (emulator) ---
    // {"Message":"ErrorCode:<Name>;<message>","ExceptionMessage":"Tracking ID:<id>-G:0-TimeStamp:<MM/dd/yyyy HH:mm:ss>"}
    QByteArray toHubResponseBody() const;
    // Content-Type: application/json; charset=utf-8, iothub-errorcode: <Name>, Retry-After (seconds) when set.
    HttpHeaderList hubResponseHeaders() const;
    // {"errorCode":<code>,"trackingId":"<id>","message":"<message>","info":{..},"timestampUtc":"<ISO 8601>"}
    QByteArray toDpsResponseBody() const;
    // Content-Type: application/json; charset=utf-8, x-ms-error-code: <code>, Retry-After (seconds) when set.
    HttpHeaderList dpsResponseHeaders() const;

    // A fresh tracking id: 32 lowercase hex digits (no dashes).
    static QString newTrackingId();

private:
    void fillFromTable();

    AzureErrorKind m_kind = AzureErrorKind::None;
    AzureService m_service = AzureService::Unknown;
    int m_httpStatus = 0;
    int m_code = 0;
    QString m_codeName;
    QString m_message;
    QString m_trackingId;
    QDateTime m_timestamp;
    std::optional<qint64> m_retryAfterMs;
    QJsonObject m_info;
};

} // namespace StampDeck::Azure
