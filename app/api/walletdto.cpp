#include "api/walletdto.h"

#include "api/dtoreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace okpay {

std::optional<Transaction> WalletDto::transaction(const QJsonObject &json, QString *error)
{
    DtoReader r(json, QStringLiteral("transaction"));
    Transaction t;
    t.id = r.string(QStringLiteral("id"), 1, 64);
    t.type = r.oneOf(QStringLiteral("type"), {QStringLiteral("topup"), QStringLiteral("withdrawal"), QStringLiteral("refund"), QStringLiteral("adjustment")});
    t.direction = r.oneOf(QStringLiteral("direction"), {QStringLiteral("credit"), QStringLiteral("debit")});
    t.status = r.oneOf(QStringLiteral("status"), {QStringLiteral("pending"), QStringLiteral("completed"), QStringLiteral("failed"),
                                                  QStringLiteral("cancelled"), QStringLiteral("reversed")});
    t.amount = r.money(QStringLiteral("amount"));
    t.fee = r.money(QStringLiteral("fee"));
    t.total = r.money(QStringLiteral("total"));
    t.description = r.string(QStringLiteral("description"), 0, 500);
    t.methodKind = r.optionalString(QStringLiteral("method_kind"), 64);
    t.reference = r.optionalString(QStringLiteral("reference"), 64);
    t.failureReason = r.optionalString(QStringLiteral("failure_reason"), 500);
    // Only shown as "ending 1234": anything but four digits is dropped rather than failing the transaction.
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    const QString last4 = json.value(u"card_last4").toString();
    t.cardLast4 = fourDigits.match(last4).hasMatch() ? last4 : QString();
    t.createdAt = r.time(QStringLiteral("created_at"));
    t.updatedAt = r.time(QStringLiteral("updated_at"));
    if (r.ok() && (!(t.fee.currency() == t.amount.currency()) || !(t.total.currency() == t.amount.currency())))
        *error = QStringLiteral("transaction: amount, fee and total in different currencies");
    else if (!r.ok())
        *error = r.error();
    else
        return t;
    return std::nullopt;
}

std::optional<TransactionPage> WalletDto::transactions(const QJsonObject &json, QString *error)
{
    DtoReader r(json);
    TransactionPage page;
    const QJsonArray items = r.array(QStringLiteral("items"), 200);
    page.nextCursor = r.optionalString(QStringLiteral("next_cursor"), 1024);
    page.serverTime = r.time(QStringLiteral("server_time"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    for (const QJsonValue &item : items) {
        const auto t = transaction(item.toObject(), error);
        if (!t)
            return std::nullopt;
        page.items.append(*t);
    }
    return page;
}

std::optional<BalanceList> WalletDto::balances(const QJsonObject &json, QString *error)
{
    DtoReader r(json);
    BalanceList list;
    const QJsonArray items = r.array(QStringLiteral("items"), 200);
    list.serverTime = r.time(QStringLiteral("server_time"));
    for (const QJsonValue &item : items) {
        DtoReader b(item.toObject(), QStringLiteral("balance"));
        Balance balance{b.money(QStringLiteral("available")), b.money(QStringLiteral("pending")), b.time(QStringLiteral("updated_at"))};
        const QString currency = b.string(QStringLiteral("currency"), 3, 3);
        if (!b.ok() || currency != balance.available.currency().code() || !(balance.pending.currency() == balance.available.currency())) {
            *error = b.ok() ? QStringLiteral("balance: currencies disagree") : b.error();
            return std::nullopt;
        }
        list.items.append(balance);
    }
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    return list;
}

} // namespace okpay
