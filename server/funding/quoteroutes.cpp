#include "funding/fundingroutegroups.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "funding/fundingcatalog.h"
#include "funding/fundingrecords.h"
#include "funding/keysetlisting.h"
#include "funding/kyclimits.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>

namespace okpay::server {

namespace {
using FundingRecords::money;

QHttpServerResponse listMethods(const ApiRequest &r)
{
    const QString direction = r.queryValue(QStringLiteral("direction"));
    const QString currency = r.queryValue(QStringLiteral("currency"));
    if (r.query.hasQueryItem(QStringLiteral("direction")) && direction != u"topup" && direction != u"withdraw")
        return KeysetListing::badParameter(QStringLiteral("direction"), QStringLiteral("direction must be topup or withdraw"));
    if (r.query.hasQueryItem(QStringLiteral("currency")) && !Currency::fromCode(currency))
        return KeysetListing::badParameter(QStringLiteral("currency"), QStringLiteral("currency is not an ISO 4217 code"));
    const FundingCatalog &catalog = FundingCatalog::from(*r.env->config);
    const QDateTime now = r.env->clock->now();
    QJsonArray items;
    for (const FundingMethod &m : catalog.methods()) {
        if (!direction.isEmpty() && m.direction != direction)
            continue;
        if (!currency.isEmpty() && !m.supports(currency))
            continue;
        items.append(catalog.methodJson(m, now));
    }
    return jsonResponse({{QStringLiteral("items"), items}, {QStringLiteral("server_time"), apiTime(now)}});
}

QHttpServerResponse listPromotions(const ApiRequest &r)
{
    const QString includePast = r.queryValue(QStringLiteral("include_past"));
    if (r.query.hasQueryItem(QStringLiteral("include_past")) && includePast != u"true" && includePast != u"false")
        return KeysetListing::badParameter(QStringLiteral("include_past"), QStringLiteral("include_past must be true or false"));
    const QDateTime now = r.env->clock->now();
    const QDateTime cutoff = includePast == u"true" ? now.addDays(-90) : now;
    QJsonArray items;
    for (const FundingPromotion &p : FundingCatalog::from(*r.env->config).promotions())
        if (p.endsAt > cutoff)
            items.append(p.toJson());
    return jsonResponse({{QStringLiteral("items"), items}, {QStringLiteral("server_time"), apiTime(now)}});
}

QHttpServerResponse createQuote(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString methodId = body.string(QStringLiteral("method_id"), 1, 64);
    const auto amount = body.money(QStringLiteral("amount"));
    if (auto e = body.error())
        return std::move(*e);
    const FundingCatalog &catalog = FundingCatalog::from(*r.env->config);
    const FundingMethod *method = catalog.method(methodId);
    if (!method)
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("Unknown funding method"),
                             QStringLiteral("method_id"));
    if (!method->available)
        return validationError(QStringLiteral("method_id"), QStringLiteral("This method is temporarily unavailable"),
                               QStringLiteral("method_unavailable"));
    const QString currency = amount->currency().code();
    if (!method->supports(currency))
        return validationError(QStringLiteral("amount.currency"), QStringLiteral("This method does not support %1").arg(currency),
                               QStringLiteral("currency_not_supported"));
    const QDateTime now = r.env->clock->now();
    QList<Promotion> promotions;
    for (const FundingPromotion &p : catalog.promotionsFor(method->id))
        promotions.append(p.core());
    QuoteError error = QuoteError::None;
    const Quote quote = Quote::calculate(*amount, method->fee(currency), promotions, now,
                                         method->limits.value(currency), &error);
    switch (error) {
    case QuoteError::None:
        break;
    case QuoteError::BelowMinimum:
        return validationError(QStringLiteral("amount"), QStringLiteral("The amount is below this method's minimum"),
                               QStringLiteral("amount_below_minimum"));
    case QuoteError::AboveMaximum:
        return validationError(QStringLiteral("amount"), QStringLiteral("The amount is above this method's maximum"),
                               QStringLiteral("limit_exceeded"));
    case QuoteError::CurrencyMismatch:
    case QuoteError::NonPositiveAmount:
    case QuoteError::Overflow:
        return validationError(QStringLiteral("amount"), QStringLiteral("The amount cannot be quoted"));
    }
    const KycLimits kyc(r.db(), *r.env->config, now);
    if (kyc.level(r.userId()) < method->requiresKycLevel)
        return errorResponse(Status::Forbidden, QStringLiteral("kyc_required"),
                             QStringLiteral("This method needs KYC level %1").arg(method->requiresKycLevel),
                             QStringLiteral("method_id"));
    if (auto e = kyc.check(r.userId(), method->direction, *amount))
        return std::move(*e);
    if (method->direction == u"withdraw") {
        QSqlQuery b = sqlExec(r.db(), QStringLiteral("SELECT available FROM wallet_balances WHERE user_id = :u AND currency = :c"),
                              {{":u", r.userId()}, {":c", currency}});
        if ((b.next() ? b.value(0).toLongLong() : 0) < quote.total.minor())
            return validationError(QStringLiteral("amount"), QStringLiteral("The available balance is lower than the amount plus fee"),
                                   QStringLiteral("insufficient_funds"));
    }
    // Unused quotes are worthless once expired; drop the user's day-old ones (used ones stay, top-ups refer to them).
    sqlExec(r.db(), QStringLiteral("DELETE FROM funding_quotes WHERE user_id = :u AND used_at IS NULL AND expires_at < :old"),
            {{":u", r.userId()}, {":old", sqlTime(now.addDays(-1))}});
    const QString id = Ids::newId("quo");
    const QDateTime expiresAt = now.addSecs(r.env->config->section(QStringLiteral("funding")).value(u"quote_ttl_secs").toInt(300));
    sqlExec(r.db(), QStringLiteral("INSERT INTO funding_quotes (id, user_id, method_id, direction, kind, currency, amount, fee, "
                                   "fee_before, promotion_id, expires_at, created_at) VALUES (:id, :u, :m, :d, :k, :c, :a, "
                                   ":f, :fb, :p, :exp, :now)"),
            {{":id", id}, {":u", r.userId()}, {":m", method->id}, {":d", method->direction}, {":k", method->kind},
             {":c", currency}, {":a", quote.amount.minor()}, {":f", quote.fee.minor()}, {":fb", quote.standardFee.minor()},
             {":p", quote.promotionId.isEmpty() ? QVariant() : QVariant(quote.promotionId)}, {":exp", sqlTime(expiresAt)},
             {":now", sqlTime(now)}});
    const FundingPromotion *promotion = quote.promotionId.isEmpty() ? nullptr : catalog.promotion(quote.promotionId);
    return jsonResponse({{QStringLiteral("quote_id"), id},
                         {QStringLiteral("method_id"), method->id},
                         {QStringLiteral("direction"), method->direction},
                         {QStringLiteral("kind"), method->kind},
                         {QStringLiteral("amount"), money(quote.amount.minor(), currency)},
                         {QStringLiteral("fee"), money(quote.fee.minor(), currency)},
                         {QStringLiteral("fee_before_promotion"), money(quote.standardFee.minor(), currency)},
                         {QStringLiteral("saving"), money(quote.saving.minor(), currency)},
                         {QStringLiteral("total"), money(quote.total.minor(), currency)},
                         {QStringLiteral("promotion"), promotion ? QJsonValue(promotion->toJson()) : QJsonValue()},
                         {QStringLiteral("processing_time"), method->processingTime},
                         {QStringLiteral("expires_at"), apiTime(expiresAt)}},
                        Status::Created);
}
} // namespace

void registerQuoteRoutes(ApiRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/v1/funding/methods"), Access::User, listMethods);
    router.add(Method::Get, QStringLiteral("/v1/funding/promotions"), Access::User, listPromotions);
    router.add(Method::Post, QStringLiteral("/v1/funding/quotes"), Access::VerifiedUser, createQuote);
}

} // namespace okpay::server
