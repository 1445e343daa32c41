#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace okpay::server {

struct ApiRequest;

// Completes or fails a pending bank-transfer top-up: moves the amount from the user's pending to the available
// balance (with the fee and any promotion credit) or releases the pending amount, and updates the transaction.
class TopUpSettlement
{
public:
    enum class Result { Settled, AlreadySettled, NotPending, NotFound };

    TopUpSettlement(const QSqlDatabase &db, SqlDialect dialect, const QDateTime &now)
        : m_db(db), m_dialect(dialect), m_now(now) {}
    Result settle(const QString &topupId, bool complete, const QString &failureReason, const QString &bankReference);

    // Demo mode (--demo): seeds a demo user's history on first read (DemoWalletSeeder); the caller's bank transfers older than funding.demo_settle_after_secs complete when the
    // wallet is read, and bank-account withdrawals of that age are paid out; a no-op otherwise.
    static void settleDueForDemo(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QDateTime m_now;
};

} // namespace okpay::server
