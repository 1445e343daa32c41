#include "store/cachedatabase.h"
#include "store/faqstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

namespace {
FaqArticleRecord article(const QString &id, const QString &locale, const QString &title, const QString &body,
                         const QString &category = QStringLiteral("security"))
{
    return FaqArticleRecord{id, locale, category, title, body, {QStringLiteral("tag")}, 0, 1, QDateTime::currentDateTimeUtc(), category};
}
QStringList ids(const QList<FaqHit> &hits)
{
    QStringList out;
    for (const FaqHit &h : hits)
        out << h.id;
    return out;
}
} // namespace

class TestFaqStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<FaqStore> m_faq;

private slots:
    void initTestCase()
    {
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("faq.sqlite")));
        QCOMPARE(m_cache->open(), CacheDatabase::OpenResult::Created);
        m_faq = std::make_unique<FaqStore>(m_cache->db());
        QVERIFY(m_faq->upsert({
            article(QStringLiteral("2fa"), QStringLiteral("en"), QStringLiteral("Two-factor authentication"),
                    QStringLiteral("Use an authenticator app. Keep your recovery codes safe.")),
            article(QStringLiteral("mnemonic"), QStringLiteral("en"), QStringLiteral("Recovery phrases"),
                    QStringLiteral("Never share your mnemonic phrase with anyone, not even support staff.")),
            article(QStringLiteral("topup"), QStringLiteral("en"), QStringLiteral("Top-up methods"),
                    QStringLiteral("Bank transfer has the lowest fee."), QStringLiteral("funding")),
            article(QStringLiteral("2fa"), QStringLiteral("zh_CN"), QStringLiteral("双重验证"),
                    QStringLiteral("请使用身份验证器应用，并妥善保管恢复码。")),
            article(QStringLiteral("mnemonic"), QStringLiteral("zh_CN"), QStringLiteral("助记词安全"),
                    QStringLiteral("任何人（包括客服）都不会向您索要助记词。")),
            article(QStringLiteral("topup"), QStringLiteral("zh_CN"), QStringLiteral("充值方式"),
                    QStringLiteral("银行转账手续费最低，信用卡手续费较高。"), QStringLiteral("funding")),
        }));
    }
    void cleanupTestCase()
    {
        m_faq.reset();
        m_cache.reset();
    }

    void findsEnglishWords()
    {
        QCOMPARE(ids(m_faq->search(QStringLiteral("recovery"), QStringLiteral("en"))).size(), 2);
        QCOMPARE(ids(m_faq->search(QStringLiteral("mnemonic"), QStringLiteral("en"))), QStringList{QStringLiteral("mnemonic")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("BANK fee"), QStringLiteral("en"))), QStringList{QStringLiteral("topup")});
    }
    void findsTextInsideChineseSentences()
    {
        QCOMPARE(ids(m_faq->search(QStringLiteral("手续费"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("恢复码"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("2fa")});
    }
    void findsOneAndTwoCharacterChineseQueries()
    {
        QCOMPARE(ids(m_faq->search(QStringLiteral("助记"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("mnemonic")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("卡"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("码"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("2fa")});
    }
    void shortChineseWordsMatchOnlyCharactersSideBySide()
    {
        // "费，信" stand apart (a comma between them), "转账" side by side; a mix of a long and a short word.
        QVERIFY(m_faq->search(QStringLiteral("低信"), QStringLiteral("zh_CN")).isEmpty());
        QCOMPARE(ids(m_faq->search(QStringLiteral("转账"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("手续费 卡"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("银行 卡"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QVERIFY(m_faq->search(QStringLiteral("罕见"), QStringLiteral("zh_CN")).isEmpty());
        // A title match comes before a body match.
        QCOMPARE(ids(m_faq->search(QStringLiteral("验证"), QStringLiteral("zh_CN"))).first(), QStringLiteral("2fa"));
    }
    void keepsLocalesApart()
    {
        QVERIFY(m_faq->search(QStringLiteral("手续费"), QStringLiteral("en")).isEmpty());
        QVERIFY(m_faq->search(QStringLiteral("bank"), QStringLiteral("zh_CN")).isEmpty());
    }
    void hostileQueriesAreJustText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("fts operators") << QStringLiteral("fee OR NEAR(bank) *");
        QTest::newRow("column filter") << QStringLiteral("title:recovery");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE faq_articles; --");
        QTest::newRow("huge") << QString(100000, u'x');
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("nul") << QString(QChar(0));
    }
    void hostileQueriesAreJustText()
    {
        QFETCH(QString, query);
        m_faq->search(query, QStringLiteral("en"));  // no crash, no error, no effect
        QCOMPARE(m_faq->count(QStringLiteral("en")), 3);
    }
    void updatesAndDeletesKeepTheIndexInStep()
    {
        FaqArticleRecord changed = *m_faq->article(QStringLiteral("topup"), QStringLiteral("en"));
        changed.body = QStringLiteral("Debit cards are instant.");
        changed.revision = 2;
        QVERIFY(m_faq->upsert({changed}));
        QVERIFY(m_faq->search(QStringLiteral("bank"), QStringLiteral("en")).isEmpty());
        FaqArticleRecord changedZh = *m_faq->article(QStringLiteral("topup"), QStringLiteral("zh_CN"));
        changedZh.body = QStringLiteral("借记卡即时到账。");
        QVERIFY(m_faq->upsert({changedZh}));
        QVERIFY(m_faq->search(QStringLiteral("转账"), QStringLiteral("zh_CN")).isEmpty());  // no stale tokens
        QCOMPARE(ids(m_faq->search(QStringLiteral("即时"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QCOMPARE(ids(m_faq->search(QStringLiteral("instant"), QStringLiteral("en"))), QStringList{QStringLiteral("topup")});
        QVERIFY(m_faq->remove({QStringLiteral("topup")}, QStringLiteral("en")));
        QVERIFY(m_faq->search(QStringLiteral("instant"), QStringLiteral("en")).isEmpty());
        QVERIFY(!m_faq->article(QStringLiteral("topup"), QStringLiteral("en")));
        QCOMPARE(m_faq->count(QStringLiteral("zh_CN")), 3);
    }
    void listsByCategory()
    {
        const QList<FaqHit> hits = m_faq->byCategory(QStringLiteral("zh_CN"));
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.first().category, QStringLiteral("funding"));
    }
    void clearingALocaleEmptiesItsIndexes()
    {
        const FaqArticleRecord topup = *m_faq->article(QStringLiteral("topup"), QStringLiteral("zh_CN"));
        QVERIFY(m_faq->clearLocale(QStringLiteral("zh_CN")));
        QVERIFY(m_faq->search(QStringLiteral("即时"), QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(m_faq->search(QStringLiteral("即时到账"), QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(m_faq->upsert({topup}));
        QCOMPARE(ids(m_faq->search(QStringLiteral("即时"), QStringLiteral("zh_CN"))), QStringList{QStringLiteral("topup")});
        QCOMPARE(m_faq->count(QStringLiteral("en")), 2);
    }
};

QTEST_GUILESS_MAIN(TestFaqStore)
#include "tst_faqstore.moc"
