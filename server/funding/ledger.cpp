#include "funding/ledger.h"

#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <stdexcept>

namespace okpay::server {

bool Ledger::post(const QString &transactionId, const QString &kind, const QString &currency,
                  const QList<Posting> &postings)
{
    qint64 sum = 0;
    for (const Posting &p : postings)
        sum += p.amount;
    if (sum != 0)
        throw std::logic_error("unbalanced journal entry");
    // Debits first: an insufficient balance stops the entry before anything else is written.
    QList<Posting> ordered = postings;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Posting &a, const Posting &b) { return a.amount < b.amount; });
    for (const Posting &p : ordered)
        if (p.amount != 0 && !applyToWallet(p.account, currency, p.amount))
            return false;
    const QString entryId = Ids::newId("jen");
    const QString now = sqlTime(m_now);
    sqlExec(m_db, QStringLiteral("INSERT INTO journal_entries (id, transaction_id, kind, currency, created_at) "
                                 "VALUES (:id, :t, :k, :c, :now)"),
            {{":id", entryId}, {":t", transactionId}, {":k", kind}, {":c", currency}, {":now", now}});
    for (const Posting &p : postings) {
        if (p.amount == 0)
            continue;
        sqlExec(m_db, QStringLiteral("INSERT INTO postings (id, entry_id, account, currency, amount, created_at) "
                                     "VALUES (:id, :e, :a, :c, :amount, :now)"),
                {{":id", Ids::newId("pst")}, {":e", entryId}, {":a", p.account}, {":c", currency},
                 {":amount", p.amount}, {":now", now}});
    }
    return true;
}

void Ledger::lockWallet(const QString &userId, const QString &currency)
{
    const QString now = sqlTime(m_now);
    sqlExec(m_db, QStringLiteral("INSERT INTO wallet_balances (user_id, currency, available, pending, updated_at) "
                                 "VALUES (:u, :c, 0, 0, :now) ON CONFLICT DO NOTHING"),
            {{":u", userId}, {":c", currency}, {":now", now}});
    sqlExec(m_db, QStringLiteral("UPDATE wallet_balances SET updated_at = updated_at WHERE user_id = :u AND currency = :c"),
            {{":u", userId}, {":c", currency}});
}

bool Ledger::applyToWallet(const QString &account, const QString &currency, qint64 amount)
{
    if (!account.startsWith(u"user:"))
        return true;
    const QStringList parts = account.split(u':');
    if (parts.size() != 3)
        throw std::logic_error("malformed ledger account");
    const QString &userId = parts[1];
    const bool isAvailable = parts[2] == u"available";
    const QString now = sqlTime(m_now);
    sqlExec(m_db, QStringLiteral("INSERT INTO wallet_balances (user_id, currency, available, pending, updated_at) "
                                 "VALUES (:u, :c, 0, 0, :now) ON CONFLICT DO NOTHING"),
            {{":u", userId}, {":c", currency}, {":now", now}});
    // The guard in the WHERE clause is what keeps balances non-negative under concurrent requests: on SQLite writers
    // are serialized, on PostgreSQL the row lock makes the second debit re-check the updated value.
    const QString column = isAvailable ? QStringLiteral("available") : QStringLiteral("pending");
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("UPDATE wallet_balances SET %1 = %1 + :delta, updated_at = :now "
                                         "WHERE user_id = :u AND currency = :c AND %1 + :delta2 >= 0")
                              .arg(column),
                          {{":delta", amount}, {":now", now}, {":u", userId}, {":c", currency}, {":delta2", amount}});
    return q.numRowsAffected() == 1;
}

} // namespace okpay::server
