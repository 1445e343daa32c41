#include "core/verificationcodescanner.h"

#include "core/asciichar.h"
#include "core/exemptspans.h"
#include "core/nearbylabel.h"
#include "core/standalonenumber.h"

#include <algorithm>
#include <optional>

namespace okpay {

namespace {
constexpr qsizetype DistanceBefore = 20;
constexpr qsizetype DistanceAfter = 24;
constexpr qsizetype StrongDistance = 4;

constexpr QStringView CodeLabels[] = {
    u"code", u"codes", u"2fa", u"otp", u"verification", u"verify", u"authenticator", u"passcode", u"one-time",
    u"验证码", u"动态码", u"校验码", u"动态口令", u"认证码", u"授权码",
};
constexpr QStringView NotCodeLabels[] = {
    u"zip code", u"zip", u"postal code", u"post code", u"postcode", u"area code", u"country code",
    u"error code", u"status code", u"promo code", u"coupon code", u"discount code", u"invite code",
    u"invitation code", u"referral code", u"product code", u"swift code", u"bank code", u"branch code",
    u"sort code", u"order", u"tracking", u"invoice",
    u"邮编", u"邮政编码", u"区号", u"错误码", u"邀请码", u"推荐码", u"订单", u"单号",
};

// Codes in one piece, and split in two halves the way authenticator apps show them ("123 456", "1234 5678").
QList<StandaloneNumber> codeCandidates(QStringView text)
{
    QList<StandaloneNumber> candidates = StandaloneNumber::find(text, 6, 8);
    const QList<StandaloneNumber> halves = StandaloneNumber::find(text, 3, 4);
    for (qsizetype i = 0; i + 1 < halves.size(); ++i) {
        const StandaloneNumber &first = halves.at(i);
        const StandaloneNumber &second = halves.at(i + 1);
        if (second.start != first.end() + 1 || text.at(first.end()) != u' ' || first.length != second.length)
            continue;
        const bool moreBefore = first.start >= 2 && text.at(first.start - 1) == u' '
                                && AsciiChar::isDigit(text.at(first.start - 2));
        const bool moreAfter = second.end() + 1 < text.size() && text.at(second.end()) == u' '
                               && AsciiChar::isDigit(text.at(second.end() + 1));
        if (!moreBefore && !moreAfter)  // not two groups of a longer number such as a phone number
            candidates.append({first.start, second.end() - first.start, first.afterLetter});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const StandaloneNumber &a, const StandaloneNumber &b) { return a.start < b.start; });
    return candidates;
}
} // namespace

QList<SecretFinding> VerificationCodeScanner::find(QStringView text, const QList<SecretFinding> &cardNumbers)
{
    QList<SecretFinding> found;
    std::optional<ExemptSpans> exempt;  // built only once a candidate needs it: most texts have none
    qsizetype nextCard = 0;  // the first card number ending after this number starts (both lists in text order)
    for (const StandaloneNumber &number : codeCandidates(text)) {
        while (nextCard < cardNumbers.size()
               && cardNumbers.at(nextCard).start + cardNumbers.at(nextCard).length <= number.start)
            ++nextCard;
        if (nextCard < cardNumbers.size() && cardNumbers.at(nextCard).start < number.end())
            continue;  // a group of a card number
        const qsizetype before = NearbyLabel::gapBefore(text, number.start, CodeLabels, DistanceBefore);
        if (number.afterLetter && before != 0)
            continue;
        const qsizetype notCode = NearbyLabel::gapBefore(text, number.start, NotCodeLabels, DistanceBefore);
        if (notCode >= 0 && (before < 0 || notCode <= before))
            continue;
        const qsizetype after = NearbyLabel::gapAfter(text, number.end(), CodeLabels, DistanceAfter);
        if (before < 0 && after < 0)
            continue;
        if (!exempt)
            exempt.emplace(text);
        if (exempt->inIban(number.start))
            continue;
        const qsizetype nearest = before < 0 ? after : after < 0 ? before : qMin(before, after);
        found.append({SecretFinding::Kind::VerificationCode, number.start, number.length,
                      nearest <= StrongDistance});
    }
    return found;
}

} // namespace okpay
