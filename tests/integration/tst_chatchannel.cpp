// ChatChannel against the real server: pushed events arrive once each and in order, a dropped connection resumes
// from the last sequence number without losing or repeating anything, and long-polling works the same way.
#include "api/apiclient.h"
#include "api/chatchannel.h"
#include "api/tokensource.h"
#include "support/serverprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace okpay;
using namespace okpay::test;

namespace {
class FixedToken : public TokenSource
{
public:
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestChatChannel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_nam;
    FixedToken m_user;
    QString m_agent;

    QString startChat()
    {
        const HttpReply chat = m_server->post(QStringLiteral("/v1/chat/sessions"),
                                              {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("subject"), QStringLiteral("Card")}}, m_user.token);
        return chat.json().value(u"id").toString();
    }
    void agentSays(const QString &chat, const QString &text)
    {
        QCOMPARE(m_server->post(QStringLiteral("/v1/agent/chats/%1/messages").arg(chat),
                                {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), text}}, m_agent).status, 201);
    }
    static QStringList bodies(const QList<QJsonObject> &events)
    {
        QStringList out;
        for (const QJsonObject &e : events)
            if (e.value(u"type").toString() == u"message")
                out << e.value(u"message").toObject().value(u"body").toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        const QByteArray alwaysOpen = R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})";
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{}, alwaysOpen, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_server->registerVerifiedUser(QStringLiteral("agent@okpay.example"));
        QVERIFY(m_server->promoteToAgent(QStringLiteral("agent@okpay.example")));
        m_agent = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("agent@okpay.example")},
                                                                    {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}})
                      .json().value(u"access_token").toString();
    }
    void cleanupTestCase() { m_server.reset(); }
    void init()
    {
        m_user.token = m_server->registerVerifiedUser(QStringLiteral("chat-%1@example.com").arg(uuid().left(8)));
    }

    void webSocketResumesWithoutLossOrRepeats()
    {
        const QString chat = startChat();
        QCOMPARE(m_server->post(QStringLiteral("/v1/agent/chats/%1/accept").arg(chat), {}, m_agent).status, 200);
        ApiClient client(&m_nam, m_server->baseUrl(), &m_user);
        ChatChannel channel(&client, &m_user);
        QList<QJsonObject> events;
        connect(&channel, &ChatChannel::eventReceived, this, [&](const QJsonObject &e) { events.append(e); });
        channel.open(chat);
        QVERIFY(QTest::qWaitFor([&] { return channel.state() == ChatChannel::State::Connected; }, 10000));
        agentSays(chat, QStringLiteral("one"));
        QVERIFY(QTest::qWaitFor([&] { return bodies(events).size() == 1; }, 10000));

        channel.dropConnectionForTest();
        agentSays(chat, QStringLiteral("two"));  // while the client is away
        QVERIFY(QTest::qWaitFor([&] { return channel.state() == ChatChannel::State::Connected; }, 20000));
        agentSays(chat, QStringLiteral("three"));
        QVERIFY(QTest::qWaitFor([&] { return bodies(events).size() >= 3; }, 10000));
        QTest::qWait(200);
        QCOMPARE(bodies(events), (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
        qint64 previous = 0;
        for (const QJsonObject &e : events) {
            if (e.value(u"ephemeral").toBool())
                continue;
            QVERIFY(e.value(u"seq").toInteger() > previous);  // strictly increasing: nothing twice
            previous = e.value(u"seq").toInteger();
        }
        QCOMPARE(channel.lastSeq(), previous);
    }
    void longPollDeliversTheSameEvents()
    {
        const QString chat = startChat();
        QCOMPARE(m_server->post(QStringLiteral("/v1/agent/chats/%1/accept").arg(chat), {}, m_agent).status, 200);
        ApiClient client(&m_nam, m_server->baseUrl(), &m_user);
        ChatChannel channel(&client, &m_user);
        QList<QJsonObject> events;
        connect(&channel, &ChatChannel::eventReceived, this, [&](const QJsonObject &e) { events.append(e); });
        channel.open(chat, 0, ChatChannel::Transport::LongPoll);
        QVERIFY(QTest::qWaitFor([&] { return !events.isEmpty(); }, 10000));  // agent_joined replayed
        agentSays(chat, QStringLiteral("polled"));
        QVERIFY(QTest::qWaitFor([&] { return bodies(events).contains(QStringLiteral("polled")); }, 30000));
        channel.close();
    }
    void endedChatEndsTheChannel()
    {
        const QString chat = startChat();
        ApiClient client(&m_nam, m_server->baseUrl(), &m_user);
        ChatChannel channel(&client, &m_user);
        channel.open(chat);
        QVERIFY(QTest::qWaitFor([&] { return channel.state() == ChatChannel::State::Connected; }, 10000));
        QCOMPARE(m_server->post(QStringLiteral("/v1/chat/sessions/%1/end").arg(chat), {}, m_user.token).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return channel.state() == ChatChannel::State::Ended; }, 10000));
    }
    void someoneElsesChatFails()
    {
        const QString chat = startChat();
        FixedToken stranger;
        stranger.token = m_server->registerVerifiedUser(QStringLiteral("stranger-%1@example.com").arg(uuid().left(8)));
        ApiClient client(&m_nam, m_server->baseUrl(), &stranger);
        ChatChannel channel(&client, &stranger);
        channel.open(chat);
        QVERIFY(QTest::qWaitFor([&] { return channel.state() == ChatChannel::State::Failed || channel.state() == ChatChannel::State::Reconnecting; }, 10000));
        channel.close();
    }
};

QTEST_GUILESS_MAIN(TestChatChannel)
#include "tst_chatchannel.moc"
