#include "core/bip39wordlist.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtGlobal>

namespace okpay {

Bip39WordList::Bip39WordList(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
            m_words.append(line.trimmed().toString());
    }
    if (m_words.size() != Size) {
        // A build without the resource: detection of recovery phrases would silently stop working.
        qCritical("Bip39WordList: %s holds %lld words instead of %d", qPrintable(resourcePath),
                  static_cast<long long>(m_words.size()), Size);
        m_words.clear();
    }
    m_indexOf.reserve(m_words.size());
    for (int i = 0; i < m_words.size(); ++i)
        m_indexOf.insert(QStringView(m_words.at(i)), i);
}

const Bip39WordList &Bip39WordList::english()
{
    static const Bip39WordList list(QStringLiteral(":/bip39/english.txt"));
    return list;
}

const Bip39WordList &Bip39WordList::chineseSimplified()
{
    static const Bip39WordList list(QStringLiteral(":/bip39/chinese_simplified.txt"));
    return list;
}

int Bip39WordList::indexOf(QStringView word) const
{
    return m_indexOf.value(word, -1);
}

QString Bip39WordList::word(int index) const
{
    return m_words.value(index);
}

bool Bip39WordList::checksumValid(const QList<int> &indices)
{
    const qsizetype words = indices.size();
    if (words < 12 || words > 24 || words % 3 != 0)
        return false;
    const qsizetype totalBits = words * 11;
    const qsizetype checksumBits = totalBits / 33;
    const qsizetype entropyBits = totalBits - checksumBits;

    // Pack the 11-bit indices big-endian; the entropy is followed by the checksum bits.
    QByteArray bits((totalBits + 7) / 8, '\0');
    qsizetype bit = 0;
    for (const int index : indices) {
        if (index < 0 || index >= Size)
            return false;
        for (int b = 10; b >= 0; --b, ++bit) {
            if (index & (1 << b))
                bits[bit / 8] = char(bits.at(bit / 8) | (0x80 >> (bit % 8)));
        }
    }
    const QByteArray hash = QCryptographicHash::hash(bits.first(entropyBits / 8), QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < checksumBits; ++i) {
        const bool expected = (quint8(hash.at(i / 8)) >> (7 - i % 8)) & 1;
        const qsizetype at = entropyBits + i;
        const bool actual = (quint8(bits.at(at / 8)) >> (7 - at % 8)) & 1;
        if (expected != actual)
            return false;
    }
    return true;
}

} // namespace okpay
