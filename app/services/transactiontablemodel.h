#pragma once
#include "store/transactionstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace okpay {

// Wallet history for the Balance tab: a table over the cache that reads only the pages on screen (200 rows each,
// at most MaxCachedPages kept), so a million cached transactions open at once and scroll in bounded memory.
class TransactionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, DescriptionColumn, TypeColumn, MethodColumn, StatusColumn, AmountColumn, FeeColumn, ReferenceColumn, ColumnCount };
    enum Role { TransactionIdRole = Qt::UserRole + 1, AmountMinorRole, CurrencyRole, StatusRole };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 16;

    explicit TransactionTableModel(TransactionStore *store, QObject *parent = nullptr);

    void setFilter(const TransactionFilter &filter);
    const TransactionFilter &filter() const { return m_filter; }
    void setLocale(const QLocale &locale);
    void setAmountsHidden(bool hidden);  // "Hide amounts": money shows as dots (on a shared screen)
    bool amountsHidden() const { return m_amountsHidden; }
    // Date and Amount sort (each on its own index); the other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    std::optional<Transaction> transaction(int row) const;  // for the details pane
    // Re-reads the count and drops cached pages (after a sync wrote new transactions).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int pagesRead() const { return m_pagesRead; }  // how often the cache was asked, for tests and benchmarks
    int cachedPages() const { return int(m_pages.size()); }

    static QString typeLabel(const QString &type);
    static QString statusLabel(const QString &status);
    static QString methodLabel(const QString &methodKind);
    static QString hiddenAmount() { return QStringLiteral("•••••"); }

private:
    const Transaction *transactionAt(int row) const;
    TransactionStore *m_store;
    TransactionFilter m_filter;
    QLocale m_locale;
    int m_count = 0;
    bool m_amountsHidden = false;
    mutable QHash<int, QList<Transaction>> m_pages;
    mutable QList<int> m_recent;  // page numbers, most recently used last
    mutable int m_pagesRead = 0;
};

} // namespace okpay
