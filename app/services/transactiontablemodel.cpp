#include "services/transactiontablemodel.h"

#include "services/transactiondescription.h"

#include "core/moneyformat.h"

namespace okpay {

TransactionTableModel::TransactionTableModel(TransactionStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void TransactionTableModel::setFilter(const TransactionFilter &filter)
{
    m_filter = filter;
    m_filter.describedAs = TransactionDescription::kindsDescribedWith(filter.text);  // rows shown in the app's words
    reload();
}

void TransactionTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void TransactionTableModel::setAmountsHidden(bool hidden)
{
    m_amountsHidden = hidden;
    if (m_count > 0)
        emit dataChanged(index(0, AmountColumn), index(m_count - 1, FeeColumn));
}

void TransactionTableModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    TransactionFilter filter = m_filter;
    if (column == DateColumn)
        filter.sort = descending ? TransactionFilter::Sort::NewestFirst : TransactionFilter::Sort::OldestFirst;
    else if (column == AmountColumn)
        filter.sort = descending ? TransactionFilter::Sort::LargestFirst : TransactionFilter::Sort::SmallestFirst;
    else
        return;
    if (filter.sort != m_filter.sort)
        setFilter(filter);
}

std::optional<Transaction> TransactionTableModel::transaction(int row) const
{
    const Transaction *t = transactionAt(row);
    return t ? std::optional<Transaction>(*t) : std::nullopt;
}

void TransactionTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = m_store ? m_store->count(m_filter) : 0;
    endResetModel();
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Transaction *TransactionTableModel::transactionAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int pageNumber = row / PageSize;
    auto it = m_pages.find(pageNumber);
    if (it == m_pages.end()) {
        ++m_pagesRead;
        if (m_pages.size() >= MaxCachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(pageNumber, m_store->page(pageNumber * PageSize, PageSize, m_filter));
    } else {
        m_recent.removeOne(pageNumber);
    }
    m_recent.append(pageNumber);
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    const Transaction *t = index.isValid() ? transactionAt(index.row()) : nullptr;
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DateColumn:
            return m_locale.toString(t->createdAt.toLocalTime(), QLocale::ShortFormat);
        case DescriptionColumn:
            return TransactionDescription::text(*t);
        case TypeColumn:
            return typeLabel(t->type);
        case MethodColumn:
            return methodLabel(t->methodKind);
        case StatusColumn:
            return statusLabel(t->status);
        case FeeColumn:
            return m_amountsHidden ? hiddenAmount() : t->fee.minor() == 0 ? QString() : MoneyFormat::withSymbol(t->fee, m_locale);
        case ReferenceColumn:
            return t->reference;
        case AmountColumn: {
            if (m_amountsHidden)
                return hiddenAmount();
            const Money shown = t->direction == u"debit" ? t->amount.negated().value_or(t->amount) : t->amount;
            const QString text = MoneyFormat::withSymbol(shown, m_locale);
            return t->direction == u"credit" ? m_locale.positiveSign() + text : text;
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn || index.column() == FeeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TransactionIdRole:
        return t->id;
    case AmountMinorRole:
        return t->amount.minor();
    case CurrencyRole:
        return t->amount.currency().code();
    case StatusRole:
        return t->status;
    default:
        return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case DescriptionColumn:
        return tr("Description");
    case TypeColumn:
        return tr("Type");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case FeeColumn:
        return tr("Fee");
    case ReferenceColumn:
        return tr("Reference");
    case ColumnCount:
        break;
    }
    return {};
}

QString TransactionTableModel::methodLabel(const QString &methodKind)
{
    if (methodKind == u"bank_transfer")
        return tr("Bank transfer");
    if (methodKind == u"debit_card")
        return tr("Debit card");
    if (methodKind == u"credit_card")
        return tr("Credit card");
    if (methodKind == u"bank_account")
        return tr("Bank account");
    if (methodKind == u"card")
        return tr("Card");
    if (methodKind == u"ewallet")
        return tr("E-wallet");
    return methodKind;
}

QString TransactionTableModel::typeLabel(const QString &type)
{
    if (type == u"topup")
        return tr("Top-up");
    if (type == u"withdrawal")
        return tr("Withdrawal");
    if (type == u"refund")
        return tr("Refund");
    if (type == u"adjustment")
        return tr("Adjustment");
    return type;
}

QString TransactionTableModel::statusLabel(const QString &status)
{
    if (status == u"pending")
        return tr("Pending");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"reversed")
        return tr("Reversed");
    return status;
}

} // namespace okpay
