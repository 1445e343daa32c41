// ChatService against a real okpay-server: a round trip with the demo agent (queue → agent joined → answer), a
// forced reconnect while messages flow, messages written while the server is down, end → rating → transcript,
// resuming after the app restarts on the same cache, "leave a message" outside chat hours, and hostile events.
#include "api/apiclient.h"
#include "api/tokensource.h"
#include "core/clock.h"
#include "services/chatservice.h"
#include "services/outboxsender.h"
#include "store/cachedatabase.h"
#include "store/chatstore.h"
#include "store/outboxstore.h"
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>

using namespace okpay;
using namespace okpay::test;

namespace {
const QByteArray kAlwaysOpen = R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})";
const QByteArray kAlwaysClosed = R"({"chat": {"timezone": "UTC", "holidays": [], "hours": []}})";

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

// One wallet's chat stack over a cache file, as SignedInAccount builds it.
struct ChatClient
{
    ChatClient(const QString &cacheFile, const QUrl &server, const QString &token, const Clock &clock) : cache(cacheFile)
    {
        cache.open();
        tokens.token = token;
        store = std::make_unique<ChatStore>(cache.db());
        outbox = std::make_unique<OutboxStore>(cache.db());
        api = std::make_unique<ApiClient>(&network, server, &tokens);
        sender = std::make_unique<OutboxSender>(outbox.get(), api.get(), clock);
        chat = std::make_unique<ChatService>(api.get(), &tokens, store.get(), outbox.get(), sender.get(), clock);
        sender->start(1000);
    }
    QStringList column(int role = Qt::DisplayRole) const
    {
        QStringList out;
        const ChatMessageModel *model = chat->messages();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->data(model->index(row), role).toString();
        return out;
    }
    int count(const QString &body) const { return int(column().count(body)); }
    bool hasAgentMessage() const { return column(ChatMessageModel::AuthorRoleRole).contains(QStringLiteral("agent")); }

    FixedToken tokens;
    QNetworkAccessManager network;
    CacheDatabase cache;
    std::unique_ptr<ChatStore> store;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<OutboxSender> sender;
    std::unique_ptr<ChatService> chat;
};
} // namespace

