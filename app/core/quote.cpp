#include "core/quote.h"

namespace okpay {

namespace {
Quote emptyQuote(const Money &amount)
{
    const Money zero = Money::zero(amount.currency());
    return Quote{amount, zero, zero, zero, amount, {}};
}

Quote failed(const Money &amount, QuoteError reason, QuoteError *error)
{
    if (error)
        *error = reason;
    return emptyQuote(amount);
}
} // namespace

Quote Quote::calculate(const Money &amount, const FeeRule &rule, const QList<Promotion> &promotions,
                       const QDateTime &now, const AmountLimits &limits, QuoteError *error)
{
    if (!(amount.currency() == rule.currency()))
        return failed(amount, QuoteError::CurrencyMismatch, error);
    if (!amount.isPositive())
        return failed(amount, QuoteError::NonPositiveAmount, error);
    if (amount.minor() < limits.minMinor)
        return failed(amount, QuoteError::BelowMinimum, error);
    if (amount.minor() > limits.maxMinor)
        return failed(amount, QuoteError::AboveMaximum, error);
    const auto standardFee = rule.feeFor(amount);
    if (!standardFee)
        return failed(amount, QuoteError::Overflow, error);

    Money saving = Money::zero(amount.currency());
    QString promotionId;
    for (const Promotion &promotion : promotions) {
        const Money candidate = promotion.savingOn(*standardFee);
        if (promotion.isActiveAt(now) && candidate.minor() > saving.minor()) {
            saving = candidate;
            promotionId = promotion.id;
        }
    }
    const Money fee = *standardFee->minus(saving);
    const auto total = amount.plus(fee);
    if (!total)
        return failed(amount, QuoteError::Overflow, error);
    if (error)
        *error = QuoteError::None;
    return Quote{amount, *standardFee, fee, saving, *total, promotionId};
}

} // namespace okpay
