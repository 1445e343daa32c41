#pragma once
#include "core/money.h"

#include <QLocale>

namespace okpay {

// Formats Money exactly (no floating point) with the user's locale: grouping, decimal separator, currency symbol.
class MoneyFormat
{
public:
    // "1,234.56" / "-0.05" / "1,000" (JPY): the number only, always with the currency's minor digits.
    static QString amount(const Money &money, const QLocale &locale);
    // "$1,234.56" in en_US, "US$1,234.56" in zh_CN, "¥1,234.56" for CNY in zh_CN.
    static QString withSymbol(const Money &money, const QLocale &locale);
    static QString symbol(const Currency &currency, const QLocale &locale);
};

} // namespace okpay
