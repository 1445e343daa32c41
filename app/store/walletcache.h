#pragma once
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

struct CachedBalance
{
    Money available = Money::zero(Currency::usd());
    Money pending = Money::zero(Currency::usd());
    QDateTime updatedAt;
};

// Balances and the sync bookkeeping (cursors, ETags, last sync time) in the per-user cache.
class WalletCache
{
public:
    explicit WalletCache(QSqlDatabase db) : m_db(std::move(db)) {}

    bool replaceBalances(const QList<CachedBalance> &balances);
    QList<CachedBalance> balances() const;  // USD, EUR, CNY order as stored (by currency code)

    // Daily balances for the chart, per currency (replaced as a whole for that currency).
    bool replaceHistory(const Currency &currency, const QList<QPair<QDate, qint64>> &points);
    QList<QPair<QDate, qint64>> history(const Currency &currency) const;

    std::optional<QString> syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace okpay
