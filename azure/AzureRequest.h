#pragma once

#include "AzureError.h"
#include "OperationClass.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace StampDeck::Azure {

// The SAS signer of a request when it is not the endpoint's policy (DPS device registration:
// resource "<idScope>/registrations/<id>", key name "registration", the device's key).
struct SasCredential
{
    QString resource;
    QString keyName;
    QString key; // secret
};

// A token demand in an extra pacing lane (a per-device poll budget next to the instance's lane).
struct PaceDemand
{
    OperationClass operationClass = OperationClass::DpsDevicePoll;
    QString scope;   // e.g. the registration id
    double cost = 1;
};

// One logical request as a client describes it; the transport adds api-version, Authorization,
// Request-Id and TLS settings, paces it and retries it where that is safe.
struct AzureRequest
{
    QByteArray method = "GET";
    QString path;                        // percent-encoded, from the root: "/devices/a%2Bb"
    QString apiVersion;
    QList<QPair<QString, QString>> query; // extra query items (encoded by the transport)
    HttpHeaderList headers;              // If-Match, x-ms-continuation, x-ms-max-item-count ...
    QByteArray body;                     // JSON; Content-Type is added when not empty

    OperationClass operationClass = OperationClass::HubRegistry;
    QString paceScope;                   // distinguishes lanes within an endpoint (DPS ID scope)
    double cost = 1;                     // tokens: the number of items of a bulk call
    QList<PaceDemand> extraPacing;
    RequestSafety safety = RequestSafety::ReadOnly;
    qint64 timeoutMs = 0;                // per attempt; 0: the transport's default
    std::optional<SasCredential> credential;

    // "PUT /devices/d1" for logs (paths hold ids, never secrets).
    QString describe() const { return QString::fromLatin1(method) + u' ' + path; }

    // Percent-encodes one path segment (everything but A-Z a-z 0-9 - _ . ~), as the SDKs do
    // with encodeURIComponent, so ids with + # ? % / stay one segment.
    static QString encodeSegment(const QString &segment);
    // "\"etag\"" unless already quoted; "*" stays "*" quoted as the SDKs send it.
    static QByteArray quoteEtag(const QString &etag);
};

// The answer to a request (any status). attempts counts the attempts the transport made;
// earlierAttemptMayHaveApplied is true when a failed earlier attempt may nevertheless have been
// carried out (a dropped connection, a timeout or a 5xx before the final answer): a client
// seeing "already exists" or "not found" then knows the first attempt may have done the work.
struct AzureResponse
{
    int status = 0;
    HttpHeaderList headers;
    QByteArray body;
    int attempts = 0;
    bool earlierAttemptMayHaveApplied = false;

    QByteArray header(QByteArrayView lowerCaseName) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace StampDeck::Azure
