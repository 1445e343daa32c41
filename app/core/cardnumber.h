#pragma once
#include <QString>

namespace okpay {

// Payment card numbers: Luhn check and the masking used everywhere a card number is shown or sent to support.
class CardNumber
{
public:
    // Digits only (spaces and hyphens ignored), 12–19 of them, passing the Luhn (mod 10) check.
    static bool isValid(QStringView number);
    static bool luhnValid(QStringView digits);  // digits only; false for empty or non-digit input
    // First 6 and last 4 digits kept, the rest as '•' ("411111••••••1111"); digits-only input of 12–19 digits.
    static QString masked(QStringView number);
    static QString digitsOnly(QStringView number);  // removes spaces and hyphens; other characters are kept
    // The card network from the leading digits: "visa", "mastercard", "amex", "unionpay", "jcb", "other"; "" for
    // fewer than 2 digits (except a leading 4). The server records the same brand the form shows.
    static QString brand(QStringView digits);
};

} // namespace okpay
