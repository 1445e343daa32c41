#include "core/feerule.h"

namespace okpay {

std::optional<FeeRule> FeeRule::create(Currency currency, qint64 percentBp, qint64 fixedMinor, qint64 minMinor,
                                       std::optional<qint64> maxMinor)
{
    if (percentBp < 0 || percentBp > 10000 || fixedMinor < 0 || minMinor < 0 || (maxMinor && *maxMinor < minMinor))
        return std::nullopt;
    return FeeRule(std::move(currency), percentBp, fixedMinor, minMinor, maxMinor);
}

std::optional<Money> FeeRule::feeFor(const Money &amount) const
{
    if (!(amount.currency() == m_currency) || amount.isNegative())
        return std::nullopt;
    const auto percentPart = amount.multipliedByRate(m_percentBp, 10000);
    if (!percentPart)
        return std::nullopt;
    qint64 fee = 0;
    if (qAddOverflow(percentPart->minor(), m_fixedMinor, &fee))
        return std::nullopt;
    fee = qMax(fee, m_minMinor);
    if (m_maxMinor)
        fee = qMin(fee, *m_maxMinor);
    return Money(fee, m_currency);
}

Money Promotion::savingOn(const Money &standardFee) const
{
    if (kind == Kind::WaiveFee)
        return standardFee;
    const auto saving = standardFee.multipliedByRate(qBound(qint64(0), discountBp, qint64(10000)), 10000);
    return saving ? *saving : Money::zero(standardFee.currency());
}

} // namespace okpay
