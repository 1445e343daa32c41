#pragma once
#include "core/secretfinding.h"

#include <QList>
#include <QStringView>

namespace okpay {

// Full payment card numbers in free text: 12–19 digits, Luhn-valid, written in one piece or in groups of 3–6 digits
// split by single spaces or hyphens. Numbers inside URLs or IBANs, after a '+', labelled as a phone or order
// number, or starting with a date ("20240518103047") without a known network prefix are left alone.
// Strong when the prefix and length match a known network (Visa, Mastercard, Amex, UnionPay, Discover, JCB, Diners).
class CardNumberScanner
{
public:
    static QList<SecretFinding> find(QStringView text);
    static bool hasKnownNetworkPrefix(QStringView digits);
};

} // namespace okpay
