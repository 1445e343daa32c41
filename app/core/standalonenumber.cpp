#include "core/standalonenumber.h"

#include "core/asciichar.h"

namespace okpay {

namespace {
bool joinsNumbers(QChar c)
{
    return c == u'/' || c == u'-' || c == u':' || c == u'.' || c == u',';
}
} // namespace

QList<StandaloneNumber> StandaloneNumber::find(QStringView text, qsizetype minDigits, qsizetype maxDigits)
{
    QList<StandaloneNumber> found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!AsciiChar::isDigit(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && AsciiChar::isDigit(text.at(i)))
            ++i;
        const qsizetype end = i;
        if (end - start < minDigits || end - start > maxDigits)
            continue;
        const QChar before = start > 0 ? text.at(start - 1) : QChar();
        const QChar after = end < n ? text.at(end) : QChar();
        if (before == u'+' || AsciiChar::isLetter(after))
            continue;
        if (joinsNumbers(before) && start >= 2 && AsciiChar::isDigit(text.at(start - 2)))
            continue;
        if (joinsNumbers(after) && end + 1 < n && AsciiChar::isDigit(text.at(end + 1)))
            continue;
        found.append({start, end - start, AsciiChar::isLetter(before)});
    }
    return found;
}

} // namespace okpay
