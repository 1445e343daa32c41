#pragma once
#include "core/currency.h"

#include <QtGlobal>
#include <optional>

namespace okpay {

// An exact amount: int64 minor units with its currency. Arithmetic is overflow-checked and never mixes currencies.
class Money
{
public:
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(std::move(currency)) {}
    static Money zero(const Currency &currency) { return Money(0, currency); }

    qint64 minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    // nullopt on overflow or when the currencies differ.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    std::optional<Money> negated() const;
    // amount × numerator / denominator, rounded half away from zero on minor units; nullopt on overflow or a zero
    // or negative denominator. Used for basis-point fees (n/10000) and exchange rates given as exact fractions.
    std::optional<Money> multipliedByRate(qint64 numerator, qint64 denominator) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

// 128-bit intermediate for exact products of two int64 values (__extension__ keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;

// Rounds numerator/denominator half away from zero; nullopt when the result does not fit int64 or denominator <= 0.
std::optional<qint64> divideRoundHalfUp(Int128 numerator, qint64 denominator);

} // namespace okpay
