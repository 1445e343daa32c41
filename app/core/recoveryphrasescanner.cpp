#include "core/recoveryphrasescanner.h"

#include "core/asciichar.h"
#include "core/bip39wordlist.h"

#include <algorithm>

namespace okpay {

namespace {
constexpr int PhraseLengths[] = {24, 21, 18, 15, 12};
constexpr qsizetype LongestEnglishWord = 8;

struct PhraseWord
{
    int index;
    qsizetype start;
    qsizetype end;
    bool separated;  // whitespace, a comma or numbering stands between this word and the one before
};
using Run = QList<PhraseWord>;

// Skips whitespace, commas and list numbering ("1.", "12)") between words; returns the new position.
qsizetype skipSeparators(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    while (pos < n) {
        const QChar c = text.at(pos);
        if (c.isSpace() || c == u',' || c == u'，' || c == u'、') {
            ++pos;
        } else if (AsciiChar::isDigit(c) && pos > 0 && text.at(pos - 1).isSpace()) {
            qsizetype end = pos;
            while (end < n && AsciiChar::isDigit(text.at(end)))
                ++end;
            if (end - pos > 2)
                break;
            if (end < n && (text.at(end) == u'.' || text.at(end) == u')' || text.at(end) == u':'))
                ++end;
            pos = end;
        } else {
            break;
        }
    }
    return pos;
}

// The English list word at pos, as its index; -1 when pos does not start a lone ASCII word from the list.
// *end is set past the word (or past pos) so that the caller can move on.
int englishWordAt(QStringView text, qsizetype pos, qsizetype *end)
{
    const qsizetype n = text.size();
    *end = pos + 1;
    if (!AsciiChar::isLetter(text.at(pos)))
        return -1;
    qsizetype e = pos;
    while (e < n && AsciiChar::isLetter(text.at(e)))
        ++e;
    *end = e;
    if ((pos > 0 && text.at(pos - 1).isLetterOrNumber()) || (e < n && text.at(e).isLetterOrNumber()))
        return -1;
    if (e - pos < 3 || e - pos > LongestEnglishWord)
        return -1;
    char16_t lower[LongestEnglishWord];
    for (qsizetype i = pos; i < e; ++i)
        lower[i - pos] = AsciiChar::toLower(text.at(i));
    return Bip39WordList::english().indexOf(QStringView(lower, e - pos));
}

bool checksumAt(const Run &run, qsizetype first, qsizetype count)
{
    QList<int> indices;
    indices.reserve(count);
    for (qsizetype i = first; i < first + count; ++i)
        indices.append(run.at(i).index);
    return Bip39WordList::checksumValid(indices);
}

// A checksum-valid phrase of any BIP39 length that starts at `from` or ends at `to` (word positions in run).
bool anchoredChecksum(const Run &run, qsizetype from, qsizetype to)
{
    for (const int length : PhraseLengths) {
        if (to - from >= length && (checksumAt(run, from, length) || checksumAt(run, to - length, length)))
            return true;
    }
    return false;
}

void report(const Run &run, qsizetype from, qsizetype to, bool strong, QList<SecretFinding> *found)
{
    const qsizetype start = run.at(from).start;
    found->append({SecretFinding::Kind::RecoveryPhrase, start, run.at(to - 1).end - start, strong});
}

qint64 rankSum(const Run &run, qsizetype first, qsizetype count)
{
    qint64 sum = 0;
    for (qsizetype i = first; i < first + count; ++i)
        sum += run.at(i).index;
    return sum;
}

bool isPhraseLength(qsizetype words)
{
    return std::find(std::begin(PhraseLengths), std::end(PhraseLengths), words) != std::end(PhraseLengths);
}

// Parts of an unspaced Chinese run that do not read like prose (see the class comment).
void reportUnspacedChinese(const Run &run, QList<SecretFinding> *found)
{
    constexpr int Window = RecoveryPhraseScanner::MinWords;
    qsizetype from = run.size();
    qsizetype to = 0;
    for (qsizetype k = Window - 1; k < run.size(); ++k) {
        if (rankSum(run, k - Window + 1, Window) >= Window * RecoveryPhraseScanner::HotAverageRank) {
            from = qMin(from, k - Window + 1);
            to = k + 1;
        }
    }
    // Checksums alone are no evidence inside prose (1 in 16 windows passes), only for a run that is exactly a phrase.
    const qsizetype n = run.size();
    const bool wholeRunIsPhrase = isPhraseLength(n) && checksumAt(run, 0, n)
                                  && rankSum(run, 0, n) >= n * RecoveryPhraseScanner::ChecksumAverageRank;
    if (from >= to && !wholeRunIsPhrase)
        return;
    const bool strong = wholeRunIsPhrase || anchoredChecksum(run, 0, n) || anchoredChecksum(run, from, to);
    if (wholeRunIsPhrase) {
        from = 0;
        to = n;
    }
    report(run, from, to, strong, found);
}

void reportChinese(const Run &run, QList<SecretFinding> *found)
{
    if (run.size() < RecoveryPhraseScanner::MinWords)
        return;
    // Single characters each set apart by a separator do not occur in prose: report them like English words.
    qsizetype streak = 0;
    bool allSeparated = true;
    for (qsizetype k = 1; k <= run.size(); ++k) {
        if (k == run.size() || !run.at(k).separated) {
            if (k - streak >= RecoveryPhraseScanner::MinWords)
                report(run, streak, k, anchoredChecksum(run, streak, k), found);
            allSeparated = allSeparated && k == run.size() && streak == 0;
            streak = k;
        }
    }
    if (!allSeparated)
        reportUnspacedChinese(run, found);
}

void scanEnglish(QStringView text, QList<SecretFinding> *found)
{
    Run run;
    const auto flush = [&] {
        if (run.size() >= RecoveryPhraseScanner::MinWords)
            report(run, 0, run.size(), anchoredChecksum(run, 0, run.size()), found);
        run.clear();
    };
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        const int index = englishWordAt(text, i, &end);
        if (index < 0) {
            flush();
            i = end;
            continue;
        }
        run.append({index, i, end, true});
        i = skipSeparators(text, end);
        if (i == end)
            flush();
    }
    flush();
}

void scanChinese(QStringView text, QList<SecretFinding> *found)
{
    const Bip39WordList &list = Bip39WordList::chineseSimplified();
    Run run;
    bool separated = false;
    for (qsizetype i = 0; i < text.size();) {
        // Every list character is a CJK ideograph; skip the hash lookup for everything below that block.
        const int index = text.at(i).unicode() < 0x3400 ? -1 : list.indexOf(text.sliced(i, 1));
        if (index < 0) {
            reportChinese(run, found);
            run.clear();
            ++i;
            continue;
        }
        run.append({index, i, i + 1, separated});
        const qsizetype next = skipSeparators(text, i + 1);
        separated = next > i + 1;
        i = next;
    }
    reportChinese(run, found);
}

// Joins overlapping reports of the same run (a spaced streak inside a partly unspaced run).
QList<SecretFinding> merged(QList<SecretFinding> found)
{
    std::sort(found.begin(), found.end(), [](const SecretFinding &a, const SecretFinding &b) {
        return a.start < b.start;
    });
    QList<SecretFinding> out;
    for (const SecretFinding &finding : found) {
        if (!out.isEmpty() && finding.start < out.last().start + out.last().length) {
            SecretFinding &last = out.last();
            last.length = qMax(last.start + last.length, finding.start + finding.length) - last.start;
            last.strong = last.strong || finding.strong;
        } else {
            out.append(finding);
        }
    }
    return out;
}
} // namespace

QList<SecretFinding> RecoveryPhraseScanner::find(QStringView text)
{
    QList<SecretFinding> found;
    scanEnglish(text, &found);
    scanChinese(text, &found);
    return merged(found);
}

} // namespace okpay
