#include "support/faqimporter.h"

#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QRegularExpression>
#include <atomic>

namespace okpay::server {

namespace {
constexpr int kMaxArticleBytes = 50000;

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

std::optional<FaqArticleFile> FaqArticleFile::parse(const QString &id, const QString &locale, const QByteArray &text,
                                                    QString *error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const QString content = QString::fromUtf8(text).remove(u'\r');
    if (!idPattern.match(id).hasMatch() || text.size() > kMaxArticleBytes || !content.startsWith(u"---\n")) {
        *error = QStringLiteral("%1/%2: needs a valid id, front matter and at most %3 bytes").arg(locale, id).arg(kMaxArticleBytes);
        return std::nullopt;
    }
    const qsizetype end = content.indexOf(u"\n---\n", 3);
    if (end < 0) {
        *error = QStringLiteral("%1/%2: front matter is not closed").arg(locale, id);
        return std::nullopt;
    }
    FaqArticleFile article;
    article.id = id;
    article.locale = locale;
    const QStringList lines = content.mid(4, end - 4 + 1).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"title")
            article.title = value;
        else if (key == u"category")
            article.categoryId = value;
        else if (key == u"category_title")
            article.categoryTitle = value;
        else if (key == u"position")
            article.position = qBound(0, value.toInt(), 100000);
        else if (key == u"keywords")
            for (const QString &tag : value.split(u',', Qt::SkipEmptyParts))
                if (!tag.trimmed().isEmpty() && article.tags.size() < 20)
                    article.tags.append(tag.trimmed().left(50));
    }
    article.body = content.mid(end + 5).trimmed();
    if (article.categoryTitle.isEmpty())
        article.categoryTitle = article.categoryId;
    if (article.title.isEmpty() || article.title.size() > 200 || !slugPattern.match(article.categoryId).hasMatch()
        || article.categoryTitle.size() > 200 || article.body.isEmpty()) {
        *error = QStringLiteral("%1/%2: title, category (a slug) and a body are required").arg(locale, id);
        return std::nullopt;
    }
    return article;
}

QString FaqArticleFile::contentHash() const
{
    const QJsonObject all{{QStringLiteral("c"), categoryId}, {QStringLiteral("ct"), categoryTitle},
                          {QStringLiteral("t"), title}, {QStringLiteral("b"), body},
                          {QStringLiteral("k"), QJsonArray::fromStringList(tags)}, {QStringLiteral("p"), position}};
    return Ids::sha256Hex(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
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
        auto article = FaqArticleFile::parse(QFileInfo(name).completeBaseName(), locale, file.read(kMaxArticleBytes + 1), error);
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
