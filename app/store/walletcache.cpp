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
