#include "funding/fundingroutegroups.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "funding/fundingrecords.h"
#include "funding/idempotencyguard.h"
#include "funding/keysetlisting.h"
#include "funding/kyclimits.h"
#include "funding/ledger.h"
#include "funding/sandboxcardprocessor.h"
#include "funding/storedquote.h"
#include "funding/topupsettlement.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>

namespace okpay::server {

namespace {
QJsonObject bankInstructions(const ApiRequest &r)
{
    return r.env->config->section(QStringLiteral("funding")).value(u"bank_transfer_instructions").toObject();
}

std::optional<QJsonObject> loadTopUp(const ApiRequest &r, const QString &id, bool anyUser = false)
{
    QSqlQuery q = anyUser ? sqlExec(r.db(), QStringLiteral("SELECT %1 FROM topups WHERE id = :id").arg(FundingRecords::topupColumns()),
                                    {{":id", id}})
                          : sqlExec(r.db(), QStringLiteral("SELECT %1 FROM topups WHERE id = :id AND user_id = :u")
                                                .arg(FundingRecords::topupColumns()),
                                    {{":id", id}, {":u", r.userId()}});
    if (!q.next())
        return std::nullopt;
    return FundingRecords::topupJson(q, bankInstructions(r));
}

QString kindLabel(const QString &kind)
{
    if (kind == u"bank_transfer")
        return QStringLiteral("Bank transfer");
    return kind == u"debit_card" ? QStringLiteral("Debit card") : QStringLiteral("Credit card");
}

QHttpServerResponse executeTopUp(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString quoteId = body.string(QStringLiteral("quote_id"), 1, 64);
    const auto paymentToken = body.optionalString(QStringLiteral("payment_token"), 1, 256);
    if (body.has(QStringLiteral("card")) && !body.object().value(u"card").isObject())
        body.fail(QStringLiteral("card"), QStringLiteral("card must be an object"));
    if (auto e = body.error())
        return std::move(*e);
    const QDateTime now = r.env->clock->now();
    StoredQuote quote;
    if (auto e = StoredQuote::loadUsable(r.db(), r.userId(), quoteId, QStringLiteral("topup"), now, &quote))
        return std::move(*e);

    const bool isCard = quote.kind != u"bank_transfer";
    SandboxCardProcessor::Result charge;
    if (isCard) {
        if (body.has(QStringLiteral("card"))) {
            charge = SandboxCardProcessor::charge(body.object().value(u"card").toObject(), now);
            if (!charge.approved)
                return validationError(charge.errorField, charge.message, charge.errorCode);
        } else if (!paymentToken) {
            return validationError(QStringLiteral("card"), QStringLiteral("Card top-ups need card details or a payment_token"));
        }
    }
    SqlTransaction tx(r.db(), r.env->db->dialect());
    if (!quote.claim(r.db(), now))
        return validationError(QStringLiteral("quote_id"), QStringLiteral("This quote was already used"), QStringLiteral("quote_used"));
    Ledger(r.db(), now).lockWallet(r.userId(), quote.currency);  // the daily usage below cannot race
    const auto currency = Currency::fromCode(quote.currency);
    if (auto e = KycLimits(r.db(), *r.env->config, now).check(r.userId(), QStringLiteral("topup"), Money(quote.amount, *currency)))
        return std::move(*e);

    const QString topupId = Ids::newId("top");
    const QString transactionId = Ids::newId("txn");
    const QString status = isCard ? QStringLiteral("completed") : QStringLiteral("pending");
    const QString reference = isCard ? Ids::newId("ch").mid(3, 12).toUpper() : QStringLiteral("OKP") + Ids::newId("r").mid(2, 10).toUpper();
    Ledger ledger(r.db(), now);
    if (isCard)
        ledger.post(transactionId, QStringLiteral("topup"), quote.currency,
                    {{Ledger::cardClearing(), -quote.total()}, {Ledger::available(r.userId()), quote.amount},
                     {Ledger::feeRevenue(), quote.feeBefore}, {Ledger::promotionExpense(), -(quote.feeBefore - quote.fee)}});
    else
        ledger.post(transactionId, QStringLiteral("topup_pending"), quote.currency,
                    {{Ledger::bankExpected(), -quote.amount}, {Ledger::pending(r.userId()), quote.amount}});
    const QString nowText = sqlTime(now);
    const QVariant completedAt = isCard ? QVariant(nowText) : QVariant();
    const QVariant promotion = quote.promotionId.isEmpty() ? QVariant() : QVariant(quote.promotionId);
    QString description = QStringLiteral("Top-up by %1").arg(kindLabel(quote.kind).toLower());
    if (!charge.last4.isEmpty())
        description += QStringLiteral(" ending %1").arg(charge.last4);
    sqlExec(r.db(), QStringLiteral("INSERT INTO transactions (id, user_id, type, direction, status, currency, amount, fee, total, "
                                   "description, method_id, method_kind, topup_id, promotion_id, reference, created_at, "
                                   "updated_at, completed_at) VALUES (:id, :u, 'topup', 'credit', :s, :c, :a, :f, :t, :d, :m, "
                                   ":k, :top, :p, :ref, :now, :now2, :done)"),
            {{":id", transactionId}, {":u", r.userId()}, {":s", status}, {":c", quote.currency}, {":a", quote.amount},
             {":f", quote.fee}, {":t", quote.total()}, {":d", description}, {":m", quote.methodId}, {":k", quote.kind},
             {":top", topupId}, {":p", promotion}, {":ref", reference}, {":now", nowText}, {":now2", nowText},
             {":done", completedAt}});
    sqlExec(r.db(), QStringLiteral("INSERT INTO topups (id, user_id, quote_id, method_id, kind, status, currency, amount, fee, "
                                   "fee_before, promotion_id, transaction_id, reference, card_brand, card_last4, created_at, "
                                   "updated_at, completed_at) VALUES (:id, :u, :q, :m, :k, :s, :c, :a, :f, :fb, :p, :t, :ref, "
                                   ":brand, :last4, :now, :now2, :done)"),
            {{":id", topupId}, {":u", r.userId()}, {":q", quote.id}, {":m", quote.methodId}, {":k", quote.kind},
             {":s", status}, {":c", quote.currency}, {":a", quote.amount}, {":f", quote.fee}, {":fb", quote.feeBefore},
             {":p", promotion}, {":t", transactionId}, {":ref", reference},
             {":brand", charge.brand.isEmpty() ? QVariant() : QVariant(charge.brand)},
             {":last4", charge.last4.isEmpty() ? QVariant() : QVariant(charge.last4)}, {":now", nowText},
             {":now2", nowText}, {":done", completedAt}});
    tx.commit();
    return jsonResponse(*loadTopUp(r, topupId), Status::Created);
}

QHttpServerResponse listTopUps(const ApiRequest &r)
{
    TopUpSettlement::settleDueOnRead(r);
    KeysetListing listing(r);
    if (auto e = listing.error())
        return std::move(*e);
    if (auto e = listing.filterByFundingStatus(r))
        return std::move(*e);
    QSqlQuery q = listing.run(r.db(), FundingRecords::topupColumns(), QStringLiteral("topups"), r.userId());
    QJsonArray items;
    const QJsonObject bank = bankInstructions(r);
    while (q.next() && listing.accept(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()))
        items.append(FundingRecords::topupJson(q, bank));
    return jsonResponse({{QStringLiteral("items"), items},
                         {QStringLiteral("next_cursor"), listing.nextCursor()},
                         {QStringLiteral("server_time"), apiTime(r.env->clock->now())}});
}

QHttpServerResponse getTopUp(const ApiRequest &r, const QString &id)
{
    TopUpSettlement::settleDueOnRead(r);
    const auto topup = loadTopUp(r, id);
    return topup ? jsonResponse(*topup) : notFound(QStringLiteral("Top-up not found"));
}

QHttpServerResponse settleTopUp(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const QString outcome = body.oneOf(QStringLiteral("outcome"), {QStringLiteral("complete"), QStringLiteral("fail")});
    const auto reason = body.optionalString(QStringLiteral("failure_reason"), 1, 500);
    const auto bankReference = body.optionalString(QStringLiteral("bank_reference"), 1, 64);
    if (outcome == u"fail" && !reason)
        body.fail(QStringLiteral("failure_reason"), QStringLiteral("failure_reason is required to fail a top-up"));
    if (auto e = body.error())
        return std::move(*e);
    TopUpSettlement settlement(r.db(), r.env->db->dialect(), r.env->clock->now());
    switch (settlement.settle(id, outcome == u"complete", reason.value_or(QString()), bankReference.value_or(QString()))) {
    case TopUpSettlement::Result::Settled:
    case TopUpSettlement::Result::AlreadySettled:
        return jsonResponse(*loadTopUp(r, id, true));
    case TopUpSettlement::Result::NotPending:
        return errorResponse(Status::Conflict, QStringLiteral("topup_not_pending"),
                             QStringLiteral("Only pending bank-transfer top-ups can be settled"));
    case TopUpSettlement::Result::NotFound:
        return notFound(QStringLiteral("Top-up not found"));
    }
    return notFound();
}
} // namespace

void registerTopUpRoutes(ApiRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/v1/funding/topups"), Access::VerifiedUser, [](const ApiRequest &r) {
        return IdempotencyGuard::run(r, QStringLiteral("topup"), [&r] { return executeTopUp(r); });
    });
    router.add(Method::Get, QStringLiteral("/v1/funding/topups"), Access::User, listTopUps);
    router.addWithId(Method::Get, QStringLiteral("/v1/funding/topups/<arg>"), Access::User, getTopUp);
    router.addWithId(Method::Post, QStringLiteral("/v1/agent/topups/<arg>/settle"), Access::Agent, settleTopUp);
}

} // namespace okpay::server
