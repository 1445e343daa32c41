#pragma once
#include <QDateTime>

namespace okpay::server {

struct ApiRequest;

// Bank-account withdrawals are paid out after their method's processing time: once max_business_days business
// days (Monday to Friday) have passed since creation they are marked completed the next time the user's wallet is
// read (in demo mode after funding.demo_settle_after_secs). The money left the wallet at creation, so only the
// status of the withdrawal and its transaction changes.
class PayoutCompletion
{
public:
    // allowRecentCheck: skip the check when this user was checked in the last minute on this instance (the balances
    // read, the hottest path); other reads always check.
    static void completeDue(const ApiRequest &request, bool allowRecentCheck = false);
    // The creation time before which a payout of `businessDays` is due at `now`.
    static QDateTime dueBefore(const QDateTime &now, int businessDays);
};

} // namespace okpay::server
