#include "store/cachedatabase.h"

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
