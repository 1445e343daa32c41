#pragma once
#include "api/apierror.h"

#include <functional>
#include <optional>

namespace okpay {

// When to send a request again and after how long: only requests that are safe to repeat (GET, and writes that
// carry an Idempotency-Key or client id), only for failures that may pass (network, timeout, 502/503/504, 429),
// with exponential backoff and full jitter, and never sooner than the server's Retry-After.
class RetryPolicy
{
public:
    int maxAttempts = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 30'000;
    int maxRetryAfterSecs = 120;
    std::function<double()> random;  // 0..1; the default is a real random generator (tests inject a fixed one)

    // Delay before attempt number `attempt + 1` (attempt counts from 1), or nullopt: give up.
    std::optional<int> delayBeforeRetry(const ApiError &error, int attempt, bool safeToRepeat) const;
    static bool isTransient(const ApiError &error);
};

} // namespace okpay
