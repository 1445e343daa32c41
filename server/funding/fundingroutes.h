#pragma once
#include "storage/migrations.h"

namespace okpay::server {

class ApiRouter;

// Wallet (balances, transactions, balance history), the double-entry ledger, funding methods, promotions, quotes,
// top-ups, withdrawals, payout destinations and the agent's settlement of bank top-ups. Migrations 200–299.
void registerFundingRoutes(ApiRouter &router);
QList<Migration> fundingMigrations();

} // namespace okpay::server
