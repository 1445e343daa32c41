#pragma once
#include "services/faqsearchresult.h"
#include "services/faqvocabulary.h"

#include <QHash>

namespace okpay {

class FaqStore;
struct FaqHit;

// Search and ticket-draft suggestions over a cached FAQ. Search is FaqStore's (Chinese of any length, Latin word
// starts) plus typo correction of Latin words from the locale's title/keyword vocabulary, the hits ordered by where
// the words are (title, keywords, body); every hit comes with its highlighted title and body excerpt. Suggestions ("deflection") score articles by the draft's informative words.
class FaqSearch
{
public:
    explicit FaqSearch(FaqStore *store) : m_store(store) {}

    QList<FaqSearchResult> search(const QString &text, const QString &locale, int limit = 20) const;
    QList<FaqSearchResult> suggest(const QString &draft, const QString &locale, int max = 3) const;
    void invalidate() { m_vocabularies.clear(); }  // the articles changed

    // The words of a ticket draft worth looking up: Latin words (typos corrected) without the commonest ones, and
    // the pairs of characters of Chinese text (which has no spaces to split words at).
    QStringList draftTerms(const QString &draft, const QString &locale) const;

private:
    const FaqVocabulary &vocabulary(const QString &locale) const;
    FaqSearchResult resultFor(const FaqHit &hit, const QString &locale, const QStringList &terms, int *relevance = nullptr) const;
    FaqStore *m_store;
    mutable QHash<QString, FaqVocabulary> m_vocabularies;
};

} // namespace okpay
