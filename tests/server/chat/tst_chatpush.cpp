// Chat push: the WebSocket at /v1/chat/ws (replay, live events, resume after reconnect without loss or duplicates,
// ephemeral typing) and delivery across two okpay-server instances on one PostgreSQL database.
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

using namespace okpay::test;

namespace {
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QByteArray alwaysOpen()
{
    return QByteArrayLiteral(R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})");
}

// A test client: collects every event frame the server pushes.
class ChatClient : public QObject
{
public:
    QWebSocket socket;
    QList<QJsonObject> events;
    QList<qint64> arrivedAtNs;  // on the clock below
    QElapsedTimer clock;
    int closeCode = -1;

    ChatClient()
    {
        clock.start();
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            arrivedAtNs.append(clock.nsecsElapsed());
            events.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closeCode = socket.closeCode(); });
    }
    bool open(const QUrl &base, const QString &token, const QString &sessionId, qint64 afterSeq)
    {
        QUrl url = base.resolved(QUrl(QStringLiteral("/v1/chat/ws?session_id=%1&after_seq=%2").arg(sessionId).arg(afterSeq)));
        url.setScheme(QStringLiteral("ws"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(request);
        return connected.wait(10000);
    }
    QList<qint64> persistedSeqs() const
    {
        QList<qint64> seqs;
        for (const QJsonObject &e : events)
            if (!e.value(u"ephemeral").toBool())
                seqs.append(e.value(u"seq").toInteger());
        return seqs;
    }
    int countOf(const QString &type) const
    {
        return int(std::count_if(events.begin(), events.end(), [&](const QJsonObject &e) { return e.value(u"type").toString() == type; }));
    }
};
} // namespace

