// The chat REST API: sessions, messages (client_id de-duplication, sequence numbers), typing/read, end/rating/
// transcript, long-poll, hours, access rules and bad input.
#include "support/serverprocess.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace okpay::test;

namespace {
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QByteArray alwaysOpen()
{
    return QByteArrayLiteral(R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})");
}
} // namespace

class TestChatApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_alice, m_bob, m_agent, m_agentId;
    ServerProcess &server() { return *m_server; }

    QJsonObject startChat(const QString &token, const QString &subject = QStringLiteral("Top-up missing"))
    {
        const HttpReply reply = server().post(QStringLiteral("/v1/chat/sessions"),
                                              {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("subject"), subject}}, token);
        if (reply.status != 201 && reply.status != 200)
            qWarning("start chat: %d %s", reply.status, reply.body.constData());
        return reply.json();
    }
    HttpReply send(const QString &sessionId, const QString &token, const QString &clientId, const QString &body)
    {
        return server().post(QStringLiteral("/v1/chat/sessions/%1/messages").arg(sessionId),
                             {{QStringLiteral("client_id"), clientId}, {QStringLiteral("body"), body}}, token);
    }
    // Sends all bodies at once (QNetworkAccessManager runs up to 6 in parallel per host) and returns status + JSON.
    QList<std::pair<int, QJsonObject>> postConcurrently(const QString &path, const QList<QJsonObject> &bodies, const QString &token)
    {
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const QJsonObject &body : bodies) {
            QNetworkRequest request(server().baseUrl().resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            replies.append(nam.post(request, QJsonDocument(body).toJson()));
        }
        QList<std::pair<int, QJsonObject>> results;
        if (!QTest::qWaitFor([&] { return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }); }, 30000))
            return results;
        for (QNetworkReply *reply : replies) {
            results.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            QJsonDocument::fromJson(reply->readAll()).object()});
            reply->deleteLater();
        }
        return results;
    }
    HttpReply end(const QString &sessionId, const QString &token)
    {
        return server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(sessionId), {}, token);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{}, alwaysOpen(), {}});
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_alice = server().registerVerifiedUser(QStringLiteral("alice@example.com"));
        m_bob = server().registerVerifiedUser(QStringLiteral("bob@example.com"));
        server().registerVerifiedUser(QStringLiteral("agent@example.com"), &m_agentId);
        QVERIFY(server().promoteToAgent(QStringLiteral("agent@example.com")));
        // Log in again so the token carries the agent role.
        const HttpReply login = server().post(QStringLiteral("/v1/auth/login"),
                                              {{QStringLiteral("email"), QStringLiteral("agent@example.com")},
                                               {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}});
        m_agent = login.json().value(u"access_token").toString();
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_agent.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void startQueuesAndReturnsTheOpenChatAgain()
    {
        const QString clientId = uuid();
        const QJsonObject body{{QStringLiteral("client_id"), clientId},
                               {QStringLiteral("subject"), QStringLiteral("Card declined")},
                               {QStringLiteral("first_message"), QStringLiteral("Hello")}};
        const HttpReply first = server().post(QStringLiteral("/v1/chat/sessions"), body, m_alice);
        QCOMPARE(first.status, 201);
        const QJsonObject chat = first.json();
        QCOMPARE(chat.value(u"status").toString(), QStringLiteral("queued"));
        QCOMPARE(chat.value(u"queue_position").toInt(), 1);
        QCOMPARE(chat.value(u"last_seq").toInt(), 1);
        QVERIFY(chat.value(u"agent").isNull());
        const HttpReply again = server().post(QStringLiteral("/v1/chat/sessions"), body, m_alice);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id").toString(), chat.value(u"id").toString());
        const QJsonObject other = startChat(m_alice, QStringLiteral("Another"));
        QCOMPARE(other.value(u"id").toString(), chat.value(u"id").toString());
        QCOMPARE(end(chat.value(u"id").toString(), m_alice).status, 200);
    }

    void duplicateClientIdReturnsTheOriginalMessage()
    {
        const QString id = startChat(m_alice).value(u"id").toString();
        const QString clientId = uuid();
        const HttpReply first = send(id, m_alice, clientId, QStringLiteral("Where is my money?"));
        QCOMPARE(first.status, 201);
        const HttpReply again = send(id, m_alice, clientId, QStringLiteral("Where is my money?"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id").toString(), first.json().value(u"id").toString());
        QCOMPARE(again.json().value(u"seq").toInt(), first.json().value(u"seq").toInt());
        const HttpReply list = server().get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), m_alice);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.items().size(), 1);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void messageCarriesTheAuthorsAttachments()
    {
        const QString id = startChat(m_alice).value(u"id").toString();
        const HttpReply upload = server().request("POST", QStringLiteral("/v1/support/attachments?client_id=%1&filename=log.txt").arg(uuid()),
                                                  QByteArrayLiteral("error 42 at checkout\n"), m_alice, {}, QByteArrayLiteral("text/plain"));
        QVERIFY2(upload.status == 201, upload.body.constData());
        const QString fileId = upload.json().value(u"id").toString();
        const QJsonObject withFile{{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("see log")},
                                   {QStringLiteral("attachment_ids"), QJsonArray{fileId}}};
        // Someone else's upload is not found.
        const HttpReply stolen = server().post(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), withFile, m_bob);
        QCOMPARE(stolen.status, 422);
        QCOMPARE(stolen.errorCode(), QStringLiteral("attachment_not_found"));
        const HttpReply sent = server().post(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), withFile, m_alice);
        QCOMPARE(sent.status, 201);
        QCOMPARE(sent.json().value(u"attachments").toArray().size(), 1);
        QCOMPARE(sent.json().value(u"attachments").toArray().first().toObject().value(u"filename").toString(), QStringLiteral("log.txt"));
        const HttpReply events = server().get(QStringLiteral("/v1/chat/sessions/%1/events?timeout=0").arg(id), m_alice);
        const QJsonObject message = events.json().value(u"events").toArray().last().toObject().value(u"message").toObject();
        QCOMPARE(message.value(u"attachments").toArray().first().toObject().value(u"id").toString(), fileId);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void concurrentStartsOpenOneChat()
    {
        const QString carol = server().registerVerifiedUser(QStringLiteral("carol@example.com"));
        QList<QJsonObject> bodies;
        for (int i = 0; i < 8; ++i)
            bodies.append({{QStringLiteral("client_id"), uuid()}, {QStringLiteral("subject"), QStringLiteral("s%1").arg(i)}});
        const auto results = postConcurrently(QStringLiteral("/v1/chat/sessions"), bodies, carol);
        QCOMPARE(results.size(), 8);
        QSet<QString> ids;
        int created = 0;
        for (const auto &[status, json] : results) {
            QVERIFY2(status == 200 || status == 201, QByteArray::number(status).constData());
            created += status == 201;
            ids.insert(json.value(u"id").toString());
        }
        QCOMPARE(created, 1);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(end(*ids.begin(), carol).status, 200);
    }

    void concurrentResendsStoreOneMessage()
    {
        const QString id = startChat(m_alice).value(u"id").toString();
        const QJsonObject body{{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("once")}};
        const auto results = postConcurrently(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), QList<QJsonObject>(6, body), m_alice);
        QCOMPARE(results.size(), 6);
        int created = 0;
        for (const auto &[status, json] : results) {
            QVERIFY(status == 200 || status == 201);
            created += status == 201;
            QCOMPARE(json.value(u"seq").toInt(), 1);
        }
        QCOMPARE(created, 1);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), m_alice).items().size(), 1);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void concurrentPostsGetStrictlyIncreasingSeqs()
    {
        const QString id = startChat(m_alice).value(u"id").toString();
        constexpr int count = 16;
        QList<QJsonObject> bodies;
        for (int i = 0; i < count; ++i)
            bodies.append({{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("m%1").arg(i)}});
        const auto results = postConcurrently(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), bodies, m_alice);
        QCOMPARE(results.size(), count);
        QSet<qint64> seqs;
        for (const auto &[status, json] : results) {
            QCOMPARE(status, 201);
            seqs.insert(json.value(u"seq").toInteger());
        }
        QCOMPARE(seqs.size(), count);
        const HttpReply list = server().get(QStringLiteral("/v1/chat/sessions/%1/messages?limit=200").arg(id), m_alice);
        const QJsonArray items = list.items();
        QCOMPARE(items.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(items.at(i).toObject().value(u"seq").toInt(), i + 1);
        QCOMPARE(list.json().value(u"last_seq").toInt(), count);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void agentAcceptsRepliesAndUserEndsRatesAndReadsTranscript()
    {
        const QString id = startChat(m_bob).value(u"id").toString();
        const HttpReply queues = server().get(QStringLiteral("/v1/agent/queues"), m_agent);
        QCOMPARE(queues.status, 200);
        QVERIFY(!queues.json().value(u"waiting_chats").toArray().isEmpty());
        QVERIFY(queues.json().value(u"open_tickets").isArray());
        QCOMPARE(server().get(QStringLiteral("/v1/agent/queues"), m_bob).status, 403);
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, m_bob).status, 403);

        const HttpReply accepted = server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, m_agent);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.json().value(u"status").toString(), QStringLiteral("active"));
        QCOMPARE(accepted.json().value(u"agent").toObject().value(u"id").toString(), m_agentId);
        const HttpReply reply = server().post(QStringLiteral("/v1/agent/chats/%1/messages").arg(id),
                                              {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("Hi, how can I help?")}},
                                              m_agent);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(u"author_role").toString(), QStringLiteral("agent"));
        const qint64 seq = reply.json().value(u"seq").toInteger();

        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(id), {{QStringLiteral("is_typing"), true}}, m_bob).status, 204);
        const HttpReply tooSoon = server().post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(id), {{QStringLiteral("is_typing"), true}}, m_bob);
        QCOMPARE(tooSoon.status, 429);
        QVERIFY(!tooSoon.headers.value("retry-after").isEmpty());
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(id), {{QStringLiteral("is_typing"), false}}, m_bob).status, 204);
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/read").arg(id), {{QStringLiteral("up_to_seq"), seq}}, m_bob).status, 204);
        const HttpReply tooFar = server().post(QStringLiteral("/v1/chat/sessions/%1/read").arg(id), {{QStringLiteral("up_to_seq"), seq + 50}}, m_bob);
        QCOMPARE(tooFar.status, 422);

        const HttpReply early = server().request("PUT", QStringLiteral("/v1/chat/sessions/%1/rating").arg(id), R"({"score":5})", m_bob);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), QStringLiteral("chat_not_ended"));
        const HttpReply ended = end(id, m_bob);
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json().value(u"ended_by").toString(), QStringLiteral("user"));
        QCOMPARE(end(id, m_bob).status, 200);  // idempotent
        QCOMPARE(send(id, m_bob, uuid(), QStringLiteral("late")).errorCode(), QStringLiteral("chat_ended"));
        const HttpReply rated = server().request("PUT", QStringLiteral("/v1/chat/sessions/%1/rating").arg(id),
                                                 R"({"score":4,"comment":"quick"})", m_bob);
        QCOMPARE(rated.status, 200);
        QCOMPARE(rated.json().value(u"score").toInt(), 4);
        const HttpReply transcript = server().get(QStringLiteral("/v1/chat/sessions/%1/transcript").arg(id), m_bob);
        QCOMPARE(transcript.status, 200);
        QCOMPARE(transcript.json().value(u"messages").toArray().size(), 1);
        QCOMPARE(transcript.json().value(u"session").toObject().value(u"rating").toObject().value(u"comment").toString(), QStringLiteral("quick"));
        const HttpReply text = server().request("GET", QStringLiteral("/v1/chat/sessions/%1/transcript").arg(id), {}, m_bob,
                                                {{"Accept", "text/plain"}});
        QCOMPARE(text.status, 200);
        QVERIFY(text.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(text.body.contains("Hi, how can I help?"));
        const HttpReply events = server().get(QStringLiteral("/v1/chat/sessions/%1/events?after_seq=0&timeout=0").arg(id), m_bob);
        QStringList types;
        for (const QJsonValue &e : events.json().value(u"events").toArray())
            types << e.toObject().value(u"type").toString();
        QCOMPARE(types, (QStringList{QStringLiteral("agent_joined"), QStringLiteral("message"), QStringLiteral("read"), QStringLiteral("ended")}));
    }

    void agentRulesAreEnforced()
    {
        QString secondAgentId;
        server().registerVerifiedUser(QStringLiteral("agent2@example.com"), &secondAgentId);
        QVERIFY(server().promoteToAgent(QStringLiteral("agent2@example.com")));
        const QString agent2 = server().post(QStringLiteral("/v1/auth/login"),
                                             {{QStringLiteral("email"), QStringLiteral("agent2@example.com")},
                                              {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}})
                                   .json().value(u"access_token").toString();
        const QString id = startChat(m_alice).value(u"id").toString();
        const QJsonObject reply{{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("hello")}};
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/messages").arg(id), reply, m_alice).status, 403);
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/messages").arg(id), reply, m_agent).status, 403);  // not accepted yet
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, m_agent).status, 200);
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, m_agent).status, 200);  // idempotent
        const HttpReply taken = server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, agent2);
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.errorCode(), QStringLiteral("chat_already_accepted"));
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/messages").arg(id), reply, agent2).status, 403);
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(QStringLiteral("chat_missing")), {}, m_agent).status, 404);
        // Agents see the chat (with the user) but cannot post through the user's endpoint.
        const HttpReply seen = server().get(QStringLiteral("/v1/chat/sessions/%1").arg(id), agent2);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.json().value(u"user").toObject().value(u"display_name").toString(), QStringLiteral("Test User"));
        QCOMPARE(send(id, m_agent, uuid(), QStringLiteral("x")).status, 404);
        const HttpReply ended = server().post(QStringLiteral("/v1/chat/sessions/%1/end").arg(id), {}, m_agent);
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json().value(u"ended_by").toString(), QStringLiteral("agent"));
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/messages").arg(id), reply, m_agent).errorCode(), QStringLiteral("chat_ended"));
        QCOMPARE(server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, agent2).errorCode(), QStringLiteral("chat_ended"));
        QCOMPARE(server().get(QStringLiteral("/v1/agent/queues?limit=0"), m_agent).status, 400);
    }

    void anotherUsersChatIsNotFound()
    {
        const QString id = startChat(m_alice).value(u"id").toString();
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1").arg(id), m_bob).status, 404);
        QCOMPARE(send(id, m_bob, uuid(), QStringLiteral("hi")).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), m_bob).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1/events?timeout=0").arg(id), m_bob).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1/transcript").arg(id), m_bob).status, 404);
        QCOMPARE(end(id, m_bob).status, 404);
        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(id), {{QStringLiteral("is_typing"), true}}, m_bob).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/chat_nope"), m_alice).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1").arg(id)).status, 401);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void longPollReturnsAMessagePostedWhileWaiting()
    {
        const QJsonObject chat = startChat(m_alice);
        const QString id = chat.value(u"id").toString();
        const qint64 last = chat.value(u"last_seq").toInteger();
        QTimer::singleShot(700, this, [&] {
            server().post(QStringLiteral("/v1/agent/chats/%1/accept").arg(id), {}, m_agent);
        });
        QElapsedTimer timer;
        timer.start();
        const HttpReply poll = server().get(QStringLiteral("/v1/chat/sessions/%1/events?after_seq=%2&timeout=20").arg(id).arg(last), m_alice);
        QCOMPARE(poll.status, 200);
        QVERIFY2(timer.elapsed() < 10000, "the long-poll should answer as soon as the event exists");
        const QJsonArray events = poll.json().value(u"events").toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().toObject().value(u"type").toString(), QStringLiteral("agent_joined"));
        QCOMPARE(poll.json().value(u"last_seq").toInteger(), last + 1);
        // Ephemeral events wake a waiting poll too, carrying the current last seq.
        QTimer::singleShot(500, this, [&] {
            server().post(QStringLiteral("/v1/chat/sessions/%1/typing").arg(id), {{QStringLiteral("is_typing"), true}}, m_agent);
        });
        const HttpReply typing = server().get(QStringLiteral("/v1/chat/sessions/%1/events?after_seq=%2&timeout=20").arg(id).arg(last + 1), m_alice);
        const QJsonArray typingEvents = typing.json().value(u"events").toArray();
        QCOMPARE(typingEvents.size(), 1);
        QCOMPARE(typingEvents.first().toObject().value(u"type").toString(), QStringLiteral("typing"));
        QVERIFY(typingEvents.first().toObject().value(u"ephemeral").toBool());
        QCOMPARE(typingEvents.first().toObject().value(u"seq").toInteger(), last + 1);
        QCOMPARE(typing.json().value(u"last_seq").toInteger(), last + 1);
        // Nothing new: an empty batch after the timeout.
        const HttpReply empty = server().get(QStringLiteral("/v1/chat/sessions/%1/events?after_seq=%2&timeout=1").arg(id).arg(last + 1), m_alice);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().value(u"events").toArray().size(), 0);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void longPollClientThatLeavesEarlyIsHarmless()
    {
        const QString id = startChat(m_alice).value(u"id").toString();
        QNetworkAccessManager nam;
        QNetworkRequest request(server().baseUrl().resolved(QUrl(QStringLiteral("/v1/chat/sessions/%1/events?after_seq=0&timeout=2").arg(id))));
        request.setRawHeader("Authorization", "Bearer " + m_alice.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QTest::qWait(300);
        reply->abort();  // the wallet gave up; the server answers into a closed connection 2 s later
        reply->deleteLater();
        QTest::qWait(2500);
        QCOMPARE(server().get(QStringLiteral("/healthz")).status, 200);
        QCOMPARE(server().get(QStringLiteral("/v1/chat/sessions/%1/events?timeout=0").arg(id), m_alice).status, 200);
        QCOMPARE(end(id, m_alice).status, 200);
    }

    void badInputIsRejected_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QByteArray cid = uuid().toUtf8();
        QTest::newRow("malformed json") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray("{\"subject\":") << 400 << "";
        QTest::newRow("missing subject") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray("{\"client_id\":\"" + cid + "\"}") << 422 << "subject";
        QTest::newRow("client id not a uuid") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray(R"({"client_id":"x","subject":"s"})") << 422 << "client_id";
        QTest::newRow("subject is a number") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray("{\"client_id\":\"" + cid + "\",\"subject\":5}") << 422 << "subject";
        QTest::newRow("subject too long") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray("{\"client_id\":\"" + cid + "\",\"subject\":\"" + QByteArray(201, 'x') + "\"}") << 422 << "subject";
        QTest::newRow("bad locale") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray("{\"client_id\":\"" + cid + "\",\"subject\":\"s\",\"locale\":\"fr\"}") << 422 << "locale";
        QTest::newRow("someone else's transaction") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray("{\"client_id\":\"" + cid + "\",\"subject\":\"s\",\"transaction_id\":\"txn_not_mine\"}") << 422 << "transaction_id";
        QTest::newRow("oversized body") << QByteArray("POST") << "/v1/chat/sessions" << QByteArray(70 * 1024, ' ') << 413 << "";
        QTest::newRow("message too long") << QByteArray("POST") << "/v1/chat/sessions/%1/messages" << QByteArray("{\"client_id\":\"" + cid + "\",\"body\":\"" + QByteArray(5001, 'x') + "\"}") << 422 << "body";
        QTest::newRow("blank message") << QByteArray("POST") << "/v1/chat/sessions/%1/messages" << QByteArray("{\"client_id\":\"" + cid + "\",\"body\":\"   \"}") << 422 << "body";
        QTest::newRow("unknown attachment") << QByteArray("POST") << "/v1/chat/sessions/%1/messages" << QByteArray("{\"client_id\":\"" + cid + "\",\"body\":\"x\",\"attachment_ids\":[\"att_1\"]}") << 422 << "attachment_ids";
        QTest::newRow("typing not boolean") << QByteArray("POST") << "/v1/chat/sessions/%1/typing" << QByteArray(R"({"is_typing":"yes"})") << 422 << "is_typing";
        QTest::newRow("negative read") << QByteArray("POST") << "/v1/chat/sessions/%1/read" << QByteArray(R"({"up_to_seq":-1})") << 422 << "up_to_seq";
        QTest::newRow("after_seq not a number") << QByteArray("GET") << "/v1/chat/sessions/%1/messages?after_seq=abc" << QByteArray() << 400 << "after_seq";
        QTest::newRow("limit too big") << QByteArray("GET") << "/v1/chat/sessions/%1/messages?limit=201" << QByteArray() << 400 << "limit";
        QTest::newRow("timeout too big") << QByteArray("GET") << "/v1/chat/sessions/%1/events?timeout=61" << QByteArray() << 400 << "timeout";
        QTest::newRow("rating out of range") << QByteArray("PUT") << "/v1/chat/sessions/%1/rating" << QByteArray(R"({"score":6})") << 422 << "score";
        QTest::newRow("bad id") << QByteArray("GET") << "/v1/chat/sessions/bad%20id" << QByteArray() << 404 << "";
    }
    void badInputIsRejected()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const QJsonObject chat = startChat(m_bob);
        const QString id = chat.value(u"id").toString();
        const HttpReply reply = server().request(method, path.contains(u"%1") ? path.arg(id) : path, body, m_bob);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
        const HttpReply messages = server().get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), m_bob);
        QCOMPARE(messages.items().size(), 0);  // nothing stored by a rejected request
        QCOMPARE(end(id, m_bob).status, 200);
    }

    void outsideChatHoursIsSupportClosed()
    {
        // Open only tomorrow (UTC), so now is always outside.
        const int tomorrow = QDate::currentDate().addDays(1).dayOfWeek();
        const QByteArray config = QStringLiteral(R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [%1], "open": "09:00", "close": "10:00"}]}})")
                                      .arg(tomorrow).toUtf8();
        ServerProcess closed(ServerProcess::Options{{}, config, {}});
        QVERIFY2(closed.isRunning(), qPrintable(closed.startError()));
        const QString token = closed.registerVerifiedUser(QStringLiteral("late@example.com"));
        const HttpReply reply = closed.post(QStringLiteral("/v1/chat/sessions"),
                                            {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("subject"), QStringLiteral("Hi")}}, token);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("support_closed"));
        const QDateTime next = QDateTime::fromString(reply.json().value(u"error").toObject().value(u"next_open_at").toString(), Qt::ISODate);
        QCOMPARE(next.toUTC().time(), QTime(9, 0));
        QCOMPARE(next.toUTC().date().dayOfWeek(), tomorrow);
    }
};

QTEST_MAIN(TestChatApi)
#include "tst_chatapi.moc"
