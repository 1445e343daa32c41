#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace okpay::server {

struct ApiRequest;
struct ServerConfig;

// Demo mode: gives a user ~200 top-ups and withdrawals over the last six months, of every method and status, written
// through the same ledger postings as live requests, so balances, history, balance chart and journal agree. The
// sequence is fixed (seeded generator) and ends with positive USD, EUR and CNY balances and a couple of pending bank
// transfers. Does nothing for a user who already has transactions; returns how many it created.
class DemoWalletSeeder
{
public:
    static int seed(const QSqlDatabase &db, SqlDialect dialect, const ServerConfig &config, const QString &userId,
                    const QDateTime &now);
    // Demo mode: seeds the caller on their first wallet read when their email is in funding.demo_wallet_users.
    static void seedOnFirstRead(const ApiRequest &request);
};

} // namespace okpay::server
