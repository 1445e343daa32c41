#include "api/apiclient.h"
#include "services/helpcenter.h"
#include "support/screenshot.h"
#include "support/serverprocess.h"
#include "ui/help/faqarticleview.h"
#include "ui/help/faqbrowser.h"
#include "ui/translations.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QPushButton>

using namespace okpay;
using namespace okpay::test;

// The FAQ browser offscreen against a real okpay-server: search as you type in Chinese and English, articles by
// topic, faq: links with back/forward, app: links handed on, only official web links opened, and "Was this helpful?"
// arriving at the server. Screenshots in English and Chinese.
class TestFaqBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_client;
    int m_caches = 0;

    struct Browser
    {
        std::unique_ptr<HelpCenter> help;
        std::unique_ptr<FaqBrowser> widget;
        template<typename T> T *find(const QString &name) const
        {
            T *child = widget->findChild<T *>(name);
            if (!child)
                qFatal("no child %s", qPrintable(name));
            return child;
        }
        FaqArticleView *view() const { return find<FaqArticleView>(QStringLiteral("faqArticleView")); }
    };
    std::unique_ptr<Browser> open(const QString &language)
    {
        Translations::install(*qApp, language);
        auto b = std::make_unique<Browser>();
        b->help = std::make_unique<HelpCenter>(m_dir.filePath(QStringLiteral("help%1.sqlite").arg(++m_caches)), m_client.get());
        b->widget = std::make_unique<FaqBrowser>(b->help.get());
        b->widget->resize(1100, 720);
        QSignalSpy refreshed(b->help.get(), &HelpCenter::refreshFinished);
        b->widget->show();  // the first show asks the server for its FAQ
        if (!refreshed.wait(20000) || !refreshed.first().at(0).toBool())
            qFatal("the FAQ was not refreshed");
        return b;
    }
    // Types into a field: Latin text key by key, Chinese as an input method commits it.
    static void typeInto(QWidget *field, const QString &text)
    {
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; })) {
            QTest::keyClicks(field, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(field, &commit);
    }
    static void type(Browser &b, const QString &text)
    {
        auto *search = b.find<QLineEdit>(QStringLiteral("faqSearch"));
        search->clear();
        typeInto(search, text);
    }
    static QString searchResults(Browser &b)
    {
        auto *results = b.find<QListWidget>(QStringLiteral("faqSearchResults"));
        QTest::qWait(300);  // typing pauses longer than the 150 ms the browser waits before searching
        if (!QTest::qWaitFor([&] { return results->isVisible() && results->count() > 0; }, 3000))
            return {};
        QStringList titles;
        for (int i = 0; i < results->count(); ++i)
            titles << results->item(i)->data(Qt::UserRole).toString();
        return titles.join(u' ');
    }
    // Clicks the link with this target where it is drawn, as a user would.
    static bool clickLink(FaqArticleView *view, const QString &href)
    {
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(view->document());
                cursor.setPosition(fragment.position() + qMin(2, fragment.length() / 2));
                view->setTextCursor(cursor);
                view->ensureCursorVisible();
                const QPoint at = view->cursorRect(cursor).center();
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
                return true;
            }
        }
        return false;
    }
    static void openFromTopics(Browser &b, const QString &title)
    {
        auto *topics = b.find<QTreeWidget>(QStringLiteral("faqTopics"));
        const auto items = topics->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!items.isEmpty(), qPrintable(title));
        topics->scrollToItem(items.first());
        QTest::mouseClick(topics->viewport(), Qt::LeftButton, {}, topics->visualItemRect(items.first()).center());
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_client = std::make_unique<ApiClient>(&m_nam, m_server->baseUrl(), nullptr);
    }
    void searchesChineseAndEnglishAsYouType()
    {
        auto b = open(QStringLiteral("zh_CN"));
        QCOMPARE(b->widget->locale(), QStringLiteral("zh_CN"));
        type(*b, QStringLiteral("提"));
        QVERIFY(searchResults(*b).contains(QStringLiteral("withdrawal-pending")));
        type(*b, QStringLiteral("提现"));
        QVERIFY(searchResults(*b).contains(QStringLiteral("withdrawal-methods")));
        saveScreenshot(*b->widget, QStringLiteral("faqbrowser_search_zh_CN"));

        auto en = open(QStringLiteral("en"));
        type(*en, QStringLiteral("withdr"));
        QVERIFY(searchResults(*en).contains(QStringLiteral("withdrawal-pending")));
        type(*en, QStringLiteral("pasword"));
        QVERIFY(searchResults(*en).contains(QStringLiteral("change-password")));
        saveScreenshot(*en->widget, QStringLiteral("faqbrowser_search_en"));
        type(*en, QStringLiteral("xylophone"));
        auto *none = en->find<QLabel>(QStringLiteral("faqNoResults"));
        QVERIFY(QTest::qWaitFor([&] { return none->isVisible(); }, 3000));
        QVERIFY(none->text().contains(QStringLiteral("xylophone")));
        // Enter opens the first result.
        type(*en, QStringLiteral("recovery codes"));
        QTest::keyClick(en->find<QLineEdit>(QStringLiteral("faqSearch")), Qt::Key_Return);
        QCOMPARE(en->widget->currentArticle(), QStringLiteral("recovery-codes"));
    }
    void followsFaqLinksWithBackAndForward()
    {
        auto b = open(QStringLiteral("en"));
        auto *back = b->find<QToolButton>(QStringLiteral("faqBack"));
        auto *forward = b->find<QToolButton>(QStringLiteral("faqForward"));
        QVERIFY(!back->isEnabled() && !forward->isEnabled());
        openFromTopics(*b, QStringLiteral("My withdrawal is pending. When will the money arrive?"));
        QCOMPARE(b->widget->currentArticle(), QStringLiteral("withdrawal-pending"));
        QVERIFY(b->view()->toPlainText().startsWith(QStringLiteral("My withdrawal is pending.")));
        QVERIFY(b->find<QLabel>(QStringLiteral("faqRelated"))->text().contains(QStringLiteral("faq:transaction-history")));
        saveScreenshot(*b->widget, QStringLiteral("faqbrowser_article_en"));

        QVERIFY(clickLink(b->view(), QStringLiteral("faq:transaction-history")));
        QTRY_COMPARE(b->widget->currentArticle(), QStringLiteral("transaction-history"));
        QVERIFY(back->isEnabled() && !forward->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(b->widget->currentArticle(), QStringLiteral("withdrawal-pending"));
        QVERIFY(b->view()->toPlainText().startsWith(QStringLiteral("My withdrawal is pending.")));
        QVERIFY(forward->isEnabled());
        QTest::mouseClick(forward, Qt::LeftButton);
        QCOMPARE(b->widget->currentArticle(), QStringLiteral("transaction-history"));

        b->widget->openArticle(QStringLiteral("no-such-article"));  // a deep link from an older or newer app
        QVERIFY(b->view()->toPlainText().startsWith(QStringLiteral("Article not found")));
        QVERIFY(!b->find<QWidget>(QStringLiteral("faqFeedbackBar"))->isVisible());
    }
    void handsAppLinksAndContactOn()
    {
        auto b = open(QStringLiteral("en"));
        QSignalSpy actions(b->widget.get(), &FaqBrowser::appActionRequested);
        QSignalSpy contact(b->widget.get(), &FaqBrowser::contactRequested);
        b->widget->openArticle(QStringLiteral("withdrawal-pending"));
        QVERIFY(clickLink(b->view(), QStringLiteral("app:new-ticket")));
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.first().first().toString(), QStringLiteral("new-ticket"));
        QTest::mouseClick(b->find<QPushButton>(QStringLiteral("faqContact")), Qt::LeftButton);
        QCOMPARE(contact.size(), 1);
    }
    void opensOnlyOfficialWebLinks()
    {
        QVERIFY(m_server->execSql(QStringLiteral(
            "UPDATE faq_articles SET body = body || '\n\n[Log in here](https://okpay.example.evil.test/login) or "
            "[our site](https://www.okpay.example/contact)', revision = 2 WHERE locale = 'en' AND id = 'phishing-official-domains'")));
        QVERIFY(m_server->execSql(QStringLiteral("UPDATE faq_revisions SET revision = 2 WHERE locale = 'en'")));
        auto b = open(QStringLiteral("en"));
        QList<QUrl> opened;
        b->view()->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        b->widget->openArticle(QStringLiteral("phishing-official-domains"));
        auto *warning = b->find<QLabel>(QStringLiteral("faqLinkWarning"));
        QVERIFY(clickLink(b->view(), QStringLiteral("https://okpay.example.evil.test/login")));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("okpay.example.evil.test")));
        QVERIFY(opened.isEmpty());
        saveScreenshot(*b->widget, QStringLiteral("faqbrowser_link_warning_en"));
        QVERIFY(clickLink(b->view(), QStringLiteral("https://www.okpay.example/contact")));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().host(), QStringLiteral("www.okpay.example"));
    }
    void helpfulFeedbackReachesTheServer()
    {
        auto b = open(QStringLiteral("zh_CN"));
        b->widget->openArticle(QStringLiteral("support-hours"));
        QTest::mouseClick(b->find<QPushButton>(QStringLiteral("faqFeedbackYes")), Qt::LeftButton);
        auto *comment = b->find<QLineEdit>(QStringLiteral("faqFeedbackComment"));
        QVERIFY(comment->isVisible());
        typeInto(comment, QStringLiteral("很清楚"));
        saveScreenshot(*b->widget, QStringLiteral("faqbrowser_feedback_zh_CN"));
        QTest::mouseClick(b->find<QPushButton>(QStringLiteral("faqFeedbackSend")), Qt::LeftButton);
        auto *result = b->find<QLabel>(QStringLiteral("faqFeedbackResult"));
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), QCoreApplication::translate("okpay::FaqFeedbackBar", "Thank you for your feedback."), 20000);
        saveScreenshot(*b->widget, QStringLiteral("faqbrowser_article_zh_CN"));

        if (m_server->usesPostgres())
            QSKIP("the row check reads the SQLite file");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("feedback-check"));
            db.setDatabaseName(m_server->databaseUrl().mid(7));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT article_id, helpful, comment FROM faq_feedback")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("support-hours"));
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toString(), QStringLiteral("很清楚"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("feedback-check"));
    }
};

QTEST_MAIN(TestFaqBrowser)
#include "tst_faqbrowser.moc"
