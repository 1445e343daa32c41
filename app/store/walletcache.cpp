#include "store/walletcache.h"

#include <QSqlQuery>
#include <QVariant>

namespace okpay {

bool WalletCache::replaceBalances(const QList<CachedBalance> &balances)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    bool ok = q.exec(QStringLiteral("DELETE FROM balances"));
    q.prepare(QStringLiteral("INSERT INTO balances (currency, available, pending, updated_at) VALUES (?, ?, ?, ?)"));
    for (const CachedBalance &b : balances) {
        if (!ok)
            break;
        q.addBindValue(b.available.currency().code());
        q.addBindValue(b.available.minor());
        q.addBindValue(b.pending.minor());
        q.addBindValue(b.updatedAt.toUTC().toString(Qt::ISODateWithMs));
        ok = q.exec();
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<CachedBalance> WalletCache::balances() const
{
    QSqlQuery q(m_db);
    QList<CachedBalance> out;
    if (!q.exec(QStringLiteral("SELECT currency, available, pending, updated_at FROM balances ORDER BY currency")))
        return out;
    while (q.next()) {
        const auto currency = Currency::fromCode(q.value(0).toString());
        if (!currency)
            continue;
        out.append(CachedBalance{Money(q.value(1).toLongLong(), *currency), Money(q.value(2).toLongLong(), *currency),
                                 QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

bool WalletCache::replaceHistory(const Currency &currency, const QList<QPair<QDate, qint64>> &points)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM balance_history WHERE currency = ?"));
    q.addBindValue(currency.code());
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO balance_history (currency, day, available) VALUES (?, ?, ?)"));
    for (const auto &[day, minor] : points) {
        if (!ok)
            break;
        q.addBindValue(currency.code());
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(minor);
        ok = q.exec();
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<QPair<QDate, qint64>> WalletCache::history(const Currency &currency) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day, available FROM balance_history WHERE currency = ? ORDER BY day"));
    q.addBindValue(currency.code());
    QList<QPair<QDate, qint64>> out;
    if (q.exec()) {
        while (q.next())
            out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong()});
    }
    return out;
}

std::optional<QString> WalletCache::syncValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool WalletCache::setSyncValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace okpay
