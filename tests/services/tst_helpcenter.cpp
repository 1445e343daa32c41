#include "api/apiclient.h"
#include "services/faqsnippet.h"
#include "services/helpcenter.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/fixedclock.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

// The signed-out help center over the FAQ bundled in the app: seeded with no server at all, searched in Chinese and
// English (word starts, typing slips, highlighted snippets), suggestions for ticket drafts, refreshed from a real
// okpay-server, unharmed by hostile answers, and "Was this helpful?" answers that wait offline.
class TestHelpCenter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    int m_caches = 0;

    struct Setup
    {
        std::unique_ptr<ApiClient> client;
        std::unique_ptr<HelpCenter> help;
    };
    Setup make(const QUrl &server, QNetworkAccessManager *nam = nullptr, const Clock *clock = nullptr)
    {
        Setup s;
        s.client = std::make_unique<ApiClient>(nam ? nam : &m_nam, server, nullptr);
        RetryPolicy once;
        once.maxAttempts = 1;
        s.client->setRetryPolicy(once);
        s.help = std::make_unique<HelpCenter>(m_dir.filePath(QStringLiteral("help%1.sqlite").arg(++m_caches)), s.client.get(), clock);
        return s;
    }
    static QUrl nowhere() { return QUrl(QStringLiteral("http://127.0.0.1:9")); }  // discard port: nothing listens
    static QStringList ids(const QList<FaqSearchResult> &results)
    {
        QStringList list;
        for (const FaqSearchResult &r : results)
            list << r.entry.id;
        return list;
    }
    static bool refreshed(HelpCenter &help, bool expectOk)
    {
        QSignalSpy finished(&help, &HelpCenter::refreshFinished);
        help.refresh();
        return finished.wait(20000) && finished.first().at(0).toBool() == expectOk;
    }

