#include "support/faqimporter.h"

#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>

namespace okpay::server {

namespace {
struct StoredArticle
{
    QString hash;
    bool deleted = false;
};
} // namespace

const QStringList &faqLocales()
{
    static const QStringList locales{QStringLiteral("en"), QStringLiteral("zh_CN")};
    return locales;
}

namespace {
std::optional<QList<FaqArticleFile>> readLocale(const QString &dir, const QString &locale, QString *error)
{
    QList<FaqArticleFile> articles;
    const QDir localeDir(QDir(dir).filePath(locale));
    const QStringList files = localeDir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(localeDir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return std::nullopt;
        }
        auto article = FaqArticleFile::parse(QFileInfo(name).completeBaseName(), locale, file.read(FaqArticleFile::kMaxBytes + 1), error);
        if (!article)
            return std::nullopt;
        articles.append(*article);
    }
    return articles;
}

FaqLoadStats applyLocale(const Database &db, const QString &locale, const QList<FaqArticleFile> &articles,
                         const QDateTime &now)
{
    const QSqlDatabase conn = db.connection();
    SqlTransaction tx(conn, db.dialect());
    sqlExec(conn, QStringLiteral("INSERT INTO faq_revisions (locale, revision) VALUES (:l, 0) ON CONFLICT DO NOTHING"),
            {{":l", locale}});
    // Row lock on PostgreSQL: concurrent loaders of one locale run one after the other.
    sqlExec(conn, QStringLiteral("UPDATE faq_revisions SET revision = revision WHERE locale = :l"), {{":l", locale}});
    QSqlQuery rev = sqlExec(conn, QStringLiteral("SELECT revision FROM faq_revisions WHERE locale = :l"), {{":l", locale}});
    const qint64 next = (sqlFetchOne(rev) ? rev.value(0).toLongLong() : 0) + 1;

    QHash<QString, StoredArticle> stored;
    QSqlQuery existing = sqlExec(conn, QStringLiteral("SELECT id, content_hash, deleted FROM faq_articles WHERE locale = :l"),
                                 {{":l", locale}});
    while (existing.next())
        stored.insert(existing.value(0).toString(), {existing.value(1).toString(), existing.value(2).toInt() != 0});

    FaqLoadStats stats;
    const QString updatedAt = sqlTime(now);
    for (const FaqArticleFile &a : articles) {
        const auto it = stored.constFind(a.id);
        const QString hash = a.contentHash();
        if (it != stored.constEnd() && !it->deleted && it->hash == hash) {
            ++stats.unchanged;
            stored.remove(a.id);
            continue;
        }
        (it == stored.constEnd() ? stats.added : stats.updated) += 1;
        stored.remove(a.id);
        sqlExec(conn,
                QStringLiteral("INSERT INTO faq_articles (locale, id, category_id, category_title, title, body, tags, "
                               "position, content_hash, revision, deleted, updated_at) VALUES (:l, :id, :c, :ct, :t, :b, "
                               ":tags, :p, :h, :r, 0, :u) ON CONFLICT (locale, id) DO UPDATE SET category_id = "
                               "excluded.category_id, category_title = excluded.category_title, title = excluded.title, "
                               "body = excluded.body, tags = excluded.tags, position = excluded.position, content_hash = "
                               "excluded.content_hash, revision = excluded.revision, deleted = 0, updated_at = "
                               "excluded.updated_at"),
                {{":l", locale}, {":id", a.id}, {":c", a.categoryId}, {":ct", a.categoryTitle}, {":t", a.title},
                 {":b", a.body},
                 {":tags", QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.tags)).toJson(QJsonDocument::Compact))},
                 {":p", a.position}, {":h", hash}, {":r", next}, {":u", updatedAt}});
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it->deleted)
            continue;
        ++stats.deleted;
        sqlExec(conn, QStringLiteral("UPDATE faq_articles SET deleted = 1, revision = :r, updated_at = :u "
                                     "WHERE locale = :l AND id = :id"),
                {{":r", next}, {":u", updatedAt}, {":l", locale}, {":id", it.key()}});
    }
    if (stats.added + stats.updated + stats.deleted > 0)
        sqlExec(conn, QStringLiteral("UPDATE faq_revisions SET revision = :r WHERE locale = :l"), {{":r", next}, {":l", locale}});
    tx.commit();
    return stats;
}
} // namespace

std::optional<FaqLoadStats> loadFaqFromDirectory(const Database &db, const QString &dir, QString *error)
{
    QString ignored;
    QString &reason = error ? *error : ignored;
    QHash<QString, QList<FaqArticleFile>> byLocale;
    for (const QString &locale : faqLocales()) {
        auto articles = readLocale(dir, locale, &reason);
        if (!articles)
            return std::nullopt;
        byLocale.insert(locale, *articles);
    }
    if (byLocale.value(QStringLiteral("en")).isEmpty()) {
        reason = QStringLiteral("%1 holds no en/*.md articles").arg(dir);  // refuse to delete the whole FAQ by mistake
        return std::nullopt;
    }
    FaqLoadStats total;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &locale : faqLocales()) {
        const FaqLoadStats s = applyLocale(db, locale, byLocale.value(locale), now);
        total.added += s.added;
        total.updated += s.updated;
        total.deleted += s.deleted;
        total.unchanged += s.unchanged;
    }
    return total;
}

void ensureBundledFaqLoaded(const Database &db)
{
    // Checked once per process: after the first load the tables are never empty again.
    static std::atomic<bool> loaded{false};
    if (loaded.load())
        return;
    QSqlQuery count = sqlExec(db.connection(), QStringLiteral("SELECT COUNT(*) FROM faq_revisions WHERE revision > :z"),
                              {{":z", 0}});
    if (sqlFetchOne(count) && count.value(0).toLongLong() == 0) {
        QString error;
        if (!loadFaqFromDirectory(db, QStringLiteral(":/okpay-faq"), &error))
            throw SqlError("bundled FAQ could not be loaded: " + error.toStdString());
    }
    loaded.store(true);
}

} // namespace okpay::server
