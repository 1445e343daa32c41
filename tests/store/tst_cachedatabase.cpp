#include "store/cachedatabase.h"
#include "store/faqstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void createsThenReopens()
    {
        {
            CacheDatabase cache(file("a/cache.sqlite"));
            QCOMPARE(cache.open(), CacheDatabase::OpenResult::Created);
            QCOMPARE(cache.schemaVersion(), CacheDatabase::latestVersion());
            QSqlQuery q(cache.db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('k', 'v')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        CacheDatabase again(file("a/cache.sqlite"));
        QCOMPARE(again.open(), CacheDatabase::OpenResult::Opened);
        QSqlQuery q(again.db());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }
    void upgradesAnOlderSchemaKeepingData()
    {
        {
            CacheDatabase old(file("old.sqlite"));
            QCOMPARE(old.open(1), CacheDatabase::OpenResult::Created);
            QCOMPARE(old.schemaVersion(), 1);
            QSqlQuery q(old.db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO balances VALUES ('USD', 12345, 0, '2026-11-25T00:00:00Z')")));
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM faq_articles")));  // not there yet in version 1
        }
        CacheDatabase upgraded(file("old.sqlite"));
        QCOMPARE(upgraded.open(), CacheDatabase::OpenResult::Opened);
        QCOMPARE(upgraded.schemaVersion(), CacheDatabase::latestVersion());
        QSqlQuery q(upgraded.db());
        QVERIFY(q.exec(QStringLiteral("SELECT available FROM balances WHERE currency = 'USD'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 12345);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM faq_articles")));
    }
    void step7EmptiesTheFaqForItsNewIndexAndKeepsTheRest()
    {
        {
            CacheDatabase old(file("faq6.sqlite"));
            QCOMPARE(old.open(6), CacheDatabase::OpenResult::Created);
            QSqlQuery q(old.db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO faq_articles (rowid, id, locale, category, title, body, tags, position, "
                                          "revision, updated_at) VALUES (1, 'fees', 'zh_CN', 'funding', '手续费', '银行转账', '', 0, 3, "
                                          "'2026-11-25T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO faq_search (rowid, locale, head, text) VALUES (1, 'zh_CN', '手续费', '银行转账')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('faq_revision_zh_CN', '3'), ('faq_bundle_hash_zh_CN', 'h'), "
                                          "('transactions_cursor', 'c')")));
        }
        CacheDatabase upgraded(file("faq6.sqlite"));
        QCOMPARE(upgraded.open(), CacheDatabase::OpenResult::Opened);  // migrated, not rebuilt
        QVERIFY2(upgraded.lastError().isEmpty(), qPrintable(upgraded.lastError()));
        QSqlQuery q(upgraded.db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM faq_articles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);  // the help center seeds it again from the bundle, then the server
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM sync_state ORDER BY key")));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        QCOMPARE(keys, QStringList{QStringLiteral("transactions_cursor")});
        FaqStore faq(upgraded.db());
        QVERIFY(faq.upsert({FaqArticleRecord{QStringLiteral("fees"), QStringLiteral("zh_CN"), QStringLiteral("funding"),
                                             QStringLiteral("手续费"), QStringLiteral("银行转账"), {}, 0, 4,
                                             QDateTime::currentDateTimeUtc(), {}}}));
        QCOMPARE(faq.search(QStringLiteral("转账"), QStringLiteral("zh_CN")).size(), 1);
    }
    void corruptFileIsMovedAsideAndRebuilt()
    {
        QFile garbage(file("corrupt.sqlite"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
        garbage.close();
        CacheDatabase cache(file("corrupt.sqlite"));
        QCOMPARE(cache.open(), CacheDatabase::OpenResult::Rebuilt);
        QVERIFY(QFile::exists(cache.movedAsidePath()));
        QCOMPARE(cache.schemaVersion(), CacheDatabase::latestVersion());
    }
    void fileFromANewerAppIsNotTouchedInPlace()
    {
        {
            CacheDatabase future(file("future.sqlite"));
            future.open();
            QSqlQuery q(future.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        CacheDatabase cache(file("future.sqlite"));
        QCOMPARE(cache.open(), CacheDatabase::OpenResult::Rebuilt);
        QVERIFY(!cache.movedAsidePath().isEmpty());
    }
    void unwritableLocationFails()
    {
        CacheDatabase cache(QStringLiteral("/proc/okpay/cache.sqlite"));
        QCOMPARE(cache.open(), CacheDatabase::OpenResult::Failed);
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
