#pragma once
#include "store/walletcache.h"

#include <QAbstractListModel>
#include <QLocale>

namespace okpay {

// The Balance tab's per-currency balances from the cache (available and pending), formatted in the user's locale.
class BalanceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CurrencyRole = Qt::UserRole + 1, AvailableTextRole, PendingTextRole, AvailableMinorRole, PendingMinorRole };

    explicit BalanceListModel(WalletCache *cache, QObject *parent = nullptr);
    void setLocale(const QLocale &locale);
    void reload();  // after a sync

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    WalletCache *m_cache;
    QLocale m_locale;
    QList<CachedBalance> m_balances;
};

} // namespace okpay
