#include "core/exemptspans.h"

#include "core/asciichar.h"

#include <algorithm>

namespace okpay {

namespace {
bool isAsciiAlnum(QChar c)
{
    return AsciiChar::isLetter(c) || AsciiChar::isDigit(c);
}

bool isIbanChar(QChar c)
{
    return AsciiChar::isUpper(c) || AsciiChar::isDigit(c);
}

// Where a URL stops: whitespace, quotes, angle brackets, or any non-ASCII character (Chinese text right after it).
bool endsUrl(QChar c)
{
    return c.isSpace() || c.unicode() > 0x7E || c == u'"' || c == u'\'' || c == u'<' || c == u'>';
}
} // namespace

ExemptSpans::ExemptSpans(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Both start with an ASCII letter after a non-alphanumeric character: skip everything else cheaply.
        if (!AsciiChar::isLetter(text.at(i)) || (i > 0 && isAsciiAlnum(text.at(i - 1))))
            continue;
        if (const qsizetype end = urlEnd(text, i); end > i) {
            m_urls.append({i, end});
            i = end - 1;
        } else if (const qsizetype end = ibanEnd(text, i); end > i) {
            m_ibans.append({i, end});
            i = end - 1;
        }
    }
}

bool ExemptSpans::contains(const QList<Span> &spans, qsizetype pos)
{
    const auto after = std::upper_bound(spans.cbegin(), spans.cend(), pos,
                                        [](qsizetype p, const Span &span) { return p < span.start; });
    return after != spans.cbegin() && pos < std::prev(after)->end;
}

qsizetype ExemptSpans::urlEnd(QStringView text, qsizetype start)
{
    const char16_t first = AsciiChar::toLower(text.at(start));
    if (first != u'h' && first != u'w')
        return start;
    const QStringView rest = text.sliced(start);
    if (!rest.startsWith(u"http://", Qt::CaseInsensitive) && !rest.startsWith(u"https://", Qt::CaseInsensitive)
        && !rest.startsWith(u"www.", Qt::CaseInsensitive))
        return start;
    qsizetype end = start;
    while (end < text.size() && !endsUrl(text.at(end)))
        ++end;
    return end;
}

// Two capital letters, two check digits, then 11–30 more capitals or digits, optionally in groups split by one space.
qsizetype ExemptSpans::ibanEnd(QStringView text, qsizetype start)
{
    constexpr int MinLength = 15;
    constexpr int MaxLength = 34;
    if (start + 4 > text.size() || !AsciiChar::isUpper(text.at(start)) || !AsciiChar::isUpper(text.at(start + 1))
        || !AsciiChar::isDigit(text.at(start + 2)) || !AsciiChar::isDigit(text.at(start + 3)))
        return start;
    int count = 4;
    qsizetype end = start + 4;
    qsizetype pos = end;
    while (pos < text.size() && count < MaxLength) {
        if (isIbanChar(text.at(pos))) {
            ++count;
            end = ++pos;
        } else if (text.at(pos) == u' ' && pos + 1 < text.size() && isIbanChar(text.at(pos + 1))) {
            ++pos;
        } else {
            break;
        }
    }
    return count >= MinLength ? end : start;
}

} // namespace okpay
