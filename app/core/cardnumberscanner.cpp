#include "core/cardnumberscanner.h"

#include "core/asciichar.h"
#include "core/cardnumber.h"
#include "core/exemptspans.h"
#include "core/nearbylabel.h"

#include <optional>

namespace okpay {

namespace {
constexpr qsizetype LabelDistance = 16;

constexpr QStringView NotCardLabels[] = {
    u"phone", u"tel", u"telephone", u"mobile", u"cell", u"fax", u"call", u"hotline", u"whatsapp",
    u"电话", u"手机", u"座机", u"热线", u"致电",
    u"order", u"invoice", u"ref", u"reference", u"transaction", u"txn", u"tracking",
    u"订单", u"单号", u"流水号", u"交易号", u"运单",
};
constexpr QStringView CardLabels[] = {
    u"card", u"credit", u"debit", u"visa", u"mastercard", u"amex", u"unionpay", u"pan",
    u"卡号", u"银行卡", u"信用卡", u"借记卡", u"储蓄卡", u"卡",
};

struct DigitGroup
{
    qsizetype start;
    qsizetype end;
    qsizetype size() const { return end - start; }
};

bool joinsGroups(QChar c)
{
    return c == u' ' || c == u'-' || c == QChar(0x00A0);
}

qsizetype digitsEnd(QStringView text, qsizetype pos)
{
    while (pos < text.size() && AsciiChar::isDigit(text.at(pos)))
        ++pos;
    return pos;
}

// Digit groups joined by single spaces or hyphens, starting at a digit that does not follow another digit.
QList<DigitGroup> chainAt(QStringView text, qsizetype start)
{
    QList<DigitGroup> groups{{start, digitsEnd(text, start)}};
    while (true) {
        const qsizetype next = groups.last().end + 1;
        if (next >= text.size() || !joinsGroups(text.at(next - 1)) || !AsciiChar::isDigit(text.at(next)))
            break;
        groups.append({next, digitsEnd(text, next)});
    }
    return groups;
}

// A digit after '.' or ',' and a digit: the number continues a decimal or a thousands-separated amount.
bool continuesNumber(QStringView text, qsizetype punctuation, qsizetype digit)
{
    if (punctuation < 0 || punctuation >= text.size() || digit < 0 || digit >= text.size())
        return false;
    const QChar p = text.at(punctuation);
    return (p == u'.' || p == u',') && AsciiChar::isDigit(text.at(digit));
}

// The longest run of leading groups that reads as one card number, as a count of groups (0 when none).
qsizetype cardGroupCount(QStringView text, const QList<DigitGroup> &groups, QString *digits)
{
    qsizetype best = 0;
    QString collected;
    for (qsizetype k = 0; k < groups.size(); ++k) {
        const DigitGroup group = groups.at(k);
        if (k > 0 && groups.first().size() >= 12)
            break;  // a number written in one piece ends at its first space or hyphen
        if (!(k == 0 && group.size() >= 12) && (group.size() < 3 || group.size() > 6))
            break;
        if (collected.size() + group.size() > 19)
            break;
        collected += text.sliced(group.start, group.size());
        if (collected.size() >= 12 && CardNumber::luhnValid(collected)) {
            best = k + 1;
            *digits = collected;
        }
    }
    return best;
}

// "20240518103047": a timestamp, unless the digits also fit a card network.
bool startsWithDate(QStringView digits)
{
    const int year = digits.first(4).toInt();
    const int month = digits.sliced(4, 2).toInt();
    const int day = digits.sliced(6, 2).toInt();
    return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool labelledAsSomethingElse(QStringView text, qsizetype start)
{
    const qsizetype notCard = NearbyLabel::gapBefore(text, start, NotCardLabels, LabelDistance);
    if (notCard < 0)
        return false;
    const qsizetype card = NearbyLabel::gapBefore(text, start, CardLabels, LabelDistance);
    return card < 0 || notCard < card;
}
} // namespace

bool CardNumberScanner::hasKnownNetworkPrefix(QStringView digits)
{
    const qsizetype n = digits.size();
    const auto prefix = [digits](qsizetype length) { return digits.first(length).toInt(); };
    if (n < 12)
        return false;
    if (digits.front() == u'4')
        return n == 13 || n == 16 || n == 19;                                    // Visa
    if ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720))
        return n == 16;                                                          // Mastercard
    if (prefix(2) == 34 || prefix(2) == 37)
        return n == 15;                                                          // American Express
    if (prefix(2) == 62)
        return n >= 16;                                                          // UnionPay
    if (prefix(4) == 6011 || prefix(2) == 65 || (prefix(3) >= 644 && prefix(3) <= 649))
        return n >= 16;                                                          // Discover
    if (prefix(4) >= 3528 && prefix(4) <= 3589)
        return n >= 16;                                                          // JCB
    if (prefix(2) == 36 || prefix(2) == 38 || prefix(2) == 39 || (prefix(3) >= 300 && prefix(3) <= 305))
        return n >= 14;                                                          // Diners Club
    return false;
}

QList<SecretFinding> CardNumberScanner::find(QStringView text)
{
    QList<SecretFinding> found;
    std::optional<ExemptSpans> exempt;  // built only once a candidate needs it: most texts have none
    qsizetype i = 0;
    while (i < text.size()) {
        if (!AsciiChar::isDigit(text.at(i)) || (i > 0 && AsciiChar::isDigit(text.at(i - 1)))) {
            ++i;
            continue;
        }
        const QList<DigitGroup> groups = chainAt(text, i);
        i = groups.last().end;

        const qsizetype start = groups.first().start;
        const QChar before = start > 0 ? text.at(start - 1) : QChar();
        if (AsciiChar::isLetter(before) || before == u'+' || continuesNumber(text, start - 1, start - 2))
            continue;
        QString digits;
        const qsizetype count = cardGroupCount(text, groups, &digits);
        if (count == 0)
            continue;
        const qsizetype end = groups.at(count - 1).end;
        if (end < text.size() && AsciiChar::isLetter(text.at(end)))
            continue;
        if (count == groups.size() && continuesNumber(text, end, end + 1))
            continue;
        if (!exempt)
            exempt.emplace(text);
        if (exempt->inUrl(start) || exempt->inIban(start) || labelledAsSomethingElse(text, start))
            continue;
        const bool knownNetwork = hasKnownNetworkPrefix(digits);
        if (!knownNetwork && startsWithDate(digits))
            continue;
        found.append({SecretFinding::Kind::CardNumber, start, end - start, knownNetwork});
    }
    return found;
}

} // namespace okpay
