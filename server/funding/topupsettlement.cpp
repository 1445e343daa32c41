#include "funding/topupsettlement.h"

#include "funding/fundingrecords.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "funding/demowalletseeder.h"
#include "funding/ledger.h"
#include "funding/payoutcompletion.h"
#include "http/apienv.h"
#include "http/apirequest.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <stdexcept>

namespace okpay::server {

TopUpSettlement::Result TopUpSettlement::settle(const QString &topupId, bool complete, const QString &failureReason,
                                                const QString &bankReference)
{
    SqlTransaction tx(m_db, m_dialect);
    const QString now = sqlTime(m_now);
    QSqlQuery claim = sqlExec(m_db,
                              QStringLiteral("UPDATE topups SET status = :s, updated_at = :now, completed_at = :done, "
                                             "failure_reason = :why WHERE id = :id AND status = 'pending' AND kind = 'bank_transfer'"),
                              {{":s", complete ? QStringLiteral("completed") : QStringLiteral("failed")},
                               {":now", now}, {":done", complete ? QVariant(now) : QVariant()},
                               {":why", complete ? QVariant() : QVariant(failureReason)}, {":id", topupId}});
    if (claim.numRowsAffected() != 1) {
        QSqlQuery q = sqlExec(m_db, QStringLiteral("SELECT status, kind FROM topups WHERE id = :id"), {{":id", topupId}});
        if (!q.next())
            return Result::NotFound;
        const QString status = q.value(0).toString();
        if (q.value(1).toString() == u"bank_transfer" && status == (complete ? u"completed" : u"failed"))
            return Result::AlreadySettled;
        return Result::NotPending;
    }
    QSqlQuery t = sqlExec(m_db, QStringLiteral("SELECT user_id, currency, amount, fee, fee_before, transaction_id "
                                               "FROM topups WHERE id = :id"),
                          {{":id", topupId}});
    t.next();
    const QString userId = t.value(0).toString();
    const QString currency = t.value(1).toString();
    const qint64 amount = t.value(2).toLongLong();
    const qint64 fee = t.value(3).toLongLong();
    const qint64 feeBefore = t.value(4).toLongLong();
    const QString transactionId = t.value(5).toString();
    Ledger ledger(m_db, m_now);
    if (!ledger.post(transactionId, QStringLiteral("topup_pending_release"), currency,
                     {{Ledger::pending(userId), -amount}, {Ledger::bankExpected(), amount}}))
        throw std::runtime_error("pending balance lower than a pending top-up");
    if (complete)
        ledger.post(transactionId, QStringLiteral("topup"), currency,
                    {{Ledger::bankClearing(), -(amount + fee)}, {Ledger::available(userId), amount},
                     {Ledger::feeRevenue(), feeBefore}, {Ledger::promotionExpense(), -(feeBefore - fee)}});
    sqlExec(m_db, QStringLiteral("UPDATE transactions SET status = :s, updated_at = :now, completed_at = :done, "
                                 "failure_reason = :why, reference = COALESCE(:ref, reference) WHERE id = :id"),
            {{":s", complete ? QStringLiteral("completed") : QStringLiteral("failed")}, {":now", now},
             {":done", complete ? QVariant(now) : QVariant()}, {":why", complete ? QVariant() : QVariant(failureReason)},
             {":ref", bankReference.isEmpty() ? QVariant() : QVariant(bankReference)}, {":id", transactionId}});
    tx.commit();
    return Result::Settled;
}

QJsonArray TopUpSettlement::pendingForAgents(const QSqlDatabase &db, const QJsonObject &bankInstructions, int limit)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT %1 FROM topups WHERE status = 'pending' AND kind = 'bank_transfer' "
                                             "ORDER BY created_at, id LIMIT :n").arg(FundingRecords::topupColumns()),
                          {{":n", qBound(1, limit, 200)}});
    QJsonArray items;
    while (q.next())
        items.append(FundingRecords::topupJson(q, bankInstructions));
    return items;
}

void TopUpSettlement::settleDueOnRead(const ApiRequest &r, bool allowRecentPayoutCheck)
{
    if (r.env->config->demo && r.auth)
        DemoWalletSeeder::seedOnFirstRead(r);
    PayoutCompletion::completeDue(r, allowRecentPayoutCheck);
    if (!r.env->config->demo || !r.auth)
        return;
    const QDateTime now = r.env->clock->now();
    const int afterSecs = r.env->config->section(QStringLiteral("funding")).value(u"demo_settle_after_secs").toInt(15);
    const QString due = sqlTime(now.addSecs(-afterSecs));
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT id FROM topups WHERE user_id = :u AND status = 'pending' "
                                                 "AND kind = 'bank_transfer' AND created_at <= :due"),
                          {{":u", r.userId()}, {":due", due}});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    TopUpSettlement settlement(r.db(), r.env->db->dialect(), now);
    for (const QString &id : ids)
        settlement.settle(id, true, {}, {});
}

} // namespace okpay::server
