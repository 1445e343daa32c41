#include "services/transactiondescription.h"

#include "core/transaction.h"

namespace okpay {

namespace {
QString topUpBy(const QString &kind)
{
    if (kind == u"bank_transfer")
        return TransactionDescription::tr("Top-up by bank transfer");
    if (kind == u"debit_card")
        return TransactionDescription::tr("Top-up by debit card");
    if (kind == u"credit_card")
        return TransactionDescription::tr("Top-up by credit card");
    return {};
}

QString withdrawalTo(const QString &kind)
{
    if (kind == u"bank_account")
        return TransactionDescription::tr("Withdrawal to bank account");
    if (kind == u"card")
        return TransactionDescription::tr("Withdrawal to card");
    if (kind == u"ewallet")
        return TransactionDescription::tr("Withdrawal to another e-wallet");
    return {};
}
} // namespace

QString TransactionDescription::text(const Transaction &t)
{
    const QString described = t.type == u"topup" ? topUpBy(t.methodKind) : t.type == u"withdrawal" ? withdrawalTo(t.methodKind) : QString();
    if (described.isEmpty())
        return t.description;
    if (t.cardLast4.isEmpty())
        return described;
    return tr("%1 ending %2", "a card top-up and the card's last four digits").arg(described, t.cardLast4);
}

QList<std::pair<QString, QString>> TransactionDescription::kindsDescribedWith(const QString &text)
{
    const QString needle = text.trimmed();
    QList<std::pair<QString, QString>> kinds;
    if (needle.isEmpty())
        return kinds;
    for (const char *kind : {"bank_transfer", "debit_card", "credit_card"})
        if (topUpBy(QLatin1String(kind)).contains(needle, Qt::CaseInsensitive))
            kinds.append({QStringLiteral("topup"), QLatin1String(kind)});
    for (const char *kind : {"bank_account", "card", "ewallet"})
        if (withdrawalTo(QLatin1String(kind)).contains(needle, Qt::CaseInsensitive))
            kinds.append({QStringLiteral("withdrawal"), QLatin1String(kind)});
    return kinds;
}

} // namespace okpay
