// The chat window against a real okpay-server --demo: the queue, then the agent with the verified badge, messages
// with their delivery marks, an unofficial link flagged and not opened without asking, typing, end → rating →
// transcript, and "leave a message" outside chat hours; screenshots in English and Chinese.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "core/clock.h"
#include "services/chatservice.h"
#include "services/outboxsender.h"
#include "store/cachedatabase.h"
#include "store/chatstore.h"
#include "store/outboxstore.h"
#include "support/screenshot.h"
#include "support/serverprocess.h"
#include "ui/help/chatbubble.h"
#include "ui/help/chatbubblelist.h"
#include "ui/help/chatratingdialog.h"
#include "ui/help/chatwindow.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace okpay;
using namespace okpay::test;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class FixedToken : public TokenSource
{
public:
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

// The chat stack of one signed-in wallet and its window.
struct ChatUi
{
    ChatUi(const QString &cacheFile, const QUrl &server, const QString &token, const Clock &clock) : cache(cacheFile)
    {
        cache.open();
        tokens.token = token;
        store = std::make_unique<ChatStore>(cache.db());
        outbox = std::make_unique<OutboxStore>(cache.db());
        api = std::make_unique<ApiClient>(&network, server, &tokens);
        sender = std::make_unique<OutboxSender>(outbox.get(), api.get(), clock);
        chat = std::make_unique<ChatService>(api.get(), &tokens, store.get(), outbox.get(), sender.get(), clock);
        sender->start(1000);
        window = std::make_unique<ChatWindow>(chat.get());
        window->setUrlOpener([this](const QUrl &url) { opened << url; return true; });
        window->setLinkConfirm([this](const QUrl &url) { asked << url; return false; });
    }
    template<typename T = QWidget> T *find(const QString &name) const { return window->findChild<T *>(name); }
    void type(const QString &text)
    {
        find<QPlainTextEdit>(QStringLiteral("chatInput"))->setPlainText(text);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("chatSend")), Qt::LeftButton);
    }
    ChatBubble *bubbleWith(const QString &text) const
    {
        for (ChatBubble *bubble : find<ChatBubbleList>(QStringLiteral("chatMessages"))->bubbles())
            if (bubble->index().data().toString().contains(text))
                return bubble;
        return nullptr;
    }

    FixedToken tokens;
    QNetworkAccessManager network;
    CacheDatabase cache;
    std::unique_ptr<ChatStore> store;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<OutboxSender> sender;
    std::unique_ptr<ChatService> chat;
    std::unique_ptr<ChatWindow> window;
    QList<QUrl> opened;
    QList<QUrl> asked;
};
} // namespace

class TestChatWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QString m_agent;

    std::unique_ptr<ChatUi> newChat(ServerProcess &server, QString *token = nullptr)
    {
        const QString user = server.registerVerifiedUser(QStringLiteral("window-%1@example.com").arg(uuid().left(8)));
        if (token)
            *token = user;
        auto ui = std::make_unique<ChatUi>(m_dir.filePath(uuid() + QStringLiteral(".sqlite")), server.baseUrl(), user, m_clock);
        ui->window->startOrResume();
        return ui;
    }
    void agent(const QString &chat, const QString &what, const QJsonObject &body = {})
    {
        QJsonObject json = body;
        if (what == u"messages")
            json.insert(QStringLiteral("client_id"), uuid());
        const QString path = what == u"messages" || what == u"accept" ? QStringLiteral("/v1/agent/chats/%1/%2").arg(chat, what)
                                                                         : QStringLiteral("/v1/chat/sessions/%1/%2").arg(chat, what);
        const int status = m_server->post(path, json, m_agent).status;
        QVERIFY2(status == 200 || status == 201 || status == 204, qPrintable(QStringLiteral("%1 → %2").arg(path).arg(status)));
    }
    // Queue → our agent → a short conversation, as the screenshots show it.
    void converse(ChatUi &ui, const QString &question, const QStringList &agentLines, const QString &reply, const QString &shot = {})
    {
        ui.type(question);
        QVERIFY(QTest::qWaitFor([&] { return ui.chat->state() == ChatService::State::Queued; }, 15000));
        QVERIFY(ui.find<QLabel>(QStringLiteral("chatStatus"))->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return ui.chat->queuePosition() > 0 && ui.chat->estimatedWaitSecs() >= 0; }, 5000));
        QVERIFY(ui.find<QLabel>(QStringLiteral("chatStatus"))->text().contains(QString::number(ui.chat->queuePosition())));
        if (!shot.isEmpty())
            saveScreenshot(*ui.window, shot);
        QVERIFY(!ui.find<QLabel>(QStringLiteral("chatAgentBadge"))->isVisible());
        agent(ui.chat->sessionId(), QStringLiteral("accept"));
        QVERIFY(QTest::qWaitFor([&] { return ui.find<QLabel>(QStringLiteral("chatAgentBadge"))->isVisible(); }, 15000));
        for (const QString &line : agentLines)
            agent(ui.chat->sessionId(), QStringLiteral("messages"), {{QStringLiteral("body"), line}});
        QVERIFY(QTest::qWaitFor([&] { return ui.bubbleWith(agentLines.last()) != nullptr; }, 15000));
        ui.type(reply);
        QVERIFY(QTest::qWaitFor([&] {
            ChatBubble *mine = ui.bubbleWith(reply);
            return mine && mine->index().data(ChatMessageModel::SeqRole).toLongLong() > 0;
        }, 15000));
        agent(ui.chat->sessionId(), QStringLiteral("read"), {{QStringLiteral("up_to_seq"), ui.chat->messages()->lastSeq()}});
        agent(ui.chat->sessionId(), QStringLiteral("typing"), {{QStringLiteral("is_typing"), true}});
        QVERIFY(QTest::qWaitFor([&] { return !ui.find<QLabel>(QStringLiteral("chatTyping"))->text().isEmpty(); }, 10000));
        QVERIFY(QTest::qWaitFor([&] {
            return ui.bubbleWith(reply)->index().data(ChatMessageModel::DeliveryStateRole).toInt() == int(ChatMessageModel::Delivery::Read);
        }, 10000));
    }

