#pragma once
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <optional>

namespace okpay::server {

// The TOTP step-up for withdrawals and new payout destinations: nothing when the user has no TOTP; otherwise a
// missing code is 422 mfa_required and a wrong or reused one 401 invalid_mfa_code (recorded as a security event);
// after 5 wrong codes in 15 minutes 429 with Retry-After.
class SecondFactor
{
public:
    static std::optional<QHttpServerResponse> check(const ApiRequest &request, const std::optional<QString> &totpCode);
};

} // namespace okpay::server
