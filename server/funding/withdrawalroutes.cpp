#include "funding/fundingroutegroups.h"

#include "core/clock.h"
#include "funding/fundingrecords.h"
#include "funding/idempotencyguard.h"
#include "funding/keysetlisting.h"
#include "funding/kyclimits.h"
#include "funding/ledger.h"
#include "funding/secondfactor.h"
#include "funding/storedquote.h"
#include "funding/topupsettlement.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace okpay::server {

namespace {
std::optional<QJsonObject> loadWithdrawal(const ApiRequest &r, const QString &id)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT %1 FROM withdrawals WHERE id = :id AND user_id = :u")
                                      .arg(FundingRecords::withdrawalColumns()),
                          {{":id", id}, {":u", r.userId()}});
    if (!q.next())
        return std::nullopt;
    return FundingRecords::withdrawalJson(q);
}

QHttpServerResponse executeWithdrawal(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString quoteId = body.string(QStringLiteral("quote_id"), 1, 64);
    const QString destinationId = body.string(QStringLiteral("destination_id"), 1, 64);
    const auto totp = body.optionalString(QStringLiteral("totp_code"), 6, 8);
    if (auto e = body.error())
        return std::move(*e);
    const QDateTime now = r.env->clock->now();
    StoredQuote quote;
    if (auto e = StoredQuote::loadUsable(r.db(), r.userId(), quoteId, QStringLiteral("withdraw"), now, &quote))
        return std::move(*e);
    QSqlQuery d = sqlExec(r.db(), QStringLiteral("SELECT kind, currency, snapshot FROM payout_destinations "
                                                 "WHERE id = :id AND user_id = :u"),
                          {{":id", destinationId}, {":u", r.userId()}});
    if (!d.next())
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("Payout destination not found"),
                             QStringLiteral("destination_id"));
    if (d.value(0).toString() != quote.kind || d.value(1).toString() != quote.currency)
        return validationError(QStringLiteral("destination_id"),
                               QStringLiteral("This destination does not match the quote's method or currency"),
                               QStringLiteral("destination_mismatch"));
    const QString snapshot = d.value(2).toString();
    const QString label = QJsonDocument::fromJson(snapshot.toUtf8()).object().value(u"label").toString();
    d.finish();  // an unfinished SELECT keeps an SQLite read snapshot that would make BEGIN IMMEDIATE fail with BUSY
    if (auto e = SecondFactor::check(r, totp))
        return std::move(*e);
    SqlTransaction tx(r.db(), r.env->db->dialect());
    if (!quote.claim(r.db(), now))
        return validationError(QStringLiteral("quote_id"), QStringLiteral("This quote was already used"), QStringLiteral("quote_used"));
    Ledger(r.db(), now).lockWallet(r.userId(), quote.currency);  // the daily usage below cannot race
    const auto currency = Currency::fromCode(quote.currency);
    if (auto e = KycLimits(r.db(), *r.env->config, now).check(r.userId(), QStringLiteral("withdraw"), Money(quote.amount, *currency)))
        return std::move(*e);

    const QString withdrawalId = Ids::newId("wdr");
    const QString transactionId = Ids::newId("txn");
    Ledger ledger(r.db(), now);
    if (!ledger.post(transactionId, QStringLiteral("withdrawal"), quote.currency,
                     {{Ledger::available(r.userId()), -quote.total()}, {Ledger::payoutClearing(), quote.amount},
                      {Ledger::feeRevenue(), quote.feeBefore}, {Ledger::promotionExpense(), -(quote.feeBefore - quote.fee)}}))
        return validationError(QStringLiteral("amount"), QStringLiteral("The available balance is lower than the amount plus fee"),
                               QStringLiteral("insufficient_funds"));  // tx rolls back, the quote stays unused
    const bool instant = quote.kind != u"bank_account";
    const QString status = instant ? QStringLiteral("completed") : QStringLiteral("pending");
    const QString nowText = sqlTime(now);
    const QVariant completedAt = instant ? QVariant(nowText) : QVariant();
    const QVariant promotion = quote.promotionId.isEmpty() ? QVariant() : QVariant(quote.promotionId);
    sqlExec(r.db(), QStringLiteral("INSERT INTO transactions (id, user_id, type, direction, status, currency, amount, fee, total, "
                                   "description, method_id, method_kind, withdrawal_id, promotion_id, created_at, updated_at, "
                                   "completed_at) VALUES (:id, :u, 'withdrawal', 'debit', :s, :c, :a, :f, :t, :d, :m, :k, :w, "
                                   ":p, :now, :now2, :done)"),
            {{":id", transactionId}, {":u", r.userId()}, {":s", status}, {":c", quote.currency}, {":a", quote.amount},
             {":f", quote.fee}, {":t", quote.total()}, {":d", QStringLiteral("Withdrawal to %1").arg(label)},
             {":m", quote.methodId}, {":k", quote.kind}, {":w", withdrawalId}, {":p", promotion}, {":now", nowText},
             {":now2", nowText}, {":done", completedAt}});
    sqlExec(r.db(), QStringLiteral("INSERT INTO withdrawals (id, user_id, quote_id, method_id, kind, status, currency, amount, fee, "
                                   "fee_before, promotion_id, transaction_id, destination, created_at, updated_at, completed_at) "
                                   "VALUES (:id, :u, :q, :m, :k, :s, :c, :a, :f, :fb, :p, :t, :dest, :now, :now2, :done)"),
            {{":id", withdrawalId}, {":u", r.userId()}, {":q", quote.id}, {":m", quote.methodId}, {":k", quote.kind},
             {":s", status}, {":c", quote.currency}, {":a", quote.amount}, {":f", quote.fee}, {":fb", quote.feeBefore},
             {":p", promotion}, {":t", transactionId}, {":dest", snapshot}, {":now", nowText}, {":now2", nowText},
             {":done", completedAt}});
    tx.commit();
    return jsonResponse(*loadWithdrawal(r, withdrawalId), Status::Created);
}

QHttpServerResponse listWithdrawals(const ApiRequest &r)
{
    TopUpSettlement::settleDueOnRead(r);
    KeysetListing listing(r);
    if (auto e = listing.error())
        return std::move(*e);
    if (auto e = listing.filterByFundingStatus(r))
        return std::move(*e);
    QSqlQuery q = listing.run(r.db(), FundingRecords::withdrawalColumns(), QStringLiteral("withdrawals"), r.userId());
    QJsonArray items;
    while (q.next() && listing.accept(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()))
        items.append(FundingRecords::withdrawalJson(q));
    return jsonResponse({{QStringLiteral("items"), items},
                         {QStringLiteral("next_cursor"), listing.nextCursor()},
                         {QStringLiteral("server_time"), apiTime(r.env->clock->now())}});
}

QHttpServerResponse getWithdrawal(const ApiRequest &r, const QString &id)
{
    TopUpSettlement::settleDueOnRead(r);
    const auto withdrawal = loadWithdrawal(r, id);
    return withdrawal ? jsonResponse(*withdrawal) : notFound(QStringLiteral("Withdrawal not found"));
}
} // namespace

void registerWithdrawalRoutes(ApiRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/v1/funding/withdrawals"), Access::VerifiedUser, [](const ApiRequest &r) {
        return IdempotencyGuard::run(r, QStringLiteral("withdrawal"), [&r] { return executeWithdrawal(r); });
    });
    router.add(Method::Get, QStringLiteral("/v1/funding/withdrawals"), Access::User, listWithdrawals);
    router.addWithId(Method::Get, QStringLiteral("/v1/funding/withdrawals/<arg>"), Access::User, getWithdrawal);
}

} // namespace okpay::server