class TestChatPush : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_user, m_agent;
    ServerProcess &server() { return *m_server; }

    QString startChat(ServerProcess &s, const QString &token)
    {
        return s.post(QStringLiteral("/v1/chat/sessions"),
                      {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("subject"), QStringLiteral("Help")}}, token)
            .json().value(u"id").toString();
    }
    HttpReply send(ServerProcess &s, const QString &id, const QString &token, const QString &text)
    {
        return s.post(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id),
                      {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), text}}, token);
    }
    QString agentToken(ServerProcess &s, const QString &email)
    {
        s.registerVerifiedUser(email);
        s.promoteToAgent(email);
        return s.post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), email},
                                                         {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}})
            .json().value(u"access_token").toString();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{}, alwaysOpen(), {}});
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_user = server().registerVerifiedUser(QStringLiteral("ws@example.com"));
        m_agent = agentToken(server(), QStringLiteral("wsagent@example.com"));
        QVERIFY(!m_user.isEmpty() && !m_agent.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void plainGetNeedsAnUpgrade()
    {
        const HttpReply reply = server().get(QStringLiteral("/v1/chat/ws?session_id=x"), m_user);
        QCOMPARE(reply.status, 426);
    }

    void badHandshakesGetAnHttpErrorInsteadOfAnUpgrade_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("no token") << QByteArray("session_id=chat_x") << false << QByteArray("401");
        QTest::newRow("no session") << QByteArray("after_seq=0") << true << QByteArray("400");
        QTest::newRow("bad session id") << QByteArray("session_id=bad%20id") << true << QByteArray("400");
        QTest::newRow("negative after_seq") << QByteArray("session_id=chat_x&after_seq=-1") << true << QByteArray("400");
        QTest::newRow("after_seq not a number") << QByteArray("session_id=chat_x&after_seq=x") << true << QByteArray("400");
    }
    void badHandshakesGetAnHttpErrorInsteadOfAnUpgrade()
    {
        QFETCH(QByteArray, query);
        QFETCH(bool, withToken);
        QFETCH(QByteArray, status);
        QTcpSocket socket;
        socket.connectToHost(server().baseUrl().host(), quint16(server().baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/chat/ws?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                     + (withToken ? "Authorization: Bearer " + m_user.toUtf8() + "\r\n" : QByteArray()) + "\r\n");
        QByteArray response;
        while (!response.contains("\r\n") && socket.waitForReadyRead(5000))
            response += socket.readAll();
        const QByteArray expected = "HTTP/1.1 " + status;
        QVERIFY2(response.startsWith(expected), response.left(100).constData());
    }

    void silentClientIsClosedAsIdle()
    {
        // A raw client that never answers pings: with a 1 s ping interval the server closes it with 4408.
        ServerProcess quick(ServerProcess::Options{
            {}, QByteArrayLiteral(R"({"chat": {"timezone": "UTC", "holidays": [], "ws_ping_secs": 1, "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})"), {}});
        QVERIFY2(quick.isRunning(), qPrintable(quick.startError()));
        const QString token = quick.registerVerifiedUser(QStringLiteral("idle@example.com"));
        const QString id = startChat(quick, token);
        QTcpSocket socket;
        socket.connectToHost(quick.baseUrl().host(), quint16(quick.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/chat/ws?session_id=" + id.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                     "Authorization: Bearer " + token.toUtf8() + "\r\n\r\n");
        QByteArray received;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 8000 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(200);
            received += socket.readAll();
            if (received.contains("\x11\x38"))
                break;
        }
        QVERIFY(received.startsWith("HTTP/1.1 101"));
        const qsizetype close = received.indexOf(char(0x88));  // close frame: 0x88, length, then the code 4408 = 0x1138
        QVERIFY2(close > 0, "no close frame");
        QCOMPARE(quint8(received.at(close + 2)), quint8(0x11));
        QCOMPARE(quint8(received.at(close + 3)), quint8(0x38));
    }

    void pushesLiveEventsAndResumesWithoutLossOrDuplicates()
    {
        const QString id = startChat(server(), m_user);
        QVERIFY(!id.isEmpty());
        QCOMPARE(send(server(), id, m_user, QStringLiteral("one")).status, 201);  // seq 1, before connecting

        auto client = std::make_unique<ChatClient>();
        QVERIFY(client->open(server().baseUrl(), m_user, id, 0));
        QTRY_COMPARE_WITH_TIMEOUT(client->persistedSeqs(), (QList<qint64>{1}), 5000);  // replayed
        QTRY_COMPARE_WITH_TIMEOUT(client->countOf(QStringLiteral("queue_position")), 1, 5000);

        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, m_agent).status, 200);  // seq 2
        QTRY_COMPARE_WITH_TIMEOUT(client->persistedSeqs(), (QList<qint64>{1, 2}), 5000);
        const qint64 postStarted = client->clock.nsecsElapsed();
        QCOMPARE(send(server(), id, m_user, QStringLiteral("two")).status, 201);  // seq 3
        const qint64 postAnswered = client->clock.nsecsElapsed();
        QTRY_COMPARE_WITH_TIMEOUT(client->persistedSeqs(), (QList<qint64>{1, 2, 3}), 5000);
        const qint64 pushed = client->arrivedAtNs.last();
        // Target: ≤ 20 ms from the write to the window on loopback (reported, not asserted: the CI cores are shared).
        qInfo("POST took %.1f ms; the push arrived %.1f ms after the POST started (%.1f ms after its response)",
              (postAnswered - postStarted) / 1e6, (pushed - postStarted) / 1e6, (pushed - postAnswered) / 1e6);
        QVERIFY2(pushed - postStarted < 2000LL * 1000 * 1000, "the push must not wait for a polling interval");
        QCOMPARE(client->events.at(client->events.size() - 2).value(u"type").toString(), QStringLiteral("agent_joined"));

        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(id), {{QStringLiteral("is_typing"), true}}, m_agent).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(client->countOf(QStringLiteral("typing")), 1, 5000);
        const QJsonObject typing = client->events.last();
        QVERIFY(typing.value(u"ephemeral").toBool());
        QCOMPARE(typing.value(u"seq").toInt(), 3);
        QCOMPARE(typing.value(u"typing").toObject().value(u"author_role").toString(), QStringLiteral("agent"));

        // Disconnect; two events happen while away; reconnect from the last seq seen.
        const qint64 lastSeen = client->persistedSeqs().last();
        client->socket.close();
        client.reset();
        QCOMPARE(send(server(), id, m_user, QStringLiteral("three")).status, 201);  // seq 4
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/read").arg(id), {{QStringLiteral("up_to_seq"), 4}}, m_agent).status, 204);  // seq 5
        auto again = std::make_unique<ChatClient>();
        QVERIFY(again->open(server().baseUrl(), m_user, id, lastSeen));
        QTRY_COMPARE_WITH_TIMEOUT(again->persistedSeqs(), (QList<qint64>{4, 5}), 5000);
        QCOMPARE(again->events.last().value(u"read").toObject().value(u"author_role").toString(), QStringLiteral("agent"));
        QCOMPARE(send(server(), id, m_user, QStringLiteral("four")).status, 201);  // seq 6
        QTRY_COMPARE_WITH_TIMEOUT(again->persistedSeqs(), (QList<qint64>{4, 5, 6}), 5000);

        // Ending pushes `ended` and closes with 1000.
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(id), {}, m_user).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(again->persistedSeqs(), (QList<qint64>{4, 5, 6, 7}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(again->closeCode, 1000, 5000);
    }

    void queuedChatsLearnTheirNewPositionWhenTheQueueMoves()
    {
        const QString first = startChat(server(), m_user);
        const QString other = server().registerVerifiedUser(QStringLiteral("ws-queue@example.com"));
        const QString second = startChat(server(), other);
        ChatClient client;
        QVERIFY(client.open(server().baseUrl(), other, second, 0));
        QTRY_COMPARE_WITH_TIMEOUT(client.countOf(QStringLiteral("queue_position")), 1, 5000);
        const qint64 before = client.events.last().value(u"queue_position").toObject().value(u"position").toInteger();
        QVERIFY(before >= 2);
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(first), {}, m_agent).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.countOf(QStringLiteral("queue_position")), 2, 5000);
        const QJsonObject moved = client.events.last().value(u"queue_position").toObject();
        QCOMPARE(moved.value(u"position").toInteger(), before - 1);
        QVERIFY(moved.value(u"estimated_wait_seconds").toInteger() >= 0);
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(first), {}, m_user).status, 200);
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(second), {}, other).status, 200);
    }

    void rejectsBadTokensAndOtherUsersSessions()
    {
        const QString id = startChat(server(), m_user);
        ChatClient badToken;
        QVERIFY(badToken.open(server().baseUrl(), QStringLiteral("not-a-token"), id, 0));
        QTRY_COMPARE_WITH_TIMEOUT(badToken.closeCode, 4401, 5000);
        const QString other = server().registerVerifiedUser(QStringLiteral("ws-other@example.com"));
        ChatClient stranger;
        QVERIFY(stranger.open(server().baseUrl(), other, id, 0));
        QTRY_COMPARE_WITH_TIMEOUT(stranger.closeCode, 4404, 5000);
        QVERIFY(stranger.persistedSeqs().isEmpty());
        ChatClient talker;
        QVERIFY(talker.open(server().baseUrl(), m_user, id, 0));
        talker.socket.sendTextMessage(QStringLiteral("hello?"));
        QTRY_COMPARE_WITH_TIMEOUT(talker.closeCode, 1003, 5000);
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(id), {}, m_user).status, 200);
    }

    void messageCrossesInstancesOnOneDatabase()
    {
        if (!server().usesPostgres())
            QSKIP("Several instances share only a PostgreSQL database (LISTEN/NOTIFY); SQLite is one instance");
        ServerProcess second(ServerProcess::Options{{}, alwaysOpen(), server().databaseUrl()});
        QVERIFY2(second.isRunning(), qPrintable(second.startError()));
        const QString id = startChat(server(), m_user);
        ChatClient client;
        QVERIFY(client.open(second.baseUrl(), m_user, id, 0));  // connected to instance B
        // B says where the chat is in the queue; a notification of the new chat from A may make it say so twice.
        QTRY_VERIFY_WITH_TIMEOUT(client.countOf(QStringLiteral("queue_position")) >= 1, 5000);
        QCOMPARE(send(server(), id, m_user, QStringLiteral("via A")).status, 201);  // posted through instance A
        QTRY_COMPARE_WITH_TIMEOUT(client.persistedSeqs(), (QList<qint64>{1}), 5000);
        QCOMPARE(client.events.last().value(u"message").toObject().value(u"body").toString(), QStringLiteral("via A"));
        // And a long-poll waiting on B wakes for an event written through A.
        QTimer::singleShot(500, this, [&] { server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(id), {}, m_user); });
        QElapsedTimer waited;
        waited.start();
        const HttpReply poll = second.get(QStringLiteral("/v1/chat/sessions/%1/events?after_seq=1&timeout=20").arg(id), m_user);
        QVERIFY2(waited.elapsed() < 10000, "the long-poll must wake on the other instance's NOTIFY, not time out");
        QCOMPARE(poll.json().value(u"events").toArray().first().toObject().value(u"type").toString(), QStringLiteral("ended"));
    }

    void instanceCatchesUpAfterItsListenConnectionDrops()
    {
        if (!server().usesPostgres())
            QSKIP("LISTEN/NOTIFY exists only on PostgreSQL");
        ServerProcess second(ServerProcess::Options{{}, alwaysOpen(), server().databaseUrl()});
        QVERIFY2(second.isRunning(), qPrintable(second.startError()));
        const QString id = startChat(server(), m_user);
        ChatClient client;
        QVERIFY(client.open(second.baseUrl(), m_user, id, 0));
        QTRY_COMPARE_WITH_TIMEOUT(client.countOf(QStringLiteral("queue_position")), 1, 5000);
        // Cut every instance's LISTEN connection, then write while nobody listens.
        QVERIFY(server().execSql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                "WHERE application_name = 'okpay_events'")));
        QCOMPARE(send(server(), id, m_user, QStringLiteral("while B was deaf")).status, 201);
        // B notices within its 10 s health check, reconnects and the socket re-reads the log.
        QTRY_COMPARE_WITH_TIMEOUT(client.persistedSeqs(), (QList<qint64>{1}), 20000);
        QCOMPARE(send(server(), id, m_user, QStringLiteral("after the reconnect")).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(client.persistedSeqs(), (QList<qint64>{1, 2}), 5000);
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(id), {}, m_user).status, 200);
    }
};

QTEST_MAIN(TestChatPush)
#include "tst_chatpush.moc"
