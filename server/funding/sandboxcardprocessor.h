#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace okpay::server {

// The reference server's stand-in for a card acquirer. It checks the card the way a real processor would (Luhn,
// expiry, CVV format) and then only knows the documented test numbers:
//   4242 4242 4242 4242 (Visa), 4000 0566 5566 5556 (Visa debit), 5555 5555 5555 4444 (Mastercard),
//   6200 0000 0000 0005 (UnionPay) and 3782 822463 10005 (Amex) are approved;
//   4000 0000 0000 0002 is declined (card_declined), as is every other valid number (not a test card).
// Only the brand and last four digits leave this class; the number and CVV are never stored or logged.
class SandboxCardProcessor
{
public:
    struct Result
    {
        bool approved = false;
        QString errorCode;   // invalid_card_number, validation_failed, card_declined
        QString errorField;  // e.g. card.cvv
        QString message;
        QString brand;       // visa, mastercard, unionpay, amex, jcb, other
        QString last4;
    };
    // card: {"number", "expiry_month", "expiry_year", "cvv"}.
    static Result charge(const QJsonObject &card, const QDateTime &now);
    static QString brandOf(const QString &digits);
    // Expiry checks shared with payout cards: false when the month/year is out of range or already past.
    static bool expiryValid(int month, int year, const QDateTime &now);
};

} // namespace okpay::server
