#pragma once
#include "core/money.h"

#include <QLocale>

namespace okpay {

// Why a typed amount was refused; the UI maps each value to a translated message.
enum class MoneyParseError {
    None,
    Empty,
    InvalidCharacter,
    ExponentNotation,
    SignNotAllowed,
    MisplacedGroupSeparator,
    TooManyDecimals,     // more fraction digits than the currency has (a third decimal for USD)
    DecimalsNotAllowed,  // any decimal separator for a currency without minor units (JPY)
    TooLarge,            // does not fit int64 minor units
};

struct MoneyParseResult
{
    std::optional<Money> money;
    MoneyParseError error = MoneyParseError::None;
    bool ok() const { return error == MoneyParseError::None; }
};

// Strict, exact parsing of what a user types, in their locale: never through floating point.
class MoneyParser
{
public:
    enum class Sign { PositiveOnly, AllowNegative };
    static MoneyParseResult parse(QStringView text, const Currency &currency, const QLocale &locale,
                                  Sign sign = Sign::PositiveOnly);
};

} // namespace okpay
