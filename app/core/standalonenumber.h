#pragma once
#include <QList>
#include <QStringView>

namespace okpay {

// A run of ASCII digits that is a number on its own, as a CVV or a one-time code is: not part of a decimal, an
// amount, a date, a time or a phone number ("1,234.56", "12/25", "10:30", "400-123-4567", "+86 …" are not).
struct StandaloneNumber
{
    qsizetype start;
    qsizetype length;
    bool afterLetter;  // glued to an ASCII letter before it ("cvv123"): only a label may stand there

    qsizetype end() const { return start + length; }
    // All standalone numbers of minDigits..maxDigits digits; numbers followed by an ASCII letter are left out.
    static QList<StandaloneNumber> find(QStringView text, qsizetype minDigits, qsizetype maxDigits);
};

} // namespace okpay