private slots:
    void initTestCase()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_server->registerVerifiedUser(QStringLiteral("mei@okpay.example"));
        QVERIFY(m_server->promoteToAgent(QStringLiteral("mei@okpay.example")));
        QVERIFY(m_server->execSql(QStringLiteral("UPDATE users SET name = 'Mei Chen' WHERE email = 'mei@okpay.example'")));
        m_agent = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("mei@okpay.example")},
                                                                    {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}})
                      .json().value(u"access_token").toString();
        QVERIFY(!m_agent.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void showsQueueThenVerifiedAgentThenMessages()
    {
        auto ui = newChat(*m_server);
        QCOMPARE(ui->find<QPushButton>(QStringLiteral("chatSend"))->text(), QStringLiteral("Start chat"));
        QVERIFY(ui->find<QLabel>(QStringLiteral("chatMessagesEmpty"))->isVisible());
        saveScreenshot(*ui->window, QStringLiteral("chat-window-empty-en"));
        converse(*ui, QStringLiteral("My bank transfer top-up is still pending after two days."),
                 {QStringLiteral("Hi, this is Mei from OKPay support. Bank transfers take 1–3 business days."),
                  QStringLiteral("The fees are listed at https://help.okpay.example/fees. Please ignore anyone who sends you "
                                 "http://okpay-refunds.example.net/login — that is not us.")},
                 QStringLiteral("Thanks, I will wait until tomorrow."), QStringLiteral("chat-window-queued-en"));
        QCOMPARE(ui->find<QLabel>(QStringLiteral("chatAgentName"))->text(), QStringLiteral("Mei Chen"));
        QCOMPARE(ui->find<QLabel>(QStringLiteral("chatAgentBadge"))->text(), QStringLiteral("✔ Verified OKPay agent"));
        QCOMPARE(ui->find<QPushButton>(QStringLiteral("chatSend"))->text(), QStringLiteral("Send"));
        QVERIFY(ui->find<QPushButton>(QStringLiteral("chatEnd"))->isVisible());
        QVERIFY(!ui->find<QLabel>(QStringLiteral("chatMessagesEmpty"))->isVisible());
        QCOMPARE(ui->find<QLabel>(QStringLiteral("chatTyping"))->text(), QStringLiteral("Mei Chen is typing…"));
        ChatBubble *mine = ui->bubbleWith(QStringLiteral("Thanks, I will wait"));
        QVERIFY(mine->isMine());
        QVERIFY(mine->findChild<QLabel *>(QStringLiteral("chatBubbleMeta"))->text().contains(QStringLiteral("Read")));
        QVERIFY(ui->find<QLabel>(QStringLiteral("chatStatus"))->text().contains(QStringLiteral("chatting")));
        QVERIFY2(clippedText(*ui->window).isEmpty(), qPrintable(clippedText(*ui->window).join(u'\n')));
        QVERIFY2(unnamedControls(*ui->window).isEmpty(), qPrintable(unnamedControls(*ui->window).join(u'\n')));
        saveScreenshot(*ui->window, QStringLiteral("chat-window-en"));
    }

    void confirmSendCanStopOrChangeTheTextAndEnterSends()
    {
        auto ui = newChat(*m_server);
        int asked = 0;
        ui->window->setConfirmSend([&](QString *text) {
            if (++asked == 1)
                return false;  // "Edit message"
            text->replace(QStringLiteral("4111 1111 1111 1111"), QStringLiteral("411111******1111"));
            return true;
        });
        auto *input = ui->find<QPlainTextEdit>(QStringLiteral("chatInput"));
        input->setPlainText(QStringLiteral("My card 4111 1111 1111 1111 was charged twice"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(asked, 1);
        QCOMPARE(ui->chat->state(), ChatService::State::Idle);
        QCOMPARE(input->toPlainText(), QStringLiteral("My card 4111 1111 1111 1111 was charged twice"));
        QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);  // a new line, not a send
        QCOMPARE(asked, 1);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(asked, 2);
        QVERIFY(input->toPlainText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return ui->bubbleWith(QStringLiteral("411111******1111 was charged twice")) != nullptr; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return ui->chat->state() == ChatService::State::Queued; }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return ui->outbox->all().isEmpty(); }, 15000));
        QVERIFY(!ui->bubbleWith(QStringLiteral("4111 1111")));
    }

    void unofficialLinkIsFlaggedAndNeedsConsent()
    {
        auto ui = newChat(*m_server);
        converse(*ui, QStringLiteral("Where are the fees?"),
                 {QStringLiteral("See https://help.okpay.example/fees or https://okpay.example.evil.test/fees.")}, QStringLiteral("Thanks"));
        ChatBubble *bubble = ui->bubbleWith(QStringLiteral("See https://"));
        QVERIFY(!bubble->isMine());
        const QString html = bubble->bodyHtml();
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://help.okpay.example/fees\">")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("href=\"https://okpay.example.evil.test")), qPrintable(html));
        QCOMPARE(html.count(QStringLiteral("not an official OKPay link")), 1);
        bubble->activateLink(QStringLiteral("okpay-unofficial:0"));
        QCOMPARE(ui->asked, QList<QUrl>{QUrl(QStringLiteral("https://okpay.example.evil.test/fees"))});
        QVERIFY(ui->opened.isEmpty());  // declined
        bubble->activateLink(QStringLiteral("https://help.okpay.example/fees"));
        QCOMPARE(ui->opened, QList<QUrl>{QUrl(QStringLiteral("https://help.okpay.example/fees"))});
        bubble->activateLink(QStringLiteral("https://evil.test/"));  // a forged official-looking href is still checked
        QCOMPARE(ui->asked.size(), 2);
    }

    void endAsksForRatingAndSavesTheTranscript()
    {
        auto ui = newChat(*m_server);
        converse(*ui, QStringLiteral("How do I turn on 2FA?"), {QStringLiteral("Open Security and choose Turn on.")}, QStringLiteral("Done, thanks!"));
        QTest::mouseClick(ui->find<QPushButton>(QStringLiteral("chatEnd")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return ui->window->ratingDialog() && ui->window->ratingDialog()->isVisible(); }, 10000));
        QVERIFY(!ui->find<QPlainTextEdit>(QStringLiteral("chatInput"))->isEnabled() || ui->find<QPlainTextEdit>(QStringLiteral("chatInput"))->isReadOnly());
        ChatRatingDialog *rating = ui->window->ratingDialog();
        rating->choose(5);
        rating->setComment(QStringLiteral("Clear and quick"));
        saveScreenshot(*rating, QStringLiteral("chat-rating-en"));
        QSignalSpy saved(ui->chat->followUp(), &ChatFollowUp::ratingSaved);
        rating->submit();
        QVERIFY(saved.wait(10000));
        QVERIFY(rating->findChild<QLabel *>(QStringLiteral("chatRatingState"))->text().contains(QStringLiteral("5 of 5")));
        rating->reject();
        QVERIFY(ui->find<QPushButton>(QStringLiteral("chatSaveTranscript"))->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return ui->chat->followUp()->transcript().contains(QStringLiteral("Clear and quick")); }, 10000));
        const QString path = m_dir.filePath(QStringLiteral("window-transcript.txt"));
        ui->window->exportTranscriptTo(path);
        QVERIFY(QTest::qWaitFor([&] { return ui->find<QLabel>(QStringLiteral("chatNotice"))->text().contains(QStringLiteral("saved in")); }, 10000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Open Security and choose Turn on."));
        saveScreenshot(*ui->window, QStringLiteral("chat-window-ended-en"));
        QTest::mouseClick(ui->find<QPushButton>(QStringLiteral("chatNewChat")), Qt::LeftButton);
        QCOMPARE(ui->chat->state(), ChatService::State::Idle);
        QCOMPARE(ui->find<QPushButton>(QStringLiteral("chatSend"))->text(), QStringLiteral("Start chat"));
    }

    void outsideHoursSendLeavesAMessage()
    {
        ServerProcess closed(ServerProcess::Options{{}, R"({"chat": {"timezone": "UTC", "holidays": [], "hours": []}})", {}});
        QVERIFY2(closed.isRunning(), qPrintable(closed.startError()));
        QString token;
        auto ui = newChat(closed, &token);
        ui->type(QStringLiteral("Please call me about my card."));
        QVERIFY(QTest::qWaitFor([&] { return ui->chat->state() == ChatService::State::Closed; }, 15000));
        QCOMPARE(ui->find<QPushButton>(QStringLiteral("chatSend"))->text(), QStringLiteral("Leave a message"));
        QCOMPARE(ui->find<QPlainTextEdit>(QStringLiteral("chatInput"))->toPlainText(), QStringLiteral("Please call me about my card."));
        saveScreenshot(*ui->window, QStringLiteral("chat-window-closed-en"));
        QSignalSpy tickets(ui->window.get(), &ChatWindow::myTicketsRequested);
        QTest::mouseClick(ui->find<QPushButton>(QStringLiteral("chatSend")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return ui->find<QPushButton>(QStringLiteral("chatMyTickets"))->isVisible(); }, 5000));
        QVERIFY(ui->find<QPlainTextEdit>(QStringLiteral("chatInput"))->toPlainText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return closed.get(QStringLiteral("/v1/support/tickets"), token).items().size() == 1; }, 15000));
        QTest::mouseClick(ui->find<QPushButton>(QStringLiteral("chatMyTickets")), Qt::LeftButton);
        QCOMPARE(tickets.size(), 1);
    }

    void chineseConversationScreenshot()
    {
        Translations::install(*qApp, QStringLiteral("zh_CN"));
        auto ui = newChat(*m_server);
        converse(*ui, QStringLiteral("我的银行转账充值两天了还没到账。"),
                 {QStringLiteral("您好，我是客服 Mei。银行转账通常需要 1–3 个工作日到账。"),
                  QStringLiteral("手续费说明见 https://help.okpay.example/fees 。请勿点击 http://okpay-refunds.example.net/login ，那不是我们的网站。")},
                 QStringLiteral("好的，谢谢，我明天再看看。"), QStringLiteral("chat-window-queued-zh_CN"));
        QVERIFY(ui->bubbleWith(QStringLiteral("请勿点击"))->bodyHtml().contains(QStringLiteral("okpay-unofficial:0")));
        QVERIFY2(clippedText(*ui->window).isEmpty(), qPrintable(clippedText(*ui->window).join(u'\n')));
        saveScreenshot(*ui->window, QStringLiteral("chat-window-zh_CN"));
        Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
