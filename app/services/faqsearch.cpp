#include "services/faqsearch.h"

#include "services/faqsnippet.h"
#include "store/faqstore.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace okpay {

namespace {
constexpr int kMaxVariants = 4;
constexpr int kMaxDraftTerms = 30;

bool isHan(QChar c)
{
    return (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF) || (c.unicode() >= 0xF900 && c.unicode() <= 0xFAFF);
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"), QStringLiteral("not"), QStringLiteral("but"),
        QStringLiteral("you"), QStringLiteral("your"), QStringLiteral("yours"), QStringLiteral("mine"), QStringLiteral("was"),
        QStringLiteral("were"), QStringLiteral("are"), QStringLiteral("been"), QStringLiteral("being"), QStringLiteral("has"),
        QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("does"), QStringLiteral("did"), QStringLiteral("doing"),
        QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"),
        QStringLiteral("those"), QStringLiteral("since"), QStringLiteral("still"), QStringLiteral("yet"), QStringLiteral("please"),
        QStringLiteral("help"), QStringLiteral("hello"), QStringLiteral("thanks"), QStringLiteral("thank"), QStringLiteral("can"),
        QStringLiteral("cannot"), QStringLiteral("can't"), QStringLiteral("could"), QStringLiteral("would"), QStringLiteral("should"),
        QStringLiteral("will"), QStringLiteral("what"), QStringLiteral("when"), QStringLiteral("why"), QStringLiteral("how"),
        QStringLiteral("who"), QStringLiteral("where"), QStringLiteral("which"), QStringLiteral("there"), QStringLiteral("their"),
        QStringLiteral("they"), QStringLiteral("them"), QStringLiteral("any"), QStringLiteral("some"), QStringLiteral("get"),
        QStringLiteral("got"), QStringLiteral("just"), QStringLiteral("all"), QStringLiteral("about"), QStringLiteral("into"),
        QStringLiteral("out"), QStringLiteral("now"), QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("days"),
        QStringLiteral("day"), QStringLiteral("ago"), QStringLiteral("very"), QStringLiteral("also"), QStringLiteral("okpay"),
        QStringLiteral("don't"), QStringLiteral("doesn't"), QStringLiteral("didn't"), QStringLiteral("isn't"), QStringLiteral("i'm"),
        QStringLiteral("i've"), QStringLiteral("it's"), QStringLiteral("my"), QStringLiteral("me")};
    return words;
}
} // namespace

const FaqVocabulary &FaqSearch::vocabulary(const QString &locale) const
{
    auto it = m_vocabularies.find(locale);
    if (it != m_vocabularies.end())
        return *it;
    FaqVocabulary vocabulary;
    for (const FaqHit &hit : m_store->byCategory(locale)) {
        vocabulary.addText(hit.title);
        vocabulary.addText(hit.categoryTitle);
        if (const auto article = m_store->article(hit.id, locale))
            vocabulary.addText(article->tags.join(u' '));
    }
    return *m_vocabularies.insert(locale, vocabulary);
}

FaqSearchResult FaqSearch::resultFor(const FaqHit &hit, const QString &locale, const QStringList &terms, int *relevance) const
{
    FaqSearchResult result{FaqEntry{hit.id, hit.title, hit.category, hit.categoryTitle}, FaqSnippet::highlight(hit.title, terms), {}};
    const auto article = m_store->article(hit.id, locale);
    if (article)
        result.snippetHtml = FaqSnippet::excerpt(FaqSnippet::plainText(article->body), terms);
    if (relevance) {
        // Where the words are: in the title counts most, then each keyword that has them, then the body.
        *relevance = 0;
        const QString tags = article ? article->tags.join(u' ') : QString();
        for (const QString &term : terms) {
            const int inTitle = hit.title.contains(term, Qt::CaseInsensitive) ? 4 : 0;
            const int inTags = int(qMin<qsizetype>(3, tags.count(term, Qt::CaseInsensitive)));
            *relevance += inTitle + inTags;
            if (inTitle + inTags == 0 && article && article->body.contains(term, Qt::CaseInsensitive))
                *relevance += 1;
        }
    }
    return result;
}

