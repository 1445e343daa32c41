#pragma once
#include "http/apirequest.h"

#include <QHttpServerResponse>
#include <optional>

namespace okpay::server {

// Bounds how often one caller (user, else IP) may write to a support endpoint per hour, so signed-out forms and
// feedback cannot be used to flood the database or the support inbox.
class SupportThrottle
{
public:
    // A 429 response when the caller is over maxPerHour for this action; otherwise counts the call.
    static std::optional<QHttpServerResponse> check(const ApiRequest &request, const QString &action, int maxPerHour);
};

} // namespace okpay::server