class TestChatService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_demo;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QString m_agent;  // our own agent on the demo server, quicker than the demo agent when a test needs control

    std::unique_ptr<ChatClient> newClient(ServerProcess &server, QString *token = nullptr, const QString &cacheName = {})
    {
        const QString user = token && !token->isEmpty() ? *token
                                                        : server.registerVerifiedUser(QStringLiteral("chat-%1@example.com").arg(uuid().left(8)));
        if (token)
            *token = user;
        const QString file = m_dir.filePath((cacheName.isEmpty() ? uuid() : cacheName) + QStringLiteral(".sqlite"));
        return std::make_unique<ChatClient>(file, server.baseUrl(), user, m_clock);
    }
    void agentSays(const QString &chat, const QString &text)
    {
        QCOMPARE(m_demo->post(QStringLiteral("/v1/agent/chats/%1/messages").arg(chat),
                              {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), text}}, m_agent).status, 201);
    }
    // Starts a chat that our own agent accepts before the demo agent would.
    void startAccepted(ChatClient &client, const QString &first)
    {
        client.chat->start(first);
        QVERIFY(QTest::qWaitFor([&] { return client.chat->state() == ChatService::State::Queued; }, 15000));
        QCOMPARE(m_demo->post(QStringLiteral("/v1/agent/chats/%1/accept").arg(client.chat->sessionId()), {}, m_agent).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return client.chat->state() == ChatService::State::Active; }, 15000));
        QCOMPARE(client.chat->agentName(), QStringLiteral("Mei Chen"));
    }
    QStringList serverBodies(ServerProcess &server, const QString &chat, const QString &token)
    {
        QStringList out;
        for (const QJsonValue &m : server.get(QStringLiteral("/v1/chat/sessions/%1/messages?limit=200").arg(chat), token).items())
            out << m.toObject().value(u"body").toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_demo->isRunning(), qPrintable(m_demo->startError()));
        m_demo->registerVerifiedUser(QStringLiteral("mei@okpay.example"));
        QVERIFY(m_demo->promoteToAgent(QStringLiteral("mei@okpay.example")));
        QVERIFY(m_demo->execSql(QStringLiteral("UPDATE users SET name = 'Mei Chen' WHERE email = 'mei@okpay.example'")));
        m_agent = m_demo->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("mei@okpay.example")},
                                                                  {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}})
                      .json().value(u"access_token").toString();
        QVERIFY(!m_agent.isEmpty());
    }
    void cleanupTestCase() { m_demo.reset(); }

    void demoAgentJoinsFromTheQueueAndAnswers()
    {
        auto client = newClient(*m_demo);
        QSignalSpy states(client->chat.get(), &ChatService::stateChanged);
        QSignalSpy queue(client->chat.get(), &ChatService::queueChanged);
        client->chat->start(QStringLiteral("What does a card top-up cost?"));
        QCOMPARE(client->chat->state(), ChatService::State::Starting);
        QCOMPARE(client->column(), QStringList{QStringLiteral("What does a card top-up cost?")});  // shown at once
        QVERIFY(QTest::qWaitFor([&] { return client->chat->state() == ChatService::State::Queued; }, 15000));
        QVERIFY(client->chat->queuePosition() >= 1 || std::any_of(queue.cbegin(), queue.cend(), [](const QList<QVariant> &a) { return a.at(0).toInt() >= 1; }));
        QVERIFY(QTest::qWaitFor([&] { return client->chat->state() == ChatService::State::Active; }, 20000));
        QCOMPARE(client->chat->agentName(), QStringLiteral("OKPay Support"));
        QVERIFY(client->chat->agentVerified());
        QCOMPARE(client->chat->queuePosition(), 0);
        QVERIFY(QTest::qWaitFor([&] { return client->hasAgentMessage(); }, 20000));
        QCOMPARE(client->count(QStringLiteral("What does a card top-up cost?")), 1);
        const int mine = int(client->column().indexOf(QStringLiteral("What does a card top-up cost?")));
        const ChatMessageModel *model = client->chat->messages();
        QCOMPARE(model->data(model->index(mine), ChatMessageModel::DeliveryStateRole).toInt(), int(ChatMessageModel::Delivery::Sent));
        QVERIFY(!model->data(model->index(mine), ChatMessageModel::TimeRole).toString().isEmpty());
        QVERIFY(client->outbox->all().isEmpty());  // delivered and echoed: nothing left to send
        const QList<ChatService::State> expected{ChatService::State::Starting, ChatService::State::Queued, ChatService::State::Active};
        QList<ChatService::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen << args.at(0).value<ChatService::State>();
        QCOMPARE(seen, expected);
    }

    void forcedReconnectLosesAndRepeatsNothing()
    {
        auto client = newClient(*m_demo);
        startAccepted(*client, QStringLiteral("My withdrawal is late"));
        const QString chat = client->chat->sessionId();
        QStringList expected{QStringLiteral("My withdrawal is late")};
        for (int i = 1; i <= 6; ++i) {
            agentSays(chat, QStringLiteral("agent %1").arg(i));
            QVERIFY(client->chat->send(QStringLiteral("user %1").arg(i)));
            expected << QStringLiteral("agent %1").arg(i) << QStringLiteral("user %1").arg(i);
            if (i == 2 || i == 4)
                client->chat->dropConnectionForTest();
            QTest::qWait(50);
        }
        QVERIFY(QTest::qWaitFor([&] {
            return std::all_of(expected.cbegin(), expected.cend(), [&](const QString &b) { return client->count(b) == 1; })
                   && client->outbox->all().isEmpty();
        }, 30000));
        QTest::qWait(300);
        for (const QString &body : std::as_const(expected))
            QCOMPARE(client->count(body), 1);
        QCOMPARE(client->chat->messages()->rowCount(), int(expected.size()));
        QCOMPARE(serverBodies(*m_demo, chat, client->tokens.token).size(), client->chat->messages()->rowCount());
        qint64 previous = 0;
        for (const QString &seq : client->column(ChatMessageModel::SeqRole)) {
            QVERIFY(seq.toLongLong() > previous);
            previous = seq.toLongLong();
        }
        QCOMPARE(client->store->messages(chat).size(), expected.size());

        // The agent reads everything: the user's messages go from Sent to Read.
        QCOMPARE(m_demo->post(QStringLiteral("/v1/chat/sessions/%1/read").arg(chat), {{QStringLiteral("up_to_seq"), previous}}, m_agent).status, 204);
        QVERIFY(QTest::qWaitFor([&] {
            const QStringList states = client->column(ChatMessageModel::DeliveryStateRole);
            return states.last() == QString::number(int(ChatMessageModel::Delivery::Read));
        }, 10000));
        // Typing both ways.
        QSignalSpy typing(client->chat.get(), &ChatService::agentTypingChanged);
        QCOMPARE(m_demo->post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(chat), {{QStringLiteral("is_typing"), true}}, m_agent).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return client->chat->agentTyping(); }, 10000));
        client->chat->userTyping();

        // Push latency, server to model, on loopback (printed, not asserted).
        QList<qint64> latencies;
        for (int i = 0; i < 5; ++i) {
            const QString body = QStringLiteral("latency %1").arg(i);
            QElapsedTimer clock;
            qint64 arrived = -1;
            const auto connection = connect(client->chat->messages(), &QAbstractItemModel::rowsInserted, this, [&] {
                if (arrived < 0 && client->count(body) == 1)
                    arrived = clock.nsecsElapsed();
            });
            clock.start();
            agentSays(chat, body);
            QVERIFY(QTest::qWaitFor([&] { return arrived >= 0; }, 10000));
            disconnect(connection);
            latencies << arrived;
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo("push latency agent POST -> model row on loopback: median %.2f ms (min %.2f, max %.2f)", latencies.at(2) / 1e6,
              latencies.first() / 1e6, latencies.last() / 1e6);
        QVERIFY(!client->chat->agentTyping());  // an agent message ends the typing indicator
    }

    void messagesWrittenWhileTheServerIsDownArriveOnce()
    {
        auto server = std::make_unique<ServerProcess>(ServerProcess::Options{{}, kAlwaysOpen, {}});
        QVERIFY2(server->isRunning(), qPrintable(server->startError()));
        QString token;
        auto client = newClient(*server, &token);
        client->chat->start(QStringLiteral("Before the outage"));
        QVERIFY(QTest::qWaitFor([&] { return client->chat->state() == ChatService::State::Queued && client->count(QStringLiteral("Before the outage")) == 1
                                             && client->outbox->all().isEmpty(); }, 15000));
        const QString chat = client->chat->sessionId();
        RetryPolicy once;
        once.maxAttempts = 1;
        client->api->setRetryPolicy(once);
        const quint16 port = quint16(server->baseUrl().port());
        const QString database = server->databaseUrl();
        server->stop();
        QVERIFY(QTest::qWaitFor([&] { return client->chat->isReconnecting(); }, 10000));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(client->chat->send(QStringLiteral("offline %1").arg(i)));
        QTest::qWait(1500);  // the sender tries and fails at least once
        QCOMPARE(client->column(ChatMessageModel::SeqRole).count(QStringLiteral("0")), 3);  // still on their way

        ServerProcess restarted(ServerProcess::Options{{}, kAlwaysOpen, database, port});
        QVERIFY2(restarted.isRunning(), qPrintable(restarted.startError()));
        QVERIFY(QTest::qWaitFor([&] {
            return client->count(QStringLiteral("offline 1")) == 1 && client->count(QStringLiteral("offline 3")) == 1
                   && client->column(ChatMessageModel::SeqRole).count(QStringLiteral("0")) == 0;
        }, 60000));
        QVERIFY(!client->chat->isReconnecting());
        QTest::qWait(500);
        const QStringList onServer = serverBodies(restarted, chat, token);
        QCOMPARE(onServer, (QStringList{QStringLiteral("Before the outage"), QStringLiteral("offline 1"), QStringLiteral("offline 2"), QStringLiteral("offline 3")}));
        QCOMPARE(client->column(), onServer);
    }

    void endThenRatingThenTranscriptIsKeptAndExported()
    {
        auto client = newClient(*m_demo);
        startAccepted(*client, QStringLiteral("How do I raise my limit?"));
        const QString chat = client->chat->sessionId();
        agentSays(chat, QStringLiteral("Verify your identity under Security."));
        QVERIFY(QTest::qWaitFor([&] { return client->hasAgentMessage(); }, 10000));
        QSignalSpy transcripts(client->chat->followUp(), &ChatFollowUp::transcriptReady);
        client->chat->end();
        QVERIFY(QTest::qWaitFor([&] { return client->chat->state() == ChatService::State::Ended; }, 10000));
        QVERIFY(transcripts.wait(10000) || !transcripts.isEmpty());
        QVERIFY(!client->chat->send(QStringLiteral("too late")));

        QSignalSpy rated(client->chat->followUp(), &ChatFollowUp::ratingSaved);
        client->chat->followUp()->rate(5, QStringLiteral("Quick and clear"));
        QVERIFY(rated.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return client->chat->followUp()->transcript().contains(QStringLiteral("Quick and clear")); }, 10000));
        const QString text = client->store->transcript(chat);
        QCOMPARE(text, client->chat->followUp()->transcript());
        QVERIFY2(text.contains(QStringLiteral("You: How do I raise my limit?")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Mei Chen (agent): Verify your identity under Security.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("5 of 5")));

        const QString path = m_dir.filePath(QStringLiteral("chat-transcript.txt"));
        QSignalSpy exported(client->chat->followUp(), &ChatFollowUp::transcriptExported);
        client->chat->followUp()->exportTranscript(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);
        QVERIFY(!client->store->latestOpen());  // an ended chat is not resumed
    }

    void resumesAfterRestartWithoutLossOrRepeats()
    {
        QString token;
        auto first = newClient(*m_demo, &token, QStringLiteral("resume"));
        startAccepted(*first, QStringLiteral("Card declined"));
        const QString chat = first->chat->sessionId();
        agentSays(chat, QStringLiteral("one"));
        QVERIFY(QTest::qWaitFor([&] { return first->count(QStringLiteral("one")) == 1 && first->outbox->all().isEmpty(); }, 10000));
        first->chat->send(QStringLiteral("sent as the app quits"));  // may or may not reach the server before the end
        first.reset();

        agentSays(chat, QStringLiteral("two"));  // while the app is closed
        agentSays(chat, QStringLiteral("three"));
        auto second = newClient(*m_demo, &token, QStringLiteral("resume"));
        QVERIFY(second->chat->resume());
        QCOMPARE(second->chat->sessionId(), chat);
        QCOMPARE(second->chat->state(), ChatService::State::Active);
        QCOMPARE(second->chat->agentName(), QStringLiteral("Mei Chen"));
        QVERIFY(second->count(QStringLiteral("one")) == 1);  // from the cache, before any network
        QVERIFY(QTest::qWaitFor([&] {
            return second->count(QStringLiteral("three")) == 1 && second->count(QStringLiteral("sent as the app quits")) == 1
                   && second->column(ChatMessageModel::SeqRole).count(QStringLiteral("0")) == 0;
        }, 20000));
        agentSays(chat, QStringLiteral("four"));
        QVERIFY(QTest::qWaitFor([&] { return second->count(QStringLiteral("four")) == 1; }, 10000));
        QTest::qWait(300);
        const QStringList onServer = serverBodies(*m_demo, chat, token);
        QCOMPARE(second->column(), onServer);
        QCOMPARE(onServer.count(QStringLiteral("sent as the app quits")), 1);
        QCOMPARE(second->store->session(chat)->lastSeq >= second->column(ChatMessageModel::SeqRole).last().toLongLong(), true);
    }

    void aFirstMessageSurvivesTheAppStoppingBeforeTheChatStarted()
    {
        ServerProcess server(ServerProcess::Options{{}, kAlwaysOpen, {}});
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QString token = server.registerVerifiedUser(QStringLiteral("chat-quit@example.com"));
        // The app stops right after the user pressed Send: the start may or may not have reached the server.
        {
            auto quitting = newClient(server, &token, QStringLiteral("quit-starting"));
            quitting->chat->start(QStringLiteral("Typed as the app quit"));
            QCOMPARE(quitting->chat->state(), ChatService::State::Starting);
        }
        auto next = newClient(server, &token, QStringLiteral("quit-starting"));
        QVERIFY(!next->chat->resume());  // nothing to follow yet, but the message is back
        QCOMPARE(next->chat->state(), ChatService::State::Failed);
        QCOMPARE(next->chat->pendingText(), QStringLiteral("Typed as the app quit"));
        QVERIFY(!next->chat->errorText().isEmpty());
        next->chat->retryStart();  // same client id: the server hands back the chat if it got it before
        QVERIFY(QTest::qWaitFor([&] { return next->chat->state() == ChatService::State::Queued && next->outbox->all().isEmpty()
                                             && next->count(QStringLiteral("Typed as the app quit")) == 1; }, 15000));
        QTest::qWait(300);
        QCOMPARE(serverBodies(server, next->chat->sessionId(), token), QStringList{QStringLiteral("Typed as the app quit")});
        QVERIFY(!next->store->pendingStart());  // delivered: nothing left to restore
        auto third = newClient(server, &token, QStringLiteral("quit-starting"));
        QVERIFY(third->chat->resume());  // now the chat itself is followed
        QCOMPARE(third->chat->sessionId(), next->chat->sessionId());
    }
    void outsideChatHoursTheTypedTextBecomesATicket()
    {
        ServerProcess closed(ServerProcess::Options{{}, kAlwaysClosed, {}});
        QVERIFY2(closed.isRunning(), qPrintable(closed.startError()));
        QString token;
        auto client = newClient(closed, &token);
        const QString text = QStringLiteral("My card payment failed twice today.");
        client->chat->start(text);
        QVERIFY(QTest::qWaitFor([&] { return client->chat->state() == ChatService::State::Closed; }, 15000));
        QVERIFY(!client->chat->errorText().isEmpty());
        QCOMPARE(client->chat->pendingText(), text);
        QCOMPARE(client->chat->messages()->rowCount(), 0);
        QSignalSpy left(client->chat.get(), &ChatService::messageLeft);
        client->chat->leaveMessage(client->chat->pendingText());
        QCOMPARE(left.size(), 1);
        const QString outboxId = left.first().first().toString();
        QVERIFY(QTest::qWaitFor([&] { return client->outbox->find(outboxId)->state == OutboxItem::State::Sent; }, 15000));
        const QString ticketId = client->outbox->find(outboxId)->resultId;
        const HttpReply ticket = closed.get(QStringLiteral("/v1/support/tickets/") + ticketId, token);
        QCOMPARE(ticket.status, 200);
        QVERIFY2(ticket.body.contains(text.toUtf8()), ticket.body.constData());
        QCOMPARE(closed.get(QStringLiteral("/v1/support/tickets"), token).items().size(), 1);
    }

    void imagesAreCheckedByTheirBytesAndSentWithTheMessage()
    {
        auto client = newClient(*m_demo);
        startAccepted(*client, QStringLiteral("Here is the error I see"));
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5a90b0000000049454e44ae426082");
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        ChatOutgoing *outgoing = client->chat->outgoing();
        QSignalSpy rejected(outgoing, &ChatOutgoing::imageRejected);
        QSignalSpy changed(outgoing, &ChatOutgoing::imagesChanged);
        outgoing->attachImage(write(QStringLiteral("fake.png"), "this is text, not a picture"));
        outgoing->attachImage(write(QStringLiteral("document.jpg"), "%PDF-1.7 a pdf in disguise"));
        outgoing->attachImage(write(QStringLiteral("empty.png"), {}));
        outgoing->attachImage(m_dir.filePath(QStringLiteral("missing.png")));
        outgoing->attachImage(write(QStringLiteral("error.png"), png));
        QVERIFY(QTest::qWaitFor([&] { return rejected.size() == 4 && changed.size() == 1; }, 10000));
        QList<ChatOutgoing::ImageCheck> checks;
        for (const QList<QVariant> &args : std::as_const(rejected))
            checks << args.at(1).value<ChatOutgoing::ImageCheck>();
        std::sort(checks.begin(), checks.end());
        QCOMPARE(checks, (QList<ChatOutgoing::ImageCheck>{ChatOutgoing::ImageCheck::Unreadable, ChatOutgoing::ImageCheck::Empty,
                                                          ChatOutgoing::ImageCheck::WrongType, ChatOutgoing::ImageCheck::WrongType}));
        QCOMPARE(outgoing->imageNames(), QStringList{QStringLiteral("error.png")});
        QVERIFY(client->chat->send({}));  // a picture alone is a message too
        QVERIFY(outgoing->imageNames().isEmpty());
        const auto delivered = [&] {
            const ChatMessageModel *model = client->chat->messages();
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->data(model->index(row), ChatMessageModel::SeqRole).toLongLong() > 0
                    && model->data(model->index(row), ChatMessageModel::AttachmentsRole).toStringList() == QStringList{QStringLiteral("error.png")})
                    return true;
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return delivered() && client->outbox->all().isEmpty(); }, 15000));
        const QJsonArray onServer = m_demo->get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(client->chat->sessionId()), client->tokens.token).items();
        const QJsonObject last = onServer.last().toObject();
        QCOMPARE(last.value(u"body").toString(), QStringLiteral("error.png"));
        QCOMPARE(last.value(u"attachments").toArray().first().toObject().value(u"content_type").toString(), QStringLiteral("image/png"));
    }

    void hostileEventsAreIgnored()
    {
        auto client = newClient(*m_demo);
        startAccepted(*client, QStringLiteral("Hello"));
        QVERIFY(QTest::qWaitFor([&] { return client->count(QStringLiteral("Hello")) == 1 && !client->column(ChatMessageModel::SeqRole).contains(QStringLiteral("0")); }, 10000));
        const QString id = client->chat->sessionId();
        const int rows = client->chat->messages()->rowCount();
        const auto event = [&](const QString &type, const QJsonValue &payload, const QJsonValue &seq = 900) {
            return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("session_id"), id}, {QStringLiteral("seq"), seq},
                               {QStringLiteral("ephemeral"), false}, {type, payload}};
        };
        const QJsonObject goodMessage{{QStringLiteral("seq"), 900}, {QStringLiteral("author_role"), QStringLiteral("agent")},
                                      {QStringLiteral("author_name"), QStringLiteral("X")}, {QStringLiteral("body"), QStringLiteral("x")},
                                      {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}};
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject m = goodMessage;
            m.insert(key, value);
            return m;
        };
        const QList<QJsonObject> hostile{
            {},
            {{QStringLiteral("type"), 7}, {QStringLiteral("seq"), 1}},
            event(QStringLiteral("message"), goodMessage, QStringLiteral("900")),
            event(QStringLiteral("message"), goodMessage, -4),
            event(QStringLiteral("message"), goodMessage, 1e300),
            event(QStringLiteral("message"), goodMessage, 1.5),
            event(QStringLiteral("message"), QJsonArray{1, 2}),
            event(QStringLiteral("message"), with(QStringLiteral("body"), 12)),
            event(QStringLiteral("message"), with(QStringLiteral("seq"), -1)),
            event(QStringLiteral("message"), with(QStringLiteral("author_role"), QStringLiteral("admin"))),
            event(QStringLiteral("message"), with(QStringLiteral("created_at"), QStringLiteral("yesterday"))),
            event(QStringLiteral("agent_joined"), QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("display_name"), QStringLiteral("   ")}}),
            event(QStringLiteral("agent_joined"), QStringLiteral("Evil Bob")),
            event(QStringLiteral("read"), QJsonObject{{QStringLiteral("author_role"), QStringLiteral("agent")}, {QStringLiteral("up_to_seq"), 5000}}),
            event(QStringLiteral("queue_position"), QJsonObject{{QStringLiteral("position"), 0}}),
            event(QStringLiteral("queue_position"), QJsonObject{{QStringLiteral("position"), QStringLiteral("3")}}),
            event(QStringLiteral("typing"), QJsonObject{{QStringLiteral("author_role"), QStringLiteral("agent")}, {QStringLiteral("is_typing"), QStringLiteral("yes")}}),
            event(QStringLiteral("self_destruct"), QJsonObject{}),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("session_id"), QStringLiteral("chat_someone_else")},
                        {QStringLiteral("seq"), 901}, {QStringLiteral("message"), with(QStringLiteral("seq"), 901)}},
        };
        for (const QJsonObject &e : hostile)
            client->chat->applyEvent(e);
        QCOMPARE(client->chat->messages()->rowCount(), rows);
        QCOMPARE(client->chat->state(), ChatService::State::Active);
        QCOMPARE(client->chat->agentName(), QStringLiteral("Mei Chen"));
        QVERIFY(!client->chat->agentTyping());

        // Well-formed but oversized and disguised: kept, capped to the API's limit, without control characters.
        QString body = QStringLiteral("pay here \u202Egpj.exe ") + QString(100000, u'A');
        client->chat->applyEvent(event(QStringLiteral("message"), with(QStringLiteral("body"), body)));
        QCOMPARE(client->chat->messages()->rowCount(), rows + 1);
        const QString shown = client->column().constLast();
        QCOMPARE(shown.size(), 5000);
        QVERIFY(!shown.contains(QChar(0x202E)));
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chatservice.moc"
