#pragma once
#include <QString>

namespace okpay {

// The card network from the leading digits, as the server decides it (SandboxCardProcessor::brandOf), so the form can
// show "Visa" while the number is typed. Domain logic that belongs in core/cardnumber.h; kept here until core is open.
class CardBrand
{
public:
    // "visa", "mastercard", "amex", "unionpay", "jcb", "other"; "" for fewer than 2 digits.
    static QString of(QStringView digits);
};

} // namespace okpay
