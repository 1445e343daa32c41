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

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool allCjk(const QString &word)
{
    const QList<uint> chars = word.toUcs4();
    return !chars.isEmpty() && std::all_of(chars.cbegin(), chars.cend(), [](uint c) { return isCjk(c); });
}

// "银行转账，手续费" → "银 行 转 账 x 手 续 费": every CJK character a token for faq_cjk; "x" keeps runs apart, so
// a two-character query matches only characters that stand side by side in the text (as instr() did).
QString cjkTokens(const QString &text)
{
    QString out;
    bool inRun = false;
    for (const uint c : text.toUcs4()) {
        if (!isCjk(c)) {
            inRun = false;
            continue;
        }
        if (!out.isEmpty())
            out += inRun ? QStringLiteral(" ") : QStringLiteral(" x ");
        const char32_t ch = c;
        out += QString::fromUcs4(&ch, 1);
        inRun = true;
    }
    return out;
}

// A word of CJK characters as an FTS5 phrase of one-character tokens: "罕见" → "罕 见".
QString cjkPhrase(const QString &word)
{
    return u'"' + cjkTokens(word) + u'"';
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
    QSqlQuery cjkDelete(m_db);
    cjkDelete.prepare(QStringLiteral("DELETE FROM faq_cjk WHERE rowid = ?"));
    QSqlQuery cjk(m_db);
    cjk.prepare(QStringLiteral("INSERT INTO faq_cjk (rowid, head_cjk, text_cjk) VALUES (?, ?, ?)"));
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
        const QVariant rowid = q.value(0);
        q.finish();
        const QString head = QString(a.title + u'\n' + a.tags.join(u' ')).toLower();
        const QString all = head + u'\n' + a.body.toLower();
        s.addBindValue(rowid);
        s.addBindValue(a.locale);
        s.addBindValue(text(head));
        s.addBindValue(all);
        cjkDelete.addBindValue(rowid);  // REPLACE above fires no delete trigger: the old tokens go here
        cjk.addBindValue(rowid);
        cjk.addBindValue(text(cjkTokens(head)));
        cjk.addBindValue(text(cjkTokens(all)));
        if (!s.exec() || !cjkDelete.exec() || !cjk.exec()) {
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
    QStringList longWords, shortWords, shortCjkWords;
    for (const QString &word : text.simplified().left(200).split(u' ', Qt::SkipEmptyParts)) {
        if (word.toUcs4().size() >= 3)
            longWords.append(word.toLower());
        else if (allCjk(word))
            shortCjkWords.append(word);
        else
            shortWords.append(word.toLower());
    }
    if (longWords.isEmpty() && shortWords.isEmpty() && shortCjkWords.isEmpty())
        return {};

    if (!longWords.isEmpty()) {  // rows narrowed by the trigram match: instr() over those few is cheap
        shortWords += shortCjkWords;
        shortCjkWords.clear();
    }

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
        } else if (!shortCjkWords.isEmpty()) {
            // Trigram cannot match 1–2 characters: one-character tokens in faq_cjk can (a phrase per word).
            QStringList phrases;
            for (const QString &w : std::as_const(shortCjkWords))
                phrases << (titlesOnly ? QStringLiteral("{head_cjk}: ") : QString()) + cjkPhrase(w);
            sql = QStringLiteral("SELECT a.id, a.title, a.category, a.category_title FROM faq_cjk JOIN faq_articles a ON a.rowid = faq_cjk.rowid "
                                 "JOIN faq_search s ON s.rowid = a.rowid "
                                 "WHERE faq_cjk MATCH ? AND a.locale = ?");
            binds << phrases.join(QStringLiteral(" AND ")) << locale;
        } else {
            // Short Latin words (and mixed ones) have no index of their own: scan the narrow lower-cased table.
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
    const bool onlyShortLatin = longWords.isEmpty() && shortCjkWords.isEmpty()
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
