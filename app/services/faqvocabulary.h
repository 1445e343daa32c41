#pragma once
#include <QSet>
#include <QStringList>

namespace okpay {

// The Latin words of the FAQ's titles and keywords, to correct typing slips before a search: a query word that is
// neither a known word nor the start of one is replaced by the words (or word starts, for a word still being typed)
// within an edit distance of 1, or 2 for words of 8+ letters; a swap of two neighbours counts as one edit.
class FaqVocabulary
{
public:
    void addText(const QString &text);
    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return int(m_words.size()); }

    // Lower-case Latin words of 3+ characters (letters, digits, apostrophes and hyphens inside) of a text.
    static QStringList latinWords(const QString &text);
    bool isKnown(const QString &word) const;  // a word, or the start of one
    // Best first, at most `max`; empty for a known word, a word under 4 letters or no close word.
    QStringList corrections(const QString &word, int max = 2) const;

    static int maxDistance(qsizetype length) { return length >= 8 ? 2 : 1; }
    static int distance(const QString &a, const QString &b);  // optimal string alignment distance

private:
    const QStringList &sorted() const;  // built on first use after a change, for prefix lookups
    QSet<QString> m_words;
    mutable QStringList m_sorted;
    mutable bool m_sortedValid = false;
};

} // namespace okpay
