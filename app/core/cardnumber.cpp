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

} // namespace okpay
