#include "support/supportthrottle.h"

#include "auth/ratelimiter.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apiresponse.h"

namespace okpay::server {

std::optional<QHttpServerResponse> SupportThrottle::check(const ApiRequest &request, const QString &action,
                                                          int maxPerHour)
{
    const QString caller = request.auth ? QStringLiteral("user:") + request.auth->userId
                                        : QStringLiteral("ip:") + request.peer.toString();
    const QString key = action + u'-' + caller;
    const QDateTime now = request.env->clock->now();
    constexpr int window = 3600;
    if (const int wait = request.env->rateLimiter->retryAfter(key, maxPerHour, window, now); wait > 0)
        return tooManyRequests(wait);
    request.env->rateLimiter->recordFailure(key, now);
    return std::nullopt;
}

} // namespace okpay::server
