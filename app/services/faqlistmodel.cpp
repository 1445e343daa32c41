#include "services/faqlistmodel.h"

namespace okpay {

FaqListModel::FaqListModel(FaqStore *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    reload();
}

void FaqListModel::setLocale(const QString &locale)
{
    m_locale = locale == u"zh_CN" ? locale : QStringLiteral("en");
    reload();
}

void FaqListModel::setQuery(const QString &query)
{
    m_query = query.trimmed();
    reload();
}

void FaqListModel::reload()
{
    beginResetModel();
    m_hits = m_query.isEmpty() ? m_store->byCategory(m_locale) : m_store->search(m_query, m_locale, 50);
    endResetModel();
}

int FaqListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant FaqListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const FaqHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case ArticleIdRole:
        return hit.id;
    case CategoryRole:
        return hit.category;
    case CategoryTitleRole:
        return hit.categoryTitle;
    default:
        return {};
    }
}

} // namespace okpay
