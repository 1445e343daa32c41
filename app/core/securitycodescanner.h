#pragma once
#include "core/secretfinding.h"

#include <QList>
#include <QStringView>

namespace okpay {

// Card security codes (CVV/CVC, 3–4 digits): strong when a label such as "CVV" or "安全码" stands just before them,
// weak when they follow a card number found in the same text, possibly after its expiry date ("… 12/27 123").
class SecurityCodeScanner
{
public:
    // cardNumbers as found by CardNumberScanner, in text order.
    static QList<SecretFinding> find(QStringView text, const QList<SecretFinding> &cardNumbers);

private:
    // True when only spaces, punctuation, an expiry date and words like "exp" stand between the card and pos.
    static bool followsCardNumber(QStringView text, qsizetype pos, const SecretFinding *card);
    static qsizetype expiryLength(QStringView text, qsizetype pos);  // "MM/YY" or "MM/YYYY" at pos, else 0
};

} // namespace okpay
