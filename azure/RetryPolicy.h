#pragma once

#include <QString>

#include <optional>

namespace StampDeck::Azure {

// How safe a request is to send again (decided by the client that builds it).
enum class RequestSafety {
    ReadOnly,          // GET, queries, status lookups: repeat freely
    Idempotent,        // PUT upsert, DELETE, PUT/PATCH with If-Match: same end state if repeated
    DetectableCreate,  // a create whose duplicate comes back as "already exists" (409): the
                       // client turns that into "confirmed" or "failed", never a silent double
    NotIdempotent,     // direct methods: only repeated when the service surely did not see it
};

// What went wrong with one attempt, as far as retrying is concerned.
enum class AttemptFailure {
    Throttled,       // 429: rejected before any work, safe to repeat for every request
    ServerError,     // 500, 502, 503, 504 (not 501): the service may have done the work
    ConnectionDrop,  // reset or closed after the request was sent: the work may have happened
    NotSent,         // connection refused, host not found: the service never saw it
    Timeout,         // no answer in time: the work may have happened
    Fatal,           // anything else (4xx, TLS failures, cancelled): never retried
};

// How the random part of the backoff is drawn.
enum class JitterMode {
    Full,          // uniform in [minDelay, min(maxDelay, base * 2^(n-1))]
    Decorrelated,  // uniform in [base, min(maxDelay, 3 * previous delay)]
};

// The facts about one failed attempt that the decision needs.
struct RetryContext
{
    int attemptsMade = 1;            // attempts so far, this failed one included
    qint64 elapsedMs = 0;            // since the first attempt was sent
    AttemptFailure failure = AttemptFailure::Fatal;
    RequestSafety safety = RequestSafety::ReadOnly;
    std::optional<qint64> retryAfterMs; // from Retry-After / retry-after-ms
    bool immediateRetryUsed = false;
    qint64 previousDelayMs = 0;      // the last backoff delay (decorrelated jitter)
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
    bool immediate = false;   // this is the one immediate retry
    QString reason;           // why not (or why this delay), for logs
};

// The retry rules of the transport (the only retry layer): exponential backoff with jitter,
// Retry-After honoured, bounded attempts and total time, at most one immediate retry, and retries
// only where the request is safe to repeat. Pure: the random draw is passed in, so tests pin it.
struct RetryPolicy
{
    int maxAttempts = 6;          // first attempt included
    qint64 maxTotalMs = 120'000;  // from the first send to the start of the last retry
    qint64 baseDelayMs = 1'000;   // DPS guidance: back off at least 1 s when throttled
    qint64 minDelayMs = 200;      // floor of a non-immediate retry
    qint64 maxDelayMs = 30'000;   // cap of one backoff delay (not of Retry-After)
    JitterMode jitter = JitterMode::Full;
    bool immediateRetryOnDrop = true; // one immediate retry after a dropped connection

    static RetryPolicy defaults() { return {}; }
    // A policy that never retries (calls that must fail fast).
    static RetryPolicy none();

    // random01 is uniform in [0, 1).
    RetryDecision decide(const RetryContext &context, double random01) const;

    // Upper bound of the jittered delay before retry number n (1-based), without Retry-After.
    qint64 backoffCeiling(int retryNumber) const;

    // Whether a failure of this kind may be retried for a request of this safety.
    static bool isRetryable(AttemptFailure failure, RequestSafety safety);
    // Whether an attempt that failed this way may have been carried out by the service.
    static bool mayHaveBeenApplied(AttemptFailure failure);
    // 429 -> Throttled; 500/502/503/504 -> ServerError; 408 -> Timeout; else Fatal.
    static AttemptFailure classifyStatus(int httpStatus);
};

} // namespace StampDeck::Azure
