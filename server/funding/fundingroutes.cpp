#include "funding/fundingroutes.h"

#include "funding/fundingroutegroups.h"

namespace okpay::server {

void registerFundingRoutes(ApiRouter &router)
{
    registerWalletRoutes(router);
    registerQuoteRoutes(router);
    registerTopUpRoutes(router);
    registerWithdrawalRoutes(router);
    registerPayoutDestinationRoutes(router);
}

} // namespace okpay::server
