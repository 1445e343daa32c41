#include "store/cachelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace okpay;

class TestCacheLocation : public QObject
{
    Q_OBJECT

private slots:
    void staysInsideCacheDirForHostileIds_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::newRow("normal") << QStringLiteral("u_123");
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd");
        QTest::newRow("empty") << QString();
        QTest::newRow("absolute") << QStringLiteral("/tmp/x");
        QTest::newRow("chinese") << QStringLiteral("用户");
        QTest::newRow("long") << QString(10000, u'a');
        QTest::newRow("nul") << QString(QChar(0));
    }
    void staysInsideCacheDirForHostileIds()
    {
        QFETCH(QString, userId);
        const CacheLocation location(QStringLiteral("/data/okpay"));
        const QString file = location.databaseFile(QStringLiteral("https://api.okpay.example"), userId);
        QCOMPARE(QFileInfo(file).absolutePath(), QStringLiteral("/data/okpay/cache"));
        QVERIFY(file.endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(QFileInfo(file).fileName().size(), 32 + 7);
    }
    void differsPerServerAndUser()
    {
        const CacheLocation location(QStringLiteral("/d"));
        const QString a = location.databaseFile(QStringLiteral("https://a"), QStringLiteral("u1"));
        QCOMPARE(location.databaseFile(QStringLiteral("https://a"), QStringLiteral("u1")), a);
        QVERIFY(location.databaseFile(QStringLiteral("https://b"), QStringLiteral("u1")) != a);
        QVERIFY(location.databaseFile(QStringLiteral("https://a"), QStringLiteral("u2")) != a);
        // The separator keeps ("ab","c") and ("a","bc") apart.
        QVERIFY(location.databaseFile(QStringLiteral("ab"), QStringLiteral("c"))
                != location.databaseFile(QStringLiteral("a"), QStringLiteral("bc")));
    }
};

QTEST_APPLESS_MAIN(TestCacheLocation)
#include "tst_cachelocation.moc"