private slots:
    void seedsFromTheBundledFaqWithNoServer()
    {
        auto s = make(nowhere());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(s.help->articles(QStringLiteral("en")).size(), 60);
        qInfo("first use, seeding both languages: %lld ms", timer.elapsed());
        QCOMPARE(s.help->articles(QStringLiteral("zh_CN")).size(), 60);
        const auto article = s.help->article(QStringLiteral("withdrawal-pending"), QStringLiteral("zh_CN"));
        QVERIFY(article);
        QCOMPARE(article->categoryTitle, QStringLiteral("提现"));
        QVERIFY(article->markdown.contains(QStringLiteral("(app:new-ticket)")));
        QCOMPARE(article->updatedAt.date(), QDate(2026, 11, 25));
        QCOMPARE(HelpCenter::localeFor(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
        QCOMPARE(HelpCenter::localeFor(QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(s.help->articles(QStringLiteral("fr")).size(), 60);  // unknown languages read English
    }
    void findsChineseQueriesOfAnyLength_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 character") << QStringLiteral("提") << QStringLiteral("withdrawal-pending");
        QTest::newRow("2 characters") << QStringLiteral("提现") << QStringLiteral("withdrawal-methods");
        QTest::newRow("3+ characters") << QStringLiteral("恢复码") << QStringLiteral("recovery-codes");
        QTest::newRow("two words") << QStringLiteral("银行 到账") << QStringLiteral("pending-bank-transfer");
    }
    void findsChineseQueriesOfAnyLength()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        auto s = make(nowhere());
        const auto results = s.help->search(query, QStringLiteral("zh_CN"));
        QVERIFY2(ids(results).contains(expected), qPrintable(ids(results).join(u' ')));
        const QString first = query.split(u' ').first();
        const FaqSearchResult &hit = results.at(ids(results).indexOf(expected));
        QVERIFY2(QString(hit.titleHtml + hit.snippetHtml).contains(QStringLiteral("<b>") + first + QStringLiteral("</b>")),
                 qPrintable(hit.titleHtml + u'|' + hit.snippetHtml));
    }
    void findsEnglishWordStarts()
    {
        auto s = make(nowhere());
        const auto results = s.help->search(QStringLiteral("withdr"), QStringLiteral("en"));
        QVERIFY(ids(results).contains(QStringLiteral("withdrawal-pending")));
        QVERIFY(ids(results).contains(QStringLiteral("withdrawal-methods")));
        QCOMPARE(results.at(ids(results).indexOf(QStringLiteral("withdrawal-methods"))).titleHtml,
                 QStringLiteral("How do I <b>withdr</b>aw money, and how long does it take?"));
    }
    void ranksTitleMatchesFirst()
    {
        auto s = make(nowhere());
        QCOMPARE(s.help->search(QStringLiteral("recovery codes"), QStringLiteral("en")).first().entry.id, QStringLiteral("recovery-codes"));
        QCOMPARE(s.help->search(QStringLiteral("恢复码"), QStringLiteral("zh_CN")).first().entry.id, QStringLiteral("recovery-codes"));
    }
    void correctsTypingSlipsInLatinWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("highlighted");
        QTest::newRow("withdrwal") << QStringLiteral("withdrwal") << QStringLiteral("withdrawal-pending") << QStringLiteral("withdrawal");
        QTest::newRow("pasword") << QStringLiteral("pasword") << QStringLiteral("change-password") << QStringLiteral("password");
        QTest::newRow("recovry") << QStringLiteral("recovry") << QStringLiteral("recovery-codes") << QStringLiteral("recovery");
        QTest::newRow("swapped letters") << QStringLiteral("pormotion") << QStringLiteral("promotions") << QStringLiteral("promotion");
        QTest::newRow("typo while typing") << QStringLiteral("withdrw") << QStringLiteral("withdrawal-pending") << QStringLiteral("withdra");
        QTest::newRow("two words, one slip") << QStringLiteral("bank transfr") << QStringLiteral("topup-bank-transfer") << QStringLiteral("transfer");
        QTest::newRow("Chinese locale") << QStringLiteral("Mastercrad") << QStringLiteral("topup-card") << QString();  // a keyword only
    }
    void correctsTypingSlipsInLatinWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QFETCH(QString, highlighted);
        auto s = make(nowhere());
        const QString locale = QString::fromLatin1(QTest::currentDataTag()) == u"Chinese locale" ? QStringLiteral("zh_CN") : QStringLiteral("en");
        const auto results = s.help->search(query, locale);
        QVERIFY2(ids(results).contains(expected), qPrintable(ids(results).join(u' ')));
        const FaqSearchResult &hit = results.at(ids(results).indexOf(expected));
        QVERIFY2(highlighted.isEmpty() || QString(hit.titleHtml + hit.snippetHtml).contains(QStringLiteral("<b>") + highlighted, Qt::CaseInsensitive),
                 qPrintable(hit.titleHtml + u'|' + hit.snippetHtml));
    }
    void leavesUnrelatedWordsAlone()
    {
        auto s = make(nowhere());
        QVERIFY(s.help->search(QStringLiteral("xylophone"), QStringLiteral("en")).isEmpty());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            s.help->search(QStringLiteral("withdrwal"), QStringLiteral("en"));
        qInfo("a corrected search with snippets: %.2f ms", double(timer.nsecsElapsed()) / 20e6);
        QVERIFY(s.help->search(QStringLiteral("   "), QStringLiteral("en")).isEmpty());
    }
    void snippetsAreShortEscapedAndHighlighted()
    {
        QCOMPARE(FaqSnippet::highlight(QStringLiteral("a <i>card</i> & CARD"), {QStringLiteral("card")}),
                 QStringLiteral("a &lt;i&gt;<b>card</b>&lt;/i&gt; &amp; <b>CARD</b>"));
        QCOMPARE(FaqSnippet::plainText(QStringLiteral("## Title\n- **Bold** [link](faq:x) `code`")), QStringLiteral("Title Bold link code"));
        QCOMPARE(FaqSnippet::plainText(QStringLiteral("**How it works**\nThe app.\n\n**不到账?**\n| a | b |\n|---|---|\n| 1 | 2 |")),
                 QStringLiteral("How it works: The app. 不到账? a b 1 2"));
        auto s = make(nowhere());
        const auto results = s.help->search(QStringLiteral("Friday"), QStringLiteral("en"));
        QVERIFY(!results.isEmpty());
        for (const FaqSearchResult &r : results) {
            QVERIFY2(r.snippetHtml.contains(QStringLiteral("<b>Friday</b>")), qPrintable(r.snippetHtml));
            QString plain = r.snippetHtml;
            plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
            QVERIFY2(plain.size() <= 110, qPrintable(plain));
            QVERIFY(!plain.contains(u'<'));
        }
    }
    void suggestsArticlesForTicketDrafts_data()
    {
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("My withdrawal is pending since Monday") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("提现一直没有到账") << QStringLiteral("zh_CN");
    }
    void suggestsArticlesForTicketDrafts()
    {
        QFETCH(QString, draft);
        QFETCH(QString, locale);
        auto s = make(nowhere());
        const auto suggestions = s.help->suggest(draft, locale, 3);
        QVERIFY(!suggestions.isEmpty() && suggestions.size() <= 3);
        QCOMPARE(suggestions.first().entry.id, QStringLiteral("withdrawal-pending"));
        // The others are about withdrawals or pending money too.
        for (const FaqSearchResult &r : suggestions)
            QVERIFY2(r.entry.category == u"withdrawal" || r.entry.id.contains(u"pending"), qPrintable(ids(suggestions).join(u' ')));
        QVERIFY(s.help->suggest(QStringLiteral("hello"), locale).isEmpty());
    }
    void relatedArticlesAreLinkedOnesThenTheSameCategory()
    {
        auto s = make(nowhere());
        const auto related = s.help->related(QStringLiteral("withdrawal-pending"), QStringLiteral("en"), 5);
        QCOMPARE(related.size(), 5);
        QCOMPARE(related.first().id, QStringLiteral("transaction-history"));  // its first faq: link
        QVERIFY(!std::any_of(related.cbegin(), related.cend(), [](const FaqEntry &e) { return e.id == u"withdrawal-pending"; }));
        QCOMPARE(related.last().category, QStringLiteral("withdrawal"));
    }
    void reseedsWhenAnUpdateBringsOtherArticles()
    {
        QTemporaryDir bundle;
        for (const QString &locale : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QDir().mkpath(bundle.filePath(locale));
            for (const QString &name : QDir(QStringLiteral(":/okpay-help/faq/") + locale).entryList())
                QVERIFY(QFile::copy(QStringLiteral(":/okpay-help/faq/%1/%2").arg(locale, name), bundle.filePath(locale + u'/' + name)));
        }
        QFile edited(bundle.filePath(QStringLiteral("en/promotions.md")));
        QVERIFY(edited.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && edited.open(QIODevice::ReadWrite));
        const QByteArray text = edited.readAll().replace("title: ", "title: Older ");
        edited.resize(0);
        edited.write(text);
        edited.close();
        const QString file = m_dir.filePath(QStringLiteral("reseed.sqlite"));
        {
            ApiClient client(&m_nam, nowhere(), nullptr);
            HelpCenter old(file, &client);
            old.setBundleRoot(bundle.path());
            QVERIFY(old.article(QStringLiteral("promotions"), QStringLiteral("en"))->title.startsWith(u"Older "));
        }
        ApiClient client(&m_nam, nowhere(), nullptr);
        HelpCenter updated(file, &client);
        QVERIFY(!updated.article(QStringLiteral("promotions"), QStringLiteral("en"))->title.startsWith(u"Older "));
    }
    void refreshTakesTheServersArticlesAndThenItsChanges()
    {
        ServerProcess server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QCOMPARE(server.get(QStringLiteral("/v1/support/faq/en")).status, 200);  // the server loads its bundled copy
        QVERIFY(server.execSql(QStringLiteral("UPDATE faq_articles SET title = 'Pending withdrawals (server)', revision = 2 "
                                              "WHERE locale = 'en' AND id = 'withdrawal-pending'")));
        QVERIFY(server.execSql(QStringLiteral("UPDATE faq_articles SET deleted = 1, revision = 2 WHERE locale = 'en' AND id = 'hide-amounts'")));
        QVERIFY(server.execSql(QStringLiteral("UPDATE faq_revisions SET revision = 2 WHERE locale = 'en'")));
        auto s = make(server.baseUrl());
        QVERIFY(s.help->article(QStringLiteral("hide-amounts"), QStringLiteral("en")));
        QSignalSpy changed(s.help.get(), &HelpCenter::articlesChanged);
        QVERIFY(refreshed(*s.help, true));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(s.help->article(QStringLiteral("withdrawal-pending"), QStringLiteral("en"))->title, QStringLiteral("Pending withdrawals (server)"));
        QVERIFY(!s.help->article(QStringLiteral("hide-amounts"), QStringLiteral("en")));  // the full snapshot replaced the bundled copy
        QCOMPARE(s.help->articles(QStringLiteral("en")).size(), 59);
        QVERIFY(ids(s.help->search(QStringLiteral("server"), QStringLiteral("en"))).contains(QStringLiteral("withdrawal-pending")));

        // Then only what changed since revision 2.
        QVERIFY(server.execSql(QStringLiteral("UPDATE faq_articles SET title = 'Strong passwords (v3)', revision = 3 "
                                              "WHERE locale = 'en' AND id = 'strong-password'")));
        QVERIFY(server.execSql(QStringLiteral("UPDATE faq_revisions SET revision = 3 WHERE locale = 'en'")));
        QVERIFY(refreshed(*s.help, true));
        QCOMPARE(s.help->article(QStringLiteral("strong-password"), QStringLiteral("en"))->title, QStringLiteral("Strong passwords (v3)"));
        QCOMPARE(s.help->articles(QStringLiteral("en")).size(), 59);
        QVERIFY(refreshed(*s.help, true));  // nothing new: nothing changes
        QCOMPARE(changed.size(), 2);
    }
    void hostileServerAnswersLeaveTheBundledCopy_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray article = R"({"id":"withdrawal-pending","locale":"en","category":{"id":"withdrawal","title":"W"},)"
                                   R"("title":"T","body_markdown":"B","tags":[],"position":1,"revision":5,"updated_at":"2026-01-01T00:00:00Z"})";
        auto wrap = [](const QByteArray &articles, const QByteArray &extra = "\"full\":true") -> QByteArray {
            return R"({"locale":"en","revision":5,"deleted_ids":[],"articles":[)" + articles + "]," + extra + "}";
        };
        QTest::newRow("not JSON") << QByteArray("<html>proxy error</html>");
        QTest::newRow("an array") << QByteArray("[1,2,3]");
        QTest::newRow("empty full snapshot") << wrap("");
        QTest::newRow("articles not a list") << QByteArray(R"({"locale":"en","revision":5,"full":true,"deleted_ids":[],"articles":{}})");
        QTest::newRow("another locale") << QByteArray(wrap(article)).replace(R"({"locale":"en")", R"({"locale":"zh_CN")");
        QTest::newRow("revision a string") << QByteArray(wrap(article)).replace(R"("revision":5,"deleted)", R"("revision":"5","deleted)");
        QTest::newRow("path in an id") << QByteArray(wrap(QByteArray(article).replace("withdrawal-pending", "../../etc")));
        QTest::newRow("huge title") << QByteArray(wrap(QByteArray(article).replace("\"T\"", QByteArray('"' + QByteArray(5000, 'x') + '"'))));
        QTest::newRow("second article broken") << wrap(article + ",{\"id\":\"x\"}");
        QTest::newRow("tags not strings") << QByteArray(wrap(QByteArray(article).replace("\"tags\":[]", "\"tags\":[{}]")));
        QTest::newRow("position fractional") << QByteArray(wrap(QByteArray(article).replace("\"position\":1", "\"position\":1.5")));
        QTest::newRow("deleted id not a string") << QByteArray(wrap(article)).replace(R"("deleted_ids":[])", R"("deleted_ids":[7])");
    }
    void hostileServerAnswersLeaveTheBundledCopy()
    {
        QFETCH(QByteArray, body);
        FakeNetworkAccessManager nam;
        nam.handler = [&body](const FakeNetworkAccessManager::Seen &) { return FakeResponse::json(200, body); };
        auto s = make(QUrl(QStringLiteral("http://127.0.0.1:8080")), &nam);
        const QString before = s.help->article(QStringLiteral("withdrawal-pending"), QStringLiteral("en"))->title;
        QSignalSpy finished(s.help.get(), &HelpCenter::refreshFinished);
        s.help->refresh();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(s.help->articles(QStringLiteral("en")).size(), 60);
        QCOMPARE(s.help->article(QStringLiteral("withdrawal-pending"), QStringLiteral("en"))->title, before);
        QVERIFY(!nam.seen.first().request.hasRawHeader("Authorization"));
    }
    void feedbackWaitsOfflineAndReachesTheServerOnce()
    {
        ServerProcess first;
        QVERIFY2(first.isRunning(), qPrintable(first.startError()));
        const QUrl url = first.baseUrl();
        first.stop();
        FixedClock clock(QDateTime::currentDateTimeUtc());
        auto s = make(url, nullptr, &clock);
        QSignalSpy states(s.help.get(), &HelpCenter::feedbackChanged);
        QVERIFY(s.help->sendFeedback(QStringLiteral("withdrawal-pending"), true, QStringLiteral("Clear, thanks")));
        QVERIFY(states.wait(20000));
        QCOMPARE(states.last().at(1).value<HelpCenter::FeedbackState>(), HelpCenter::FeedbackState::Queued);
        QCOMPARE(s.help->pendingFeedbackCount(), 1);

        ServerProcess back(ServerProcess::Options{{}, {}, first.databaseUrl(), quint16(url.port())});
        QVERIFY2(back.isRunning(), qPrintable(back.startError()));
        clock.advanceSecs(3600);
        s.help->sendPendingFeedback();
        QVERIFY(QTest::qWaitFor([&] { return states.last().at(1).value<HelpCenter::FeedbackState>() == HelpCenter::FeedbackState::Sent; }, 20000));
        QCOMPARE(s.help->pendingFeedbackCount(), 0);
        if (back.usesPostgres())
            QSKIP("the row check reads the SQLite file");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("feedback-check"));
        db.setDatabaseName(back.databaseUrl().mid(7));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT article_id, helpful, comment, user_id FROM faq_feedback")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("withdrawal-pending"));
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("Clear, thanks"));
        QVERIFY(q.value(3).isNull());
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestHelpCenter)
#include "tst_helpcenter.moc"
