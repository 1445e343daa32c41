#include "core/securitycodescanner.h"

#include "core/asciichar.h"
#include "core/exemptspans.h"
#include "core/nearbylabel.h"
#include "core/standalonenumber.h"

#include <optional>

namespace okpay {

namespace {
constexpr qsizetype LabelDistance = 12;
constexpr qsizetype CardDistance = 40;

constexpr QStringView SecurityCodeLabels[] = {
    u"cvv", u"cvv2", u"cvc", u"cvc2", u"cid", u"csc", u"security code", u"card verification",
    u"verification value", u"安全码", u"卡背", u"背面", u"后三位",
};
// Words allowed between a card number and its CVV besides the expiry date.
constexpr QStringView ExpiryWords[] = {
    u"exp", u"expiry", u"expires", u"expiration", u"valid", u"thru", u"until", u"date", u"有效期", u"到期",
};

bool isFiller(QChar c)
{
    return c.isSpace() || c == u',' || c == u';' || c == u':' || c == u'/' || c == u'-' || c == u'(' || c == u')'
           || c == u'，' || c == u'：' || c == u'；' || c == u'、';
}

bool twoDigits(QStringView text, qsizetype pos)
{
    return pos + 2 <= text.size() && AsciiChar::isDigit(text.at(pos)) && AsciiChar::isDigit(text.at(pos + 1));
}
} // namespace

qsizetype SecurityCodeScanner::expiryLength(QStringView text, qsizetype pos)
{
    if (!twoDigits(text, pos) || pos + 3 > text.size() || text.at(pos + 2) != u'/')
        return 0;
    const int month = text.sliced(pos, 2).toInt();
    if (month < 1 || month > 12 || !twoDigits(text, pos + 3))
        return 0;
    const qsizetype length = twoDigits(text, pos + 5) ? 7 : 5;
    if (pos + length < text.size() && AsciiChar::isDigit(text.at(pos + length)))
        return 0;
    return length;
}

bool SecurityCodeScanner::followsCardNumber(QStringView text, qsizetype pos, const SecretFinding *card)
{
    if (!card || pos - (card->start + card->length) > CardDistance)
        return false;
    qsizetype at = card->start + card->length;
    while (at < pos) {
        if (isFiller(text.at(at)))
            ++at;
        else if (const qsizetype expiry = expiryLength(text, at); expiry > 0)
            at += expiry;
        else if (const qsizetype word = NearbyLabel::startingAt(text, at, ExpiryWords); word > 0)
            at += word;
        else
            return false;
    }
    return true;
}

QList<SecretFinding> SecurityCodeScanner::find(QStringView text, const QList<SecretFinding> &cardNumbers)
{
    QList<SecretFinding> found;
    std::optional<ExemptSpans> exempt;  // built only once a candidate needs it: most texts have none
    qsizetype nextCard = 0;  // the first card number ending after this number starts (both lists in text order)
    for (const StandaloneNumber &number : StandaloneNumber::find(text, 3, 4)) {
        while (nextCard < cardNumbers.size()
               && cardNumbers.at(nextCard).start + cardNumbers.at(nextCard).length <= number.start)
            ++nextCard;
        if (nextCard < cardNumbers.size() && cardNumbers.at(nextCard).start < number.end())
            continue;  // a group of the card number itself
        const qsizetype gap = NearbyLabel::gapBefore(text, number.start, SecurityCodeLabels, LabelDistance);
        if (number.afterLetter && gap != 0)
            continue;
        if (gap < 0 && !followsCardNumber(text, number.start, nextCard > 0 ? &cardNumbers.at(nextCard - 1) : nullptr))
            continue;
        if (!exempt)
            exempt.emplace(text);
        if (exempt->inUrl(number.start) || exempt->inIban(number.start))
            continue;
        found.append({SecretFinding::Kind::CardSecurityCode, number.start, number.length, gap >= 0});
    }
    return found;
}

} // namespace okpay
