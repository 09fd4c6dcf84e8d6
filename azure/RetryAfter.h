#pragma once

#include "AzureError.h"

#include <QDateTime>

#include <optional>

namespace StampDeck::Azure {

// Reads how long the service asks the client to wait: retry-after-ms / x-ms-retry-after-ms
// (milliseconds), else Retry-After as delta seconds or as an HTTP date (RFC 9110 IMF-fixdate,
// relative to nowUtc). Header names are matched case-insensitively. nullopt when none is given
// or it cannot be read; a date in the past gives 0.
namespace RetryAfter {
std::optional<qint64> fromHeaders(const HttpHeaderList &headers, const QDateTime &nowUtc);
std::optional<qint64> parseValue(QByteArrayView value, const QDateTime &nowUtc); // seconds or date
} // namespace RetryAfter

} // namespace StampDeck::Azure
