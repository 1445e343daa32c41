#pragma once
// Shared steps of the funding API tests: quotes, card top-ups, payout destinations, and the journal check.
#include "support/serverprocess.h"

#include <QJsonDocument>
#include <QUuid>

namespace okpay::test {

inline QJsonObject moneyJson(qint64 amount, const QString &currency = QStringLiteral("USD"))
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}};
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QHash<QByteArray, QByteArray> idempotencyKey(const QString &key = {})
{
    return {{"Idempotency-Key", (key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key).toLatin1()}};
}

inline HttpReply quote(ServerProcess &server, const QString &token, const QString &methodId, qint64 amount,
                       const QString &currency = QStringLiteral("USD"))
{
    return server.post(QStringLiteral("/v1/funding/quotes"),
                       {{QStringLiteral("method_id"), methodId}, {QStringLiteral("amount"), moneyJson(amount, currency)}}, token);
}

inline QJsonObject testCard(const QString &number = QStringLiteral("4242424242424242"))
{
    return {{QStringLiteral("number"), number}, {QStringLiteral("expiry_month"), 12},
            {QStringLiteral("expiry_year"), 2035}, {QStringLiteral("cvv"), QStringLiteral("123")}};
}

// Credits `amount` to the wallet through an instant debit-card top-up; returns the top-up reply.
inline HttpReply topUpByCard(ServerProcess &server, const QString &token, qint64 amount,
                             const QString &currency = QStringLiteral("USD"))
{
    const HttpReply q = quote(server, token, QStringLiteral("topup_debit_card"), amount, currency);
    if (q.status != 201)
        return q;
    return server.post(QStringLiteral("/v1/funding/topups"),
                       {{QStringLiteral("quote_id"), q.json().value(u"quote_id").toString()}, {QStringLiteral("card"), testCard()}},
                       token, idempotencyKey());
}

inline QString createEwalletDestination(ServerProcess &server, const QString &token, const QString &handle,
                                        const QString &currency = QStringLiteral("USD"))
{
    const HttpReply reply = server.post(QStringLiteral("/v1/funding/payout-destinations"),
                                        {{QStringLiteral("kind"), QStringLiteral("ewallet")},
                                         {QStringLiteral("label"), QStringLiteral("My other wallet")},
                                         {QStringLiteral("currency"), currency},
                                         {QStringLiteral("provider"), QStringLiteral("PayPal")},
                                         {QStringLiteral("account_handle"), handle}},
                                        token);
    return reply.json().value(u"id").toString();
}

inline qint64 availableBalance(ServerProcess &server, const QString &token, const QString &currency = QStringLiteral("USD"))
{
    for (const QJsonValue &v : server.get(QStringLiteral("/v1/wallet/balances"), token).items())
        if (v.toObject().value(u"currency").toString() == currency)
            return v.toObject().value(u"available").toObject().value(u"amount").toInteger();
    return -1;
}

inline qint64 pendingBalance(ServerProcess &server, const QString &token, const QString &currency = QStringLiteral("USD"))
{
    for (const QJsonValue &v : server.get(QStringLiteral("/v1/wallet/balances"), token).items())
        if (v.toObject().value(u"currency").toString() == currency)
            return v.toObject().value(u"pending").toObject().value(u"amount").toInteger();
    return -1;
}

// True when every journal entry balances: for an unbalanced entry the INSERT would add a negative balance, which
// the wallet_balances CHECK rejects, so the statement fails (execSql has no result rows to read).
inline bool journalBalanced(ServerProcess &server)
{
    return server.execSql(QStringLiteral(
        "INSERT INTO wallet_balances (user_id, currency, available, pending, updated_at) "
        "SELECT 'journal-check', currency, -1, 0, 'x' FROM postings GROUP BY entry_id, currency HAVING SUM(amount) <> 0"));
}

} // namespace okpay::test
