#include "core/cardnumber.h"

namespace okpay {

QString CardNumber::digitsOnly(QStringView number)
{
    QString out;
    out.reserve(number.size());
    for (const QChar c : number) {
        if (c != u' ' && c != u'-')
            out += c;
    }
    return out;
}

bool CardNumber::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool CardNumber::isValid(QStringView number)
{
    const QString digits = digitsOnly(number);
    return digits.size() >= 12 && digits.size() <= 19 && luhnValid(digits);
}

QString CardNumber::masked(QStringView number)
{
    const QString digits = digitsOnly(number);
    if (digits.size() < 12 || digits.size() > 19)
        return QString(digits.size(), QChar(0x2022));
    return digits.left(6) + QString(digits.size() - 10, QChar(0x2022)) + digits.right(4);
}

QString CardNumber::brand(QStringView digits)
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
