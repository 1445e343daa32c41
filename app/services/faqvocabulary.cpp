#include "services/faqvocabulary.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace okpay {

QStringList FaqVocabulary::latinWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[a-z0-9]+(?:['-][a-z0-9]+)*"));
    static const QRegularExpression letter(QStringLiteral("[a-z]"));
    QStringList words;
    const QString lower = text.toLower();
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        const QString w = it.next().captured(0);
        QStringList forms{w};
        if (w.contains(u'-'))  // "top-up" is also typed "topup" or "top up"
            forms << QString(w).remove(u'-') << w.split(u'-');
        for (const QString &form : std::as_const(forms))
            if (form.size() >= 3 && form.contains(letter) && !words.contains(form))
                words << form;
    }
    return words;
}

void FaqVocabulary::addText(const QString &text)
{
    for (const QString &w : latinWords(text))
        m_words.insert(w);
    m_sortedValid = false;
}

const QStringList &FaqVocabulary::sorted() const
{
    if (!m_sortedValid) {
        m_sorted = QStringList(m_words.cbegin(), m_words.cend());
        std::sort(m_sorted.begin(), m_sorted.end());
        m_sortedValid = true;
    }
    return m_sorted;
}

bool FaqVocabulary::isKnown(const QString &word) const
{
    const QStringList &words = sorted();
    const auto it = std::lower_bound(words.cbegin(), words.cend(), word);
    return it != words.cend() && it->startsWith(word);
}

int FaqVocabulary::distance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size(), w = m + 1;
    std::vector<int> d(size_t((n + 1) * w));
    auto at = [&](qsizetype i, qsizetype j) -> int & { return d[size_t(i * w + j)]; };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(n, m);
}

QStringList FaqVocabulary::corrections(const QString &word, int max) const
{
    const qsizetype length = word.size();
    if (length < 4 || length > 40 || isKnown(word))
        return {};
    const int allowed = maxDistance(length);
    // replacement → (distance, prefix?, length difference): whole words beat word starts at the same distance.
    std::map<QString, std::tuple<int, int, qsizetype>> best;
    auto consider = [&](const QString &replacement, int d, int isPrefix) {
        if (d > allowed)
            return;
        const auto key = std::make_tuple(d, isPrefix, qAbs(replacement.size() - length));
        const auto it = best.find(replacement);
        if (it == best.end() || key < it->second)
            best[replacement] = key;
    };
    for (const QString &v : sorted()) {
        if (qAbs(v.size() - length) <= allowed)
            consider(v, distance(word, v), 0);
        // A word still being typed: compare with the starts of longer words.
        for (qsizetype k = qMax<qsizetype>(4, length - allowed); k <= length + allowed && k < v.size(); ++k)
            consider(v.left(k), distance(word, v.left(k)), 1);
    }
    QList<std::pair<std::tuple<int, int, qsizetype>, QString>> ranked;
    for (const auto &[replacement, key] : best)
        ranked.append({key, replacement});
    std::sort(ranked.begin(), ranked.end());
    QStringList result;
    for (const auto &[key, replacement] : std::as_const(ranked)) {
        if (result.size() >= max || std::get<0>(key) > std::get<0>(ranked.first().first))
            break;
        // A start of a word already chosen adds nothing: the search finds the longer word's start anyway.
        if (std::none_of(result.cbegin(), result.cend(), [&](const QString &r) { return r.startsWith(replacement) || replacement.startsWith(r); }))
            result << replacement;
    }
    return result;
}

} // namespace okpay
