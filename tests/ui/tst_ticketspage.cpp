// "My tickets" against okpay-server --demo (the demo user has a solved and a pending ticket, both answered): the
// list with unread marks, the conversation (marked read when opened), a reply through the outbox, rating a solved
// ticket, closing after a confirmation, the linked follow-up for a ticket solved too long ago, attachments saved to
// a chosen file, the empty state for a new user, and the cached copy read offline. Screenshots in both languages.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "services/signedinaccount.h"
#include "support/screenshot.h"
#include "support/serverprocess.h"
#include "ui/help/ticketform.h"
#include "ui/help/ticketspage.h"
#include "ui/help/ticketthreadview.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUuid>

using namespace okpay;
using namespace okpay::test;

namespace {
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");

class FixedToken : public TokenSource
{
public:
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};
} // namespace

class TestTicketsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    FixedToken m_tokens;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SignedInAccount> m_account;
    std::unique_ptr<TicketsPage> m_page;
    QString m_demoToken;
    QString m_agent;

    SupportService &support() { return m_account->support(); }
    template<typename T = QWidget> T *find(const QString &name) const { return m_page->findChild<T *>(name); }
    void syncOnce()
    {
        QSignalSpy round(&m_account->sync(), &SyncEngine::roundFinished);
        m_account->sync().syncNow();
        QVERIFY(round.wait(20000));
    }
    // The account signed in with `token`, synced, and its My tickets page shown at the Help tab's size.
    void open(const QString &token, const QString &cacheName)
    {
        m_page.reset();
        m_account.reset();
        m_tokens.token = token;
        m_account = std::make_unique<SignedInAccount>(m_dir.filePath(cacheName + QStringLiteral(".sqlite")), m_client.get());
        m_account->sync().setSignedIn(true);
        syncOnce();
        m_page = std::make_unique<TicketsPage>(&support(), &m_account->tickets());
        m_page->resize(1280, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    QListView *list() const { return find<QListView>(QStringLiteral("ticketsList")); }
    int rowOf(const QString &subjectPart) const
    {
        for (int row = 0; row < list()->model()->rowCount(); ++row)
            if (list()->model()->index(row, 0).data().toString().contains(subjectPart))
                return row;
        return -1;
    }
    void select(const QString &subjectPart)
    {
        const int row = rowOf(subjectPart);
        QVERIFY2(row >= 0, qPrintable(subjectPart));
        list()->setCurrentIndex(list()->model()->index(row, 0));
    }
    QString conversation() const { return find<QTextBrowser>(QStringLiteral("ticketThreadMessages"))->toPlainText(); }
    QString ticketIdOf(const QString &subjectPart) const
    {
        return list()->model()->index(rowOf(subjectPart), 0).data(TicketListModel::TicketIdRole).toString();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        const auto password = QRegularExpression(QStringLiteral("password: (\\S+)")).match(m_server->startupOutput());
        QVERIFY(password.hasMatch());
        const HttpReply login = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("demo@okpay.test")},
                                                                                {QStringLiteral("password"), password.captured(1)}});
        m_demoToken = login.json().value(u"access_token").toString();
        QVERIFY(!m_demoToken.isEmpty());
        m_agent = m_server->registerVerifiedUser(QStringLiteral("agent@okpay.example"));
        QVERIFY(m_server->promoteToAgent(QStringLiteral("agent@okpay.example")));
        m_client = std::make_unique<ApiClient>(&m_nam, m_server->baseUrl(), &m_tokens);
        Translations::install(*qApp, QStringLiteral("en"));
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_account.reset();
        m_client.reset();
        m_server.reset();
    }

    void listShowsTheTicketsWithUnreadMarks()
    {
        open(m_demoToken, QStringLiteral("demo"));
        QVERIFY(QTest::qWaitFor([&] { return list()->model()->rowCount() == 2; }, 10000));
        QVERIFY(!find(QStringLiteral("ticketsEmpty"))->isVisible());
        QCOMPARE(support().unreadCount(), 2);  // both demo tickets have an answer the user has not opened
        const QString pending = list()->model()->index(rowOf(QStringLiteral("Which withdrawal method")), 0).data().toString();
        QVERIFY2(pending.contains(QStringLiteral("New reply")) && pending.contains(QStringLiteral("Waiting for your reply")), qPrintable(pending));
        QVERIFY(list()->model()->index(rowOf(QStringLiteral("Bank transfer")), 0).data().toString().contains(QStringLiteral("Solved")));
    }

    void openingATicketShowsTheConversationAndMarksItRead()
    {
        QSignalSpy unread(&support(), &SupportService::unreadCountChanged);
        select(QStringLiteral("Which withdrawal method"));
        QVERIFY(find<QLabel>(QStringLiteral("ticketThreadTitle"))->text().contains(QStringLiteral("Which withdrawal method is fastest?")));
        QVERIFY(QTest::qWaitFor([&] { return conversation().contains(QStringLiteral("Withdrawals to another e-wallet")); }, 10000));
        QVERIFY(conversation().contains(QStringLiteral("I need money in my other e-wallet today")));
        QVERIFY(conversation().contains(QStringLiteral("OKPay Support ·")));
        QCOMPARE(support().unreadCount(), 1);
        QVERIFY(!unread.isEmpty());
        QCOMPARE(unread.last().first().toInt(), 1);
        QVERIFY(!list()->model()->index(rowOf(QStringLiteral("Which withdrawal method")), 0).data().toString().contains(QStringLiteral("New reply")));
        QVERIFY(find(QStringLiteral("ticketReplyText"))->isVisible());
        QVERIFY(!find(QStringLiteral("ticketRating"))->isVisible());
    }

    void replyIsQueuedAndThenShownInTheConversation()
    {
        const QString id = ticketIdOf(QStringLiteral("Which withdrawal method"));
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("ticketReplyText")), QStringLiteral("I use PayPal."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketReplySend")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return conversation().contains(QStringLiteral("I use PayPal.")); }, 30000));
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("ticketReplyText"))->toPlainText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return support().pendingReplies(id).isEmpty(); }, 10000));
        QVERIFY(find<QLabel>(QStringLiteral("ticketThreadMeta"))->text().contains(QStringLiteral("Waiting for support")));
        int onServer = 0;
        for (const QJsonValue &m : m_server->get(QStringLiteral("/v1/support/tickets/") + id, m_demoToken).json().value(u"messages").toArray())
            onServer += m.toObject().value(u"body").toString() == u"I use PayPal." ? 1 : 0;
        QCOMPARE(onServer, 1);
    }

    void solvedTicketCanBeRated()
    {
        select(QStringLiteral("Bank transfer"));
        auto *rating = find(QStringLiteral("ticketRating"));
        QVERIFY(QTest::qWaitFor([&] { return rating->isVisible(); }, 10000));
        QVERIFY(find<QLabel>(QStringLiteral("ticketRatingState"))->text().contains(QStringLiteral("5 of 5")));
        QVERIFY(find(QStringLiteral("ticketReopen"))->isVisible());  // solved 5 days ago: inside the 14 days
        QVERIFY(!find(QStringLiteral("ticketReplyText"))->isVisible());
        QTest::mouseClick(find<QToolButton>(QStringLiteral("ticketRatingStar3")), Qt::LeftButton);
        find<QLineEdit>(QStringLiteral("ticketRatingComment"))->setText(QStringLiteral("Took a while"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketRatingSend")), Qt::LeftButton);
        const QString id = ticketIdOf(QStringLiteral("Bank transfer"));
        QVERIFY(QTest::qWaitFor([&] {
            return m_server->get(QStringLiteral("/v1/support/tickets/") + id, m_demoToken).json().value(u"rating").toObject().value(u"score").toInt() == 3;
        }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return find<QLabel>(QStringLiteral("ticketRatingState"))->text().contains(QStringLiteral("3 of 5")); }, 10000));
    }

    void solvedTicketReopensWithAReasonThenClosesAfterConfirmation()
    {
        find<QLineEdit>(QStringLiteral("ticketReopenReason"))->setText(QStringLiteral("The money left my bank twice."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketReopen")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return conversation().contains(QStringLiteral("The money left my bank twice.")); }, 10000));
        QVERIFY(find<QLabel>(QStringLiteral("ticketThreadMeta"))->text().contains(QStringLiteral("Waiting for support")));
        QVERIFY(find(QStringLiteral("ticketReplyText"))->isVisible());
        QVERIFY(!find(QStringLiteral("ticketReopen"))->isVisible());

        // Close asks first; Cancel is the default and changes nothing.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketClose")), Qt::LeftButton);
        auto *confirm = m_page->findChild<QMessageBox *>(QStringLiteral("ticketCloseConfirm"));
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(find<QLabel>(QStringLiteral("ticketThreadMeta"))->text().contains(QStringLiteral("Waiting for support")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketClose")), Qt::LeftButton);
        confirm = m_page->findChild<QMessageBox *>(QStringLiteral("ticketCloseConfirm"));
        QVERIFY(QTest::qWaitFor([&] { return confirm && confirm->isVisible(); }, 2000));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("ticketCloseConfirmButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return find<QLabel>(QStringLiteral("ticketThreadMeta"))->text().startsWith(QStringLiteral("Closed")); }, 10000));
        QVERIFY(find(QStringLiteral("ticketFollowUp"))->isVisible());
        QVERIFY(!find(QStringLiteral("ticketClose"))->isVisible());
        QVERIFY(!find(QStringLiteral("ticketReplyText"))->isVisible());
    }

    void ticketSolvedLongAgoOffersALinkedNewTicket()
    {
        const HttpReply created = m_server->post(QStringLiteral("/v1/support/tickets"),
                                                 {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                  {QStringLiteral("subject"), QStringLiteral("Card top-up refused in March")},
                                                  {QStringLiteral("category"), QStringLiteral("topup")},
                                                  {QStringLiteral("body"), QStringLiteral("My card was refused.")}},
                                                 m_demoToken);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id").toString();
        QCOMPARE(m_server->post(QStringLiteral("/v1/agent/tickets/%1/replies").arg(id),
                                {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("body"), QStringLiteral("Your bank blocked it; it works now.")},
                                 {QStringLiteral("status"), QStringLiteral("solved")}},
                                m_agent).status / 100, 2);
        QVERIFY(m_server->execSql(QStringLiteral("UPDATE support_tickets SET solved_at = '2020-01-01T00:00:00.000Z', "
                                                 "updated_at = '%1' WHERE id = '%2'")
                                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")), id)));
        syncOnce();
        QVERIFY(QTest::qWaitFor([&] { return rowOf(QStringLiteral("Card top-up refused")) >= 0; }, 10000));
        select(QStringLiteral("Card top-up refused"));
        QVERIFY(QTest::qWaitFor([&] { return find(QStringLiteral("ticketFollowUp"))->isVisible(); }, 10000));
        QVERIFY(!find(QStringLiteral("ticketReopen"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("ticketFollowUpText"))->text().contains(QStringLiteral("14 days")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketFollowUp")), Qt::LeftButton);
        auto *linked = find<QLabel>(QStringLiteral("ticketRelatedTicket"));
        QVERIFY(QTest::qWaitFor([&] { return linked->isVisible(); }, 2000));
        QVERIFY(linked->text().contains(created.json().value(u"number").toString()));
        QCOMPARE(m_page->form()->currentDraft().relatedTicketId, id);
        m_page->form()->setRelatedTicket({}, {});
    }

    void attachmentIsSavedToTheChosenFileOrOpened()
    {
        TicketDraft draft;
        draft.category = QStringLiteral("other");
        draft.subject = QStringLiteral("Screenshot of the error");
        draft.description = QStringLiteral("See the picture.");
        draft.attachments = {DraftAttachment{QStringLiteral("error.png"), {}, kPng}};
        QSignalSpy queued(&support(), &SupportService::ticketQueued);
        support().createTicket(draft);
        QVERIFY(queued.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return rowOf(QStringLiteral("Screenshot of the error")) >= 0; }, 30000));
        select(QStringLiteral("Screenshot of the error"));
        QVERIFY(QTest::qWaitFor([&] { return conversation().contains(QStringLiteral("error.png")); }, 10000));
        const QString attachmentId = support().cachedThread(ticketIdOf(QStringLiteral("Screenshot of the error")))->messages.first().attachments.first().id;

        const QString target = m_dir.filePath(QStringLiteral("saved-error.png"));
        QString suggested;
        m_page->thread()->setSavePathPicker([&](const QString &name) {
            suggested = name;
            return target;
        });
        m_page->thread()->attachmentAction(QUrl(QStringLiteral("download:") + attachmentId));
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(target); }, 10000));
        QCOMPARE(suggested, QStringLiteral("error.png"));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), kPng);
        QVERIFY(QTest::qWaitFor([&] { return find<QLabel>(QStringLiteral("ticketThreadNotice"))->text().contains(QStringLiteral("Saved to")); }, 5000));

        QUrl opened;
        m_page->thread()->setUrlOpener([&](const QUrl &url) {
            opened = url;
            return true;
        });
        m_page->thread()->attachmentAction(QUrl(QStringLiteral("open:") + attachmentId));
        QVERIFY(QTest::qWaitFor([&] { return opened.isValid(); }, 10000));
        QFile openedFile(opened.toLocalFile());
        QVERIFY(openedFile.open(QIODevice::ReadOnly));
        QCOMPARE(openedFile.readAll(), kPng);
    }

    void screenshotsOfAThreadInEnglishAndChinese()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translations::install(*qApp, language);
            open(m_demoToken, QStringLiteral("demo"));
            select(QStringLiteral("Which withdrawal method"));
            QVERIFY(QTest::qWaitFor([&] { return conversation().contains(QStringLiteral("I use PayPal.")); }, 10000));
            QTest::qWait(200);
            QVERIFY2(clippedText(*m_page).isEmpty(), qPrintable(clippedText(*m_page).join(u'\n')));
            QVERIFY2(unnamedControls(*m_page).isEmpty(), qPrintable(unnamedControls(*m_page).join(u'\n')));
            saveScreenshot(*m_page, QStringLiteral("ticket_thread_") + language);
            select(QStringLiteral("Bank transfer"));
            QVERIFY(QTest::qWaitFor([&] { return find(QStringLiteral("ticketRating"))->isVisible(); }, 10000));
            QTest::qWait(200);
            saveScreenshot(*m_page, QStringLiteral("ticket_thread_closed_") + language);
        }
        Translations::install(*qApp, QStringLiteral("en"));
    }

    void ticketsAreReadableOfflineFromTheCache()
    {
        m_page.reset();
        m_account.reset();
        ApiClient offline(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:9")), &m_tokens);  // nothing listens there
        RetryPolicy once;
        once.maxAttempts = 1;
        offline.setRetryPolicy(once);
        m_account = std::make_unique<SignedInAccount>(m_dir.filePath(QStringLiteral("demo.sqlite")), &offline);
        m_page = std::make_unique<TicketsPage>(&support(), &m_account->tickets());
        m_page->resize(1280, 720);
        m_page->show();
        QVERIFY(list()->model()->rowCount() >= 4);
        select(QStringLiteral("Which withdrawal method"));
        QVERIFY(conversation().contains(QStringLiteral("Withdrawals to another e-wallet")));
        QVERIFY(conversation().contains(QStringLiteral("I use PayPal.")));
        auto *notice = find<QLabel>(QStringLiteral("ticketThreadNotice"));
        QVERIFY(QTest::qWaitFor([&] { return notice->isVisible(); }, 15000));
        QVERIFY2(notice->text().contains(QStringLiteral("saved on this computer")), qPrintable(notice->text()));

        // Written offline: the reply and a new ticket wait in the outbox, shown with their state.
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("ticketReplyText")), QStringLiteral("Written on the train."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketReplySend")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] {
            auto *row = find<QLabel>(QStringLiteral("ticketPendingReplyText0"));
            return row && row->text().contains(QStringLiteral("Written on the train.")) && row->text().contains(QStringLiteral("Waiting to be sent"));
        }, 5000));
        auto *pending = find<QListWidget>(QStringLiteral("ticketsPending"));
        QVERIFY(!pending->isVisible());
        TicketDraft draft;
        draft.category = QStringLiteral("other");
        draft.subject = QStringLiteral("Asked while offline");
        draft.description = QStringLiteral("No connection here.");
        support().createTicket(draft);
        QVERIFY(QTest::qWaitFor([&] { return pending->isVisible() && pending->count() == 1; }, 5000));
        QVERIFY2(pending->item(0)->text().contains(QStringLiteral("Asked while offline — waiting to be sent")), qPrintable(pending->item(0)->text()));
        saveScreenshot(*m_page, QStringLiteral("tickets_offline_en"));
        pending->setCurrentRow(0);
        QVERIFY(!find<QPushButton>(QStringLiteral("ticketsPendingRetry"))->isEnabled());  // nothing failed
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketsPendingDiscard")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !pending->isVisible(); }, 5000));
        m_page.reset();
        m_account.reset();
    }

    void newUserSeesTheEmptyStateAndCanStartATicket()
    {
        open(m_server->registerVerifiedUser(QStringLiteral("new@example.com")), QStringLiteral("new"));
        QVERIFY(find(QStringLiteral("ticketsEmpty"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("ticketsEmptyTitle"))->text().contains(QStringLiteral("No tickets yet")));
        saveScreenshot(*m_page, QStringLiteral("tickets_empty_en"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ticketsEmptyNewTicket")), Qt::LeftButton);
        QVERIFY(m_page->form()->isVisible());
        m_page.reset();
        m_account.reset();
    }
};

QTEST_MAIN(TestTicketsPage)
#include "tst_ticketspage.moc"
