#pragma once
#include "store/faqstore.h"

#include <QAbstractListModel>

namespace okpay {

// The help center's article list: every article by category, or the results of a search as the user types
// (the search runs on the cache, a few milliseconds even for 10,000 articles).
class FaqListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, CategoryRole, CategoryTitleRole };

    explicit FaqListModel(FaqStore *store, QObject *parent = nullptr);
    void setLocale(const QString &locale);  // "en" or "zh_CN"
    void setQuery(const QString &query);    // empty: all articles by category
    void reload();
    QString locale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    FaqStore *m_store;
    QString m_locale = QStringLiteral("en");
    QString m_query;
    QList<FaqHit> m_hits;
};

} // namespace okpay
