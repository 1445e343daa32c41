#include "ui/funding/kyctext.h"

#include "core/moneyformat.h"

namespace okpay {

QString KycText::level(int level)
{
    switch (level) {
    case 0:
        return tr("Email not confirmed (level 0)");
    case 1:
        return tr("Email confirmed (level 1)");
    case 2:
        return tr("Identity verified (level 2)");
    default:
        return tr("Enhanced verification (level 3)");
    }
}

QString KycText::documentType(const QString &type)
{
    if (type == u"passport")
        return tr("Passport");
    if (type == u"national_id")
        return tr("National identity card");
    if (type == u"driving_licence")
        return tr("Driving licence");
    if (type == u"residence_permit")
        return tr("Residence permit");
    if (type == u"proof_of_address")
        return tr("Proof of address (utility bill or bank statement)");
    if (type == u"selfie")
        return tr("Selfie holding your document");
    return type;  // a type added to the API after this version: its code is better than nothing
}

QString KycText::review(KycStatus::Review review)
{
    switch (review) {
    case KycStatus::Review::None:
        return tr("No documents sent yet");
    case KycStatus::Review::Pending:
        return tr("Under review");
    case KycStatus::Review::Approved:
        return tr("Approved");
    case KycStatus::Review::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString KycText::limitName(const QString &kind)
{
    if (kind == u"single_topup")
        return tr("Per top-up");
    if (kind == u"topup")
        return tr("Top-ups per day");
    if (kind == u"single_withdrawal")
        return tr("Per withdrawal");
    if (kind == u"withdrawal")
        return tr("Withdrawals per day");
    if (kind == u"balance")
        return tr("Wallet balance");
    return kind;
}

QString KycText::limitValue(const KycLimit &limit, const QLocale &locale)
{
    const QString max = MoneyFormat::withSymbol(limit.limit, locale);
    if (limit.limit.isZero())
        return tr("Not allowed at this level");
    if (limit.period == u"transaction" || limit.period == u"none")
        return max;
    return tr("%1 of %2 used today").arg(MoneyFormat::withSymbol(limit.used, locale), max);
}

QString KycText::exceeded(const KycLimit &limit, const Money &amount, const QLocale &locale)
{
    const QString asked = MoneyFormat::withSymbol(amount, locale);
    const QString max = MoneyFormat::withSymbol(limit.limit, locale);
    if (limit.limit.isZero())
        return tr("Your account cannot move money yet at its verification level. You asked for %1.").arg(asked);
    if (limit.kind == u"single_topup")
        return tr("You can top up at most %1 at a time. You asked for %2.").arg(max, asked);
    if (limit.kind == u"single_withdrawal")
        return tr("You can withdraw at most %1 at a time. You asked for %2.").arg(max, asked);
    const QString used = MoneyFormat::withSymbol(limit.used, locale);
    const QString resets = limit.resetsAt.isValid() ? locale.toString(limit.resetsAt.toLocalTime(), QLocale::ShortFormat) : QString();
    const QString text = limit.kind == u"topup" ? tr("You can top up %1 a day and have used %2 today. You asked for %3.")
                                                : tr("You can withdraw %1 a day and have used %2 today. You asked for %3.");
    return text.arg(max, used, asked) + (resets.isEmpty() ? QString() : u' ' + tr("The daily limit starts again at %1.").arg(resets));
}

QString KycText::nextLevel(const KycStatus &status, const QLocale &locale)
{
    if (status.level == 0)
        return tr("Confirm your email address first: then you can move money and verify your identity.");
    if (status.nextLevelRequirements.isEmpty())
        return tr("Your account has the highest verification level.");
    QStringList names;
    for (const QString &type : status.nextLevelRequirements)
        names << documentType(type);
    return tr("To raise your limits, reach %1 by sending: %2.").arg(level(status.level + 1), locale.createSeparatedList(names));
}

} // namespace okpay
