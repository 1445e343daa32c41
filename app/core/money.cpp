#include "core/money.h"

#include <limits>

namespace okpay {

std::optional<qint64> divideRoundHalfUp(Int128 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 quotient = magnitude / denominator;
    const Int128 remainder = magnitude % denominator;
    if (remainder * 2 >= denominator)
        ++quotient;
    if (negative)
        quotient = -quotient;
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(quotient);
}

std::optional<Money> Money::plus(const Money &other) const
{
    qint64 sum = 0;
    if (!(m_currency == other.m_currency) || qAddOverflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    qint64 difference = 0;
    if (!(m_currency == other.m_currency) || qSubOverflow(m_minor, other.m_minor, &difference))
        return std::nullopt;
    return Money(difference, m_currency);
}

std::optional<Money> Money::negated() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(-m_minor, m_currency);
}

std::optional<Money> Money::multipliedByRate(qint64 numerator, qint64 denominator) const
{
    const auto result = divideRoundHalfUp(static_cast<Int128>(m_minor) * numerator, denominator);
    if (!result)
        return std::nullopt;
    return Money(*result, m_currency);
}

} // namespace okpay
