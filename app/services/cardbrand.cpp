#include "services/cardbrand.h"

namespace okpay {

QString CardBrand::of(QStringView digits)
{
    if (digits.size() < 2)
        return digits.startsWith(u'4') ? QStringLiteral("visa") : QString();
    const int two = digits.left(2).toInt();
    const int four = digits.size() >= 4 ? digits.left(4).toInt() : 0;
    if (digits.startsWith(u'4'))
        return QStringLiteral("visa");
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("amex");
    if (two == 62)
        return QStringLiteral("unionpay");
    if (two == 35)
        return QStringLiteral("jcb");
    return QStringLiteral("other");
}

} // namespace okpay
