#include "support/serverprocess.h"

#include "support/faqimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay::test;
using namespace okpay::server;

// loadFaqFromDirectory (what `okpay-server admin load-faq DIR` runs) against a live server's database: new, changed
// and removed articles bump the locale's revision, and the server's `since` delta reports them.
class TestFaqImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_dir;
    void write(const QString &relative, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(m_dir.filePath(relative)).path());
        QFile file(m_dir.filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    static QByteArray article(const QByteArray &title, const QByteArray &body)
    {
        return "---\ntitle: " + title + "\ncategory: account\ncategory_title: Account\nkeywords: a, b\nposition: 2\n"
               "updated: 2026-11-25\n---\n" + body + "\n";
    }
    qint64 revision(const QString &locale)
    {
        return m_server->get(QStringLiteral("/v1/support/faq/") + locale).json().value(u"revision").toInteger();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        QString error;
        m_db = Database::open(m_server->databaseUrl(), &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_db->closeThreadConnection();
        m_db.reset();
        m_server.reset();
    }

    void loadsNewArticles()
    {
        write(QStringLiteral("en/alpha.md"), article("Alpha", "First body"));
        write(QStringLiteral("en/beta.md"), article("Beta", "Second body"));
        write(QStringLiteral("zh_CN/alpha.md"), article("阿尔法", "正文"));
        QString error;
        const auto stats = loadFaqFromDirectory(*m_db, m_dir.path(), &error);
        QVERIFY2(stats, qPrintable(error));
        QCOMPARE(stats->added, 3);
        QCOMPARE(revision(QStringLiteral("en")), 1);
        const HttpReply zh = m_server->get(QStringLiteral("/v1/support/faq/zh_CN"));
        QCOMPARE(zh.json().value(u"articles").toArray().size(), 1);
        const QJsonObject a = zh.json().value(u"articles").toArray().first().toObject();
        QCOMPARE(a.value(u"title").toString(), QStringLiteral("阿尔法"));
        QCOMPARE(a.value(u"body_markdown").toString(), QStringLiteral("正文"));
        QCOMPARE(a.value(u"position").toInt(), 2);
        QCOMPARE(a.value(u"tags").toArray().size(), 2);
    }
    void reloadingTheSameContentChangesNothing()
    {
        const auto stats = loadFaqFromDirectory(*m_db, m_dir.path());
        QVERIFY(stats);
        QCOMPARE(stats->unchanged, 3);
        QCOMPARE(stats->added + stats->updated + stats->deleted, 0);
        QCOMPARE(revision(QStringLiteral("en")), 1);
    }
    void changesAndRemovalsBecomeADelta()
    {
        write(QStringLiteral("en/alpha.md"), article("Alpha", "Rewritten body"));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("en/beta.md"))));
        const auto stats = loadFaqFromDirectory(*m_db, m_dir.path());
        QVERIFY(stats);
        QCOMPARE(stats->updated, 1);
        QCOMPARE(stats->deleted, 1);
        QCOMPARE(revision(QStringLiteral("en")), 2);
        QCOMPARE(revision(QStringLiteral("zh_CN")), 1);  // untouched locale keeps its revision
        const HttpReply delta = m_server->get(QStringLiteral("/v1/support/faq/en?since=1"));
        QCOMPARE(delta.json().value(u"deleted_ids").toArray(), QJsonArray{QStringLiteral("beta")});
        QCOMPARE(delta.json().value(u"articles").toArray().first().toObject().value(u"body_markdown").toString(),
                 QStringLiteral("Rewritten body"));
        // An article that comes back is a change again, not a deletion.
        write(QStringLiteral("en/beta.md"), article("Beta", "Back again"));
        QCOMPARE(loadFaqFromDirectory(*m_db, m_dir.path())->updated, 1);
        QVERIFY(m_server->get(QStringLiteral("/v1/support/faq/en?since=2")).json().value(u"deleted_ids").toArray().isEmpty());
    }
    void refusesBrokenFilesWithoutChangingAnything()
    {
        write(QStringLiteral("en/broken.md"), "no front matter here\n");
        QString error;
        QVERIFY(!loadFaqFromDirectory(*m_db, m_dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("broken")));
        QFile::remove(m_dir.filePath(QStringLiteral("en/broken.md")));
        write(QStringLiteral("en/bad id!.md"), article("Bad", "Body"));
        QVERIFY(!loadFaqFromDirectory(*m_db, m_dir.path(), &error));
        QFile::remove(m_dir.filePath(QStringLiteral("en/bad id!.md")));
        QCOMPARE(revision(QStringLiteral("en")), 3);
    }
    void refusesADirectoryWithoutEnglishArticles()
    {
        QTemporaryDir empty;
        QString error;
        QVERIFY(!loadFaqFromDirectory(*m_db, empty.path(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(revision(QStringLiteral("en")), 3);
    }
    void theBundledFaqParses()
    {
        // The articles compiled into the server are the ones in resources/faq; each must parse.
        for (const QString &locale : faqLocales()) {
            const QDir dir(QStringLiteral(":/okpay-faq/") + locale);
            QVERIFY(dir.entryList({QStringLiteral("*.md")}).size() >= 12);
            for (const QString &name : dir.entryList({QStringLiteral("*.md")})) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QString error;
                QVERIFY2(FaqArticleFile::parse(QFileInfo(name).completeBaseName(), locale, file.readAll(), &error),
                         qPrintable(error));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFaqImporter)
#include "tst_faqimporter.moc"
