#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace okpay::server {

// The double-entry journal. Every movement is one entry of postings in a single currency that sum to zero. Postings
// on a user's "available" or "pending" account also move wallet_balances, with a conditional UPDATE so a balance never
// goes below zero. Call inside a SqlTransaction: when post() returns false the caller must roll back.
class Ledger
{
public:
    struct Posting
    {
        QString account;
        qint64 amount = 0;  // signed: positive credits the account
    };

    // System accounts (the other side of the users' money).
    static QString cardClearing() { return QStringLiteral("system:card_clearing"); }
    static QString bankClearing() { return QStringLiteral("system:bank_clearing"); }
    static QString bankExpected() { return QStringLiteral("system:bank_transfers_expected"); }
    static QString payoutClearing() { return QStringLiteral("system:payout_clearing"); }
    static QString feeRevenue() { return QStringLiteral("system:fee_revenue"); }
    static QString promotionExpense() { return QStringLiteral("system:promotion_expense"); }
    static QString available(const QString &userId) { return QStringLiteral("user:%1:available").arg(userId); }
    static QString pending(const QString &userId) { return QStringLiteral("user:%1:pending").arg(userId); }

    Ledger(const QSqlDatabase &db, const QDateTime &now) : m_db(db), m_now(now) {}

    // Records the entry; false (nothing usable written) when a user balance would go negative. Throws on an
    // unbalanced entry, which is a programming error.
    bool post(const QString &transactionId, const QString &kind, const QString &currency, const QList<Posting> &postings);

    // Creates the user's balance row if needed and locks it until the transaction ends (PostgreSQL row lock; SQLite
    // already holds the write lock), so checks such as the daily KYC usage cannot race another request.
    void lockWallet(const QString &userId, const QString &currency);

private:
    bool applyToWallet(const QString &account, const QString &currency, qint64 amount);
    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace okpay::server
