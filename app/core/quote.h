#pragma once
#include "core/feerule.h"

#include <QList>

#include <limits>

namespace okpay {

// Why an amount cannot be quoted; the UI maps each value to a translated message.
enum class QuoteError { None, CurrencyMismatch, NonPositiveAmount, BelowMinimum, AboveMaximum, Overflow };

// The smallest and largest amount a method accepts, in the rule's currency.
struct AmountLimits
{
    qint64 minMinor = 1;
    qint64 maxMinor = std::numeric_limits<qint64>::max();
};

// What a top-up or withdrawal costs: amount moved, the fee after any promotion, and total = amount + fee
// (a top-up charges the total to the card or bank; a withdrawal debits the total from the wallet).
struct Quote
{
    Money amount;
    Money standardFee;  // before promotions
    Money fee;          // what the user pays
    Money saving;       // standardFee - fee
    Money total;
    QString promotionId;  // empty when no promotion applied

    // The best active promotion wins (largest saving; ties go to the one listed first).
    static Quote calculate(const Money &amount, const FeeRule &rule, const QList<Promotion> &promotions,
                           const QDateTime &now, const AmountLimits &limits, QuoteError *error);
};

} // namespace okpay