QList<FaqSearchResult> FaqSearch::search(const QString &text, const QString &locale, int limit) const
{
    const QStringList words = text.simplified().left(200).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return {};
    QList<FaqHit> hits = m_store->search(text, locale, limit);
    QStringList terms = words;

    // Each Latin word that is neither a known word nor the start of one is tried with its corrections.
    QList<QStringList> variants{QStringList()};
    bool corrected = false;
    for (const QString &word : words) {
        const QString lower = word.toLower();
        QStringList options{word};
        if (FaqVocabulary::latinWords(word) == QStringList{lower}) {
            if (const QStringList fixes = vocabulary(locale).corrections(lower); !fixes.isEmpty()) {
                options = fixes;
                terms << fixes;
                corrected = true;
            }
        }
        QList<QStringList> next;
        for (const QStringList &variant : std::as_const(variants))
            for (const QString &option : std::as_const(options))
                if (next.size() < kMaxVariants)
                    next.append(variant + QStringList{option});
        variants = next;
    }
    if (corrected) {
        QSet<QString> seen;
        for (const FaqHit &hit : std::as_const(hits))
            seen.insert(hit.id);
        for (const QStringList &variant : std::as_const(variants)) {
            for (const FaqHit &hit : m_store->search(variant.join(u' '), locale, limit)) {
                if (hits.size() < limit && !seen.contains(hit.id)) {
                    seen.insert(hit.id);
                    hits.append(hit);
                }
            }
        }
    }
    // FaqStore finds title and keyword matches first but does not rank them; put the best of what it found first.
    QList<std::pair<int, FaqSearchResult>> ranked;
    for (const FaqHit &hit : std::as_const(hits)) {
        int relevance = 0;
        FaqSearchResult result = resultFor(hit, locale, terms, &relevance);
        ranked.append({relevance, std::move(result)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<FaqSearchResult> results;
    for (auto &[relevance, result] : ranked)
        results.append(std::move(result));
    return results;
}

QStringList FaqSearch::draftTerms(const QString &draft, const QString &locale) const
{
    const QString text = draft.left(4000);
    QStringList terms;
    auto add = [&terms](const QString &term) {
        if (!term.isEmpty() && !terms.contains(term) && terms.size() < kMaxDraftTerms)
            terms << term;
    };
    for (const QString &word : FaqVocabulary::latinWords(text)) {
        if (word.contains(u'-') || stopWords().contains(word))
            continue;
        const QStringList fixes = vocabulary(locale).corrections(word, 1);
        add(fixes.isEmpty() ? word : fixes.first());
    }
    for (qsizetype i = 0; i < text.size();) {
        if (!isHan(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isHan(text.at(end)))
            ++end;
        const QString run = text.mid(i, end - i);
        if (run.size() <= 2)
            add(run);
        for (qsizetype k = 0; k + 2 <= run.size(); ++k)
            add(run.mid(k, 2));
        i = end;
    }
    return terms;
}

// Each informative word adds to the articles it finds, more when it is rare (few articles have it) and three times as
// much when it is in the title (a draft's words also meet by chance in long bodies); articles far behind the best one
// are not suggested.
QList<FaqSearchResult> FaqSearch::suggest(const QString &draft, const QString &locale, int max) const
{
    const QStringList terms = draftTerms(draft, locale);
    const int total = m_store->count(locale);
    if (terms.isEmpty() || total == 0 || max <= 0)
        return {};
    QHash<QString, double> score;
    QHash<QString, FaqHit> found;
    for (const QString &term : terms) {
        const QList<FaqHit> hits = m_store->search(term, locale, 50);
        if (hits.isEmpty())
            continue;
        const double rarity = std::log(1.0 + double(total) / double(hits.size()));
        for (const FaqHit &hit : hits) {
            score[hit.id] += rarity * (hit.title.contains(term, Qt::CaseInsensitive) ? 3.0 : 1.0);
            found.insert(hit.id, hit);
        }
    }
    QList<FaqHit> ranked = found.values();

    std::sort(ranked.begin(), ranked.end(), [&score](const FaqHit &a, const FaqHit &b) {
        return score.value(a.id) != score.value(b.id) ? score.value(a.id) > score.value(b.id) : a.id < b.id;
    });
    QList<FaqSearchResult> results;
    for (const FaqHit &hit : std::as_const(ranked)) {
        if (results.size() >= max || score.value(hit.id) < score.value(ranked.first().id) * 0.5)
            break;
        results.append(resultFor(hit, locale, terms));
    }
    return results;
}

} // namespace okpay
