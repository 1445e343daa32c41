#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace okpay {

struct FaqArticleRecord
{
    QString id;
    QString locale;  // "en" or "zh_CN"
    QString category;
    QString title;
    QString body;  // Markdown
    QStringList tags;
    int position = 0;
    qint64 revision = 0;
    QDateTime updatedAt;
    QString categoryTitle;  // in the article's language
};

struct FaqHit
{
    QString id;
    QString title;
    QString category;
    QString categoryTitle;
};

// The offline FAQ in the cache: articles per locale and a search that also finds text inside Chinese sentences
// (FTS5 trigram for words of 3+ characters; 1–2 character Chinese words on an index of one-character tokens; other
// short words with instr() over titles).
class FaqStore
{
public:
    explicit FaqStore(QSqlDatabase db) : m_db(std::move(db)) {}

    bool upsert(const QList<FaqArticleRecord> &articles);
    bool remove(const QStringList &ids, const QString &locale);
    bool clearLocale(const QString &locale);  // before a full snapshot replaces the local copy
    std::optional<FaqArticleRecord> article(const QString &id, const QString &locale) const;
    QList<FaqHit> byCategory(const QString &locale) const;  // ordered by category, position
    QList<FaqHit> search(const QString &text, const QString &locale, int limit = 20) const;
    int count(const QString &locale) const;

private:
    QSqlDatabase m_db;
};

} // namespace okpay
