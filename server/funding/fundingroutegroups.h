#pragma once

namespace okpay::server {

class ApiRouter;

// The route groups of the funding area, registered by registerFundingRoutes().
void registerWalletRoutes(ApiRouter &router);
void registerQuoteRoutes(ApiRouter &router);
void registerTopUpRoutes(ApiRouter &router);
void registerWithdrawalRoutes(ApiRouter &router);
void registerPayoutDestinationRoutes(ApiRouter &router);

} // namespace okpay::server
