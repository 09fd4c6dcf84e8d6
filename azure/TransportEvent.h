#pragma once

#include "AzureErrorCodes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// What the transport tells observers (status bar, log panel) about one finished attempt of a
// request. Holds no secret by construction: the path without its query string, never a header,
// never the SAS, never a body; message is the service's or the network's short error text.
struct TransportEvent
{
    QDateTime time; // UTC, when the attempt finished
    QString endpointId; // AzureEndpoint::id(): pacing lane and statistics key
    QString host; // host name as configured (with the port for the emulator)
    QByteArray method; // "GET"
    QString path; // "/devices/d1", no query string
    int httpStatus = 0; // 0: no HTTP answer (network error, timeout, never sent)
    AzureErrorKind errorKind = AzureErrorKind::None;
    int errorCode = 0; // 6-digit code, 0 when unknown
    QString errorName; // "DeviceNotFound", "ThrottlingException", empty on success
    QString message; // short, at most MaxMessageLength characters
    int attempt = 0; // 1 for the first attempt; 0 when nothing was sent
    bool willRetry = false; // the transport schedules another attempt
    qint64 retryDelayMs = 0; // when willRetry: the wait before the next attempt
    qint64 durationMs = 0; // send to answer of this attempt
    bool throttled = false; // HTTP 429
    std::optional<qint64> retryAfterMs; // the service's Retry-After, when it sent one

    static constexpr int MaxMessageLength = 240;

    bool isSuccess() const { return errorKind == AzureErrorKind::None; }
    bool isServerError() const { return httpStatus >= 500; }
    bool isNetworkError() const { return httpStatus == 0 && !isSuccess(); }
    // A failure an operator should see: server and network errors, timeouts, refused keys, and
    // a 429 the transport gave up on. Not the answers clients expect and handle (404, 409, 412).
    bool isFailure() const
    {
        if (isSuccess())
            return false;
        if (throttled)
            return !willRetry;
        return httpStatus == 0 || httpStatus >= 500 || httpStatus == 401 || httpStatus == 403;
    }
};

} // namespace StampDeck::Azure

Q_DECLARE_METATYPE(StampDeck::Azure::TransportEvent)
