#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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

    // Called before the wallet is read: completes due bank payouts (PayoutCompletion) and, in demo mode (--demo),
    // seeds a demo user's history (DemoWalletSeeder) and completes the caller's bank transfers older than
    // funding.demo_settle_after_secs.
    static void settleDueOnRead(const ApiRequest &request, bool allowRecentPayoutCheck = false);

    // Bank-transfer top-ups awaiting settlement, oldest first, as TopUp objects (the agent queue).
    static QJsonArray pendingForAgents(const QSqlDatabase &db, const QJsonObject &bankInstructions, int limit);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QDateTime m_now;
};

} // namespace okpay::server
