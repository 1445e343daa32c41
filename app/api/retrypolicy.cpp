#include "api/retrypolicy.h"

#include <QRandomGenerator>

namespace okpay {

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    case ApiError::Kind::Tls:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Cancelled:
        return false;
    }
    return false;
}

std::optional<int> RetryPolicy::delayBeforeRetry(const ApiError &error, int attempt, bool safeToRepeat) const
{
    if (!safeToRepeat || attempt >= maxAttempts || !isTransient(error))
        return std::nullopt;
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const qint64 ceiling = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << qMin(attempt - 1, 20));
    qint64 delay = qint64(double(ceiling) * qBound(0.0, r, 1.0));  // full jitter: clients do not retry in step
    if (error.retryAfterSecs > 0) {
        if (error.retryAfterSecs > maxRetryAfterSecs)
            return std::nullopt;  // a long wait belongs to the user, not to a silent retry loop
        delay = qMax<qint64>(delay, qint64(error.retryAfterSecs) * 1000);
    }
    return int(delay);
}

} // namespace okpay
