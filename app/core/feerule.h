#pragma once
#include "core/money.h"

#include <QDateTime>

namespace okpay {

// A funding method's fee: percent (basis points) of the amount plus a fixed part, clamped to [min, max].
// Rounding: the percent part is rounded half-up on minor units (0.5 of a cent becomes a cent), before the fixed
// part is added and the clamp applied. The server computes authoritative quotes with this same code.
class FeeRule
{
public:
    // nullopt unless 0 <= percentBp <= 10000, fixed >= 0, min >= 0 and (no max or max >= min).
    static std::optional<FeeRule> create(Currency currency, qint64 percentBp, qint64 fixedMinor, qint64 minMinor = 0,
                                         std::optional<qint64> maxMinor = std::nullopt);
    static FeeRule free(Currency currency) { return FeeRule(std::move(currency), 0, 0, 0, std::nullopt); }

    const Currency &currency() const { return m_currency; }
    qint64 percentBp() const { return m_percentBp; }
    qint64 fixedMinor() const { return m_fixedMinor; }
    qint64 minMinor() const { return m_minMinor; }
    std::optional<qint64> maxMinor() const { return m_maxMinor; }

    // nullopt when the amount is negative, in another currency, or the fee would overflow.
    std::optional<Money> feeFor(const Money &amount) const;

private:
    FeeRule(Currency currency, qint64 percentBp, qint64 fixedMinor, qint64 minMinor, std::optional<qint64> maxMinor)
        : m_currency(std::move(currency)), m_percentBp(percentBp), m_fixedMinor(fixedMinor), m_minMinor(minMinor),
          m_maxMinor(maxMinor)
    {
    }
    Currency m_currency;
    qint64 m_percentBp = 0;
    qint64 m_fixedMinor = 0;
    qint64 m_minMinor = 0;
    std::optional<qint64> m_maxMinor;
};

// A time window [startsAt, endsAt) in which a method's fee is waived or reduced by a percentage.
struct Promotion
{
    enum class Kind { WaiveFee, DiscountFee };
    QString id;
    QDateTime startsAt;
    QDateTime endsAt;
    Kind kind = Kind::WaiveFee;
    qint64 discountBp = 0;  // DiscountFee: share of the fee taken off, 1..10000

    bool isActiveAt(const QDateTime &now) const { return startsAt <= now && now < endsAt; }
    // The part of the standard fee this promotion saves, rounded half-up; never more than the fee.
    Money savingOn(const Money &standardFee) const;
};

} // namespace okpay
