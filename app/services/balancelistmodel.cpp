#include "services/balancelistmodel.h"

#include "core/moneyformat.h"

namespace okpay {

BalanceListModel::BalanceListModel(WalletCache *cache, QObject *parent) : QAbstractListModel(parent), m_cache(cache)
{
    reload();
}

void BalanceListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_balances.isEmpty())
        emit dataChanged(index(0), index(int(m_balances.size()) - 1));
}

void BalanceListModel::reload()
{
    beginResetModel();
    m_balances.clear();
    const QList<CachedBalance> cached = m_cache->balances();
    // Always the wallet's three currencies, in a fixed order, zero when the server has not reported one yet.
    for (const Currency &currency : Currency::walletCurrencies()) {
        CachedBalance shown{Money::zero(currency), Money::zero(currency), {}};
        for (const CachedBalance &b : cached)
            if (b.available.currency() == currency)
                shown = b;
        m_balances.append(shown);
    }
    endResetModel();
}

int BalanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balances.size());
}

QVariant BalanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_balances.size())
        return {};
    const CachedBalance &b = m_balances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AvailableTextRole:
        return MoneyFormat::withSymbol(b.available, m_locale);
    case CurrencyRole:
        return b.available.currency().code();
    case PendingTextRole:
        return MoneyFormat::withSymbol(b.pending, m_locale);
    case AvailableMinorRole:
        return b.available.minor();
    case PendingMinorRole:
        return b.pending.minor();
    default:
        return {};
    }
}

QHash<int, QByteArray> BalanceListModel::roleNames() const
{
    return {{CurrencyRole, "currency"}, {AvailableTextRole, "available"}, {PendingTextRole, "pending"},
            {AvailableMinorRole, "availableMinor"}, {PendingMinorRole, "pendingMinor"}};
}

} // namespace okpay
