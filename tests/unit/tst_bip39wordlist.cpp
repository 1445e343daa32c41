#include "core/bip39wordlist.h"

#include <QTest>

using namespace okpay;

namespace {
QList<int> indicesOf(const Bip39WordList &list, QStringView phrase)
{
    QList<int> indices;
    for (QStringView word : phrase.split(u' ', Qt::SkipEmptyParts))
        indices.append(list.indexOf(word));
    return indices;
}
} // namespace

class TestBip39WordList : public QObject
{
    Q_OBJECT

private slots:
    void loadsBothListsFromResources()
    {
        QCOMPARE(Bip39WordList::english().size(), Bip39WordList::Size);
        QCOMPARE(Bip39WordList::chineseSimplified().size(), Bip39WordList::Size);
    }
    void findsWordsByIndex()
    {
        const Bip39WordList &english = Bip39WordList::english();
        QCOMPARE(english.indexOf(u"abandon"), 0);
        QCOMPARE(english.indexOf(u"zoo"), 2047);
        QCOMPARE(english.word(1), QStringLiteral("ability"));
        QCOMPARE(english.indexOf(u"Abandon"), -1);  // callers lower-case English words first
        QCOMPARE(english.indexOf(u"wallet"), -1);
        const Bip39WordList &chinese = Bip39WordList::chineseSimplified();
        QCOMPARE(chinese.indexOf(u"的"), 0);
        QCOMPARE(chinese.word(2047), QStringLiteral("歇"));
        QCOMPARE(chinese.indexOf(u"a"), -1);
    }
    void acceptsValidChecksums_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::newRow("12 words") << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon "
                                                    "abandon abandon abandon about");
        QTest::newRow("18 words") << QStringLiteral("legal winner thank year wave sausage worth useful legal winner "
                                                    "thank year wave sausage worth useful legal will");
        QTest::newRow("24 words") << QStringLiteral("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo "
                                                    "zoo zoo zoo zoo zoo zoo zoo vote");
    }
    void acceptsValidChecksums()
    {
        QFETCH(QString, phrase);
        QVERIFY(Bip39WordList::checksumValid(indicesOf(Bip39WordList::english(), phrase)));
    }
    void rejectsInvalidChecksumsAndLengths()
    {
        const Bip39WordList &english = Bip39WordList::english();
        QVERIFY(!Bip39WordList::checksumValid(indicesOf(english, u"abandon abandon abandon abandon abandon abandon "
                                                                 u"abandon abandon abandon abandon abandon abandon")));
        QVERIFY(!Bip39WordList::checksumValid(indicesOf(english, u"abandon abandon abandon abandon abandon abandon "
                                                                 u"abandon abandon abandon abandon about")));
        QVERIFY(!Bip39WordList::checksumValid({}));
        QVERIFY(!Bip39WordList::checksumValid(QList<int>(12, -1)));
    }
};

QTEST_APPLESS_MAIN(TestBip39WordList)
#include "tst_bip39wordlist.moc"
