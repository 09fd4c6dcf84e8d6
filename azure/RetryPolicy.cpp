#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace StampDeck::Azure {

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

bool RetryPolicy::isRetryable(AttemptFailure failure, RequestSafety safety)
{
    switch (failure) {
    case AttemptFailure::Throttled:
    case AttemptFailure::NotSent:
        // The service rejected or never saw the request: repeating cannot double anything.
        return true;
    case AttemptFailure::ServerError:
    case AttemptFailure::ConnectionDrop:
    case AttemptFailure::Timeout:
        return safety != RequestSafety::NotIdempotent;
    case AttemptFailure::Fatal:
        return false;
    }
    return false;
}

bool RetryPolicy::mayHaveBeenApplied(AttemptFailure failure)
{
    return failure == AttemptFailure::ServerError || failure == AttemptFailure::ConnectionDrop
        || failure == AttemptFailure::Timeout;
}

AttemptFailure RetryPolicy::classifyStatus(int httpStatus)
{
    switch (httpStatus) {
    case 429: return AttemptFailure::Throttled;
    case 500:
    case 502:
    case 503:
    case 504: return AttemptFailure::ServerError;
    case 408: return AttemptFailure::Timeout;
    default: return AttemptFailure::Fatal; // 501 Not Implemented will not get better
    }
}

qint64 RetryPolicy::backoffCeiling(int retryNumber) const
{
    const int exponent = std::clamp(retryNumber - 1, 0, 30);
    const double ceiling = double(baseDelayMs) * std::pow(2.0, exponent);
    return qint64(std::min(ceiling, double(maxDelayMs)));
}

RetryDecision RetryPolicy::decide(const RetryContext &context, double random01) const
{
    RetryDecision decision;
    const double r = std::clamp(random01, 0.0, 1.0);
    if (!isRetryable(context.failure, context.safety)) {
        decision.reason = context.failure == AttemptFailure::Fatal
            ? QStringLiteral("not retryable")
            : QStringLiteral("not safe to repeat this request");
        return decision;
    }
    if (context.attemptsMade >= maxAttempts) {
        decision.reason = QStringLiteral("attempts exhausted (%1)").arg(maxAttempts);
        return decision;
    }

    const int retryNumber = context.attemptsMade; // the first retry is number 1
    qint64 delay = 0;
    if (context.retryAfterMs) {
        // Honour the service's wait, plus up to 10% so clients throttled together do not all
        // come back in the same millisecond.
        const qint64 wait = std::max<qint64>(*context.retryAfterMs, 0);
        delay = wait + qint64(double(wait) * 0.1 * r);
        decision.reason = QStringLiteral("Retry-After");
    } else if (immediateRetryOnDrop && !context.immediateRetryUsed
               && (context.failure == AttemptFailure::ConnectionDrop
                   || context.failure == AttemptFailure::NotSent)) {
        decision.immediate = true;
        decision.reason = QStringLiteral("immediate retry after a dropped connection");
    } else if (jitter == JitterMode::Decorrelated) {
        const qint64 previous = std::max(context.previousDelayMs, baseDelayMs);
        const qint64 upper = std::min<qint64>(maxDelayMs, previous * 3);
        const qint64 lower = std::min(baseDelayMs, upper);
        delay = lower + qint64(double(upper - lower) * r);
        decision.reason = QStringLiteral("decorrelated backoff");
    } else {
        const qint64 upper = std::max(backoffCeiling(retryNumber), minDelayMs);
        delay = minDelayMs + qint64(double(upper - minDelayMs) * r);
        decision.reason = QStringLiteral("exponential backoff");
    }

    if (context.elapsedMs + delay > maxTotalMs) {
        decision.reason = QStringLiteral("total retry time exhausted (%1 ms)").arg(maxTotalMs);
        return decision;
    }
    decision.retry = true;
    decision.delayMs = delay;
    return decision;
}

} // namespace StampDeck::Azure
