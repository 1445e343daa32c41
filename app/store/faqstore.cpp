#include "store/faqstore.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace okpay {

namespace {
FaqHit hitFrom(const QSqlQuery &q)
{
    return FaqHit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

// QSQLITE binds a null QString as NULL; the columns are NOT NULL text.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// An FTS5 string literal: the whole word quoted, so operators and punctuation in user input mean nothing.
QString ftsPhrase(const QString &word)
{
    return u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
}
} // namespace

bool FaqStore::upsert(const QList<FaqArticleRecord> &articles)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO faq_articles (id, locale, category, title, body, tags, position, revision, updated_at, "
                             "category_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, locale) DO UPDATE SET "
                             "category = excluded.category, category_title = excluded.category_title, "
                             "title = excluded.title, body = excluded.body, tags = excluded.tags, position = excluded.position, "
                             "revision = excluded.revision, updated_at = excluded.updated_at RETURNING rowid"));
    // Lower-cased once here, so short-query scans need no per-row lower().
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("INSERT OR REPLACE INTO faq_search (rowid, locale, head, text) VALUES (?, ?, ?, ?)"));
    for (const FaqArticleRecord &a : articles) {
        q.addBindValue(a.id);
        q.addBindValue(a.locale);
        q.addBindValue(text(a.category));
        q.addBindValue(text(a.title));
        q.addBindValue(text(a.body));
        q.addBindValue(text(a.tags.join(u' ')));
        q.addBindValue(a.position);
        q.addBindValue(a.revision);
        q.addBindValue(a.updatedAt.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(text(a.categoryTitle));
        if (!q.exec() || !q.next()) {
            m_db.rollback();
            return false;
        }
        const QString head = QString(a.title + u'\n' + a.tags.join(u' ')).toLower();
        s.addBindValue(q.value(0));
        s.addBindValue(a.locale);
        s.addBindValue(text(head));
        s.addBindValue(QString(head + u'\n' + a.body.toLower()));
        q.finish();
        if (!s.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

bool FaqStore::remove(const QStringList &ids, const QString &locale)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM faq_articles WHERE id = ? AND locale = ? RETURNING rowid"));
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("DELETE FROM faq_search WHERE rowid = ?"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        q.addBindValue(locale);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
        const QVariant rowid = q.next() ? q.value(0) : QVariant();
        q.finish();
        s.addBindValue(rowid);
        if (!rowid.isNull() && !s.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

bool FaqStore::clearLocale(const QString &locale)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM faq_search WHERE locale = ?"));
    q.addBindValue(locale);
    bool ok = q.exec();
    q.prepare(QStringLiteral("DELETE FROM faq_articles WHERE locale = ?"));
    q.addBindValue(locale);
    ok = ok && q.exec();
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

std::optional<FaqArticleRecord> FaqStore::article(const QString &id, const QString &locale) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT category, title, body, tags, position, revision, updated_at, category_title FROM faq_articles "
                             "WHERE id = ? AND locale = ?"));
    q.addBindValue(id);
    q.addBindValue(locale);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FaqArticleRecord{id, locale, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString().split(u' ', Qt::SkipEmptyParts), q.value(4).toInt(),
                            q.value(5).toLongLong(), QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs),
                            q.value(7).toString()};
}

QList<FaqHit> FaqStore::byCategory(const QString &locale) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, category, category_title FROM faq_articles WHERE locale = ? ORDER BY category, position, id"));
    q.addBindValue(locale);
    QList<FaqHit> hits;
    if (q.exec()) {
        while (q.next())
            hits.append(hitFrom(q));
    }
    return hits;
}

// Titles and tags first (they say what an article is about), then bodies; each stage stops at the limit instead of
// ranking every match, which keeps a common word over 10,000 articles within a few milliseconds.
QList<FaqHit> FaqStore::search(const QString &text, const QString &locale, int limit) const
{
    QStringList longWords, shortWords;
    for (const QString &word : text.simplified().left(200).split(u' ', Qt::SkipEmptyParts))
        (word.toUcs4().size() >= 3 ? longWords : shortWords).append(word.toLower());
    if (longWords.isEmpty() && shortWords.isEmpty())
        return {};

    QList<FaqHit> hits;
    QSet<QString> seen;
    auto runStage = [&](bool titlesOnly) {
        QString sql;
        QVariantList binds;
        if (!longWords.isEmpty()) {
            QStringList phrases;
            for (const QString &w : std::as_const(longWords))
                phrases << (titlesOnly ? QStringLiteral("{title tags}: ") : QString()) + ftsPhrase(w);
            sql = QStringLiteral("SELECT a.id, a.title, a.category, a.category_title FROM faq_fts JOIN faq_articles a ON a.rowid = faq_fts.rowid "
                                 "JOIN faq_search s ON s.rowid = a.rowid "
                                 "WHERE faq_fts MATCH ? AND a.locale = ?");
            binds << phrases.join(QStringLiteral(" AND ")) << locale;
        } else {
            // Trigram cannot match 1–2 characters (and LIKE on it is broken in SQLite 3.40): scan the content table.
            sql = QStringLiteral("SELECT a.id, a.title, a.category, a.category_title FROM faq_search s JOIN faq_articles a ON a.rowid = s.rowid "
                                 "WHERE s.locale = ?");
            binds << locale;
        }
        for (const QString &w : std::as_const(shortWords)) {
            sql += titlesOnly && longWords.isEmpty() ? QStringLiteral(" AND instr(s.head, ?) > 0") : QStringLiteral(" AND instr(s.text, ?) > 0");
            binds << w;
        }
        sql += QStringLiteral(" LIMIT ?");
        binds << limit + int(seen.size());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return;
        while (q.next() && hits.size() < limit) {
            const FaqHit hit = hitFrom(q);
            if (!seen.contains(hit.id)) {
                seen.insert(hit.id);
                hits.append(hit);
            }
        }
    };
    runStage(true);
    // One or two Latin letters ("zz", "is") say nothing about a body; one or two Chinese characters often do.
    const bool onlyShortLatin = longWords.isEmpty()
                                && std::all_of(shortWords.cbegin(), shortWords.cend(), [](const QString &w) {
                                       return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x2E80; });
                                   });
    if (hits.size() < limit && !onlyShortLatin)
        runStage(false);
    return hits;
}

int FaqStore::count(const QString &locale) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM faq_articles WHERE locale = ?"));
    q.addBindValue(locale);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace okpay
