#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>

namespace okpay::test {

// Fills the cache's transactions table with `count` rows inside SQLite (a recursive CTE), newest = row 1:
// ids "t<n>" with n = 1 the oldest, one transaction a minute, alternating top-ups (credit) and withdrawals (debit).
inline bool fillTransactions(const QSqlDatabase &db, int count)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral(
        "INSERT INTO transactions (id, created_at, updated_at, type, direction, status, currency, amount, fee, total, "
        "description, method_kind, reference, failure_reason) "
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
        "SELECT 't' || x, strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || x || ' minutes'), "
        "strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || x || ' minutes'), "
        "CASE x % 2 WHEN 0 THEN 'topup' ELSE 'withdrawal' END, CASE x % 2 WHEN 0 THEN 'credit' ELSE 'debit' END, "
        "CASE WHEN x % 10 = 0 THEN 'pending' ELSE 'completed' END, 'USD', 100 + x % 1000, 30, 130 + x % 1000, "
        "'Transaction number ' || x, 'debit_card', 'REF' || x, NULL FROM n").arg(count));
}

} // namespace okpay::test
