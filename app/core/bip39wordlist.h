#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace okpay {

// A BIP39 word list (2048 words in index order), loaded once from the okpay_core resources on first use.
class Bip39WordList
{
public:
    static constexpr int Size = 2048;

    // Thread-safe; the lists live until the process exits.
    static const Bip39WordList &english();
    static const Bip39WordList &chineseSimplified();  // every word is a single character

    int indexOf(QStringView word) const;  // exact match (the English list is lower case); -1 when absent
    QString word(int index) const;
    qsizetype size() const { return m_words.size(); }

    // BIP39 checksum of 12, 15, 18, 21 or 24 word indices (the first ENT/32 bits of SHA-256 of the entropy).
    static bool checksumValid(const QList<int> &indices);

private:
    explicit Bip39WordList(const QString &resourcePath);

    QStringList m_words;
    QHash<QStringView, int> m_indexOf;  // views into m_words, which never changes after construction
};

} // namespace okpay
