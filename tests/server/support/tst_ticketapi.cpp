#include "support/serverprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace okpay::test;

// Tickets over HTTP: the whole lifecycle (open → pending → solved → closed), the 14-day reopen window, ratings,
// client_id de-duplication, other users' tickets and the agent's replies.
class TestTicketApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_alice, m_bob, m_agent;
    ServerProcess &server() { return *m_server; }
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QJsonObject newTicket(const QString &clientId = uuid())
    {
        return {{QStringLiteral("client_id"), clientId},
                {QStringLiteral("subject"), QStringLiteral("Top-up not credited")},
                {QStringLiteral("category"), QStringLiteral("topup")},
                {QStringLiteral("body"), QStringLiteral("My bank transfer from Monday has not arrived.")}};
    }
    QJsonObject create(const QString &token)
    {
        const HttpReply reply = server().post(QStringLiteral("/v1/support/tickets"), newTicket(), token);
        if (reply.status != 201)
            qWarning("create failed: %d %s", reply.status, reply.body.constData());
        return reply.json();
    }
    HttpReply reply(const QString &ticketId, const QString &token, const QString &clientId = uuid())
    {
        return server().post(QStringLiteral("/v1/support/tickets/%1/replies").arg(ticketId),
                             {{QStringLiteral("client_id"), clientId}, {QStringLiteral("body"), QStringLiteral("More details")}},
                             token);
    }
    HttpReply agentUpdate(const QString &ticketId, const QJsonObject &fields, const QString &token = QString())
    {
        QJsonObject body = fields;
        body.insert(QStringLiteral("client_id"), uuid());
        return server().post(QStringLiteral("/v1/agent/tickets/%1/replies").arg(ticketId), body,
                             token.isEmpty() ? m_agent : token);
    }
    HttpReply rate(const QString &ticketId, int score, const QString &token)
    {
        const QJsonObject body{{QStringLiteral("score"), score}, {QStringLiteral("comment"), QStringLiteral("Quick and kind")}};
        return server().request("PUT", QStringLiteral("/v1/support/tickets/%1/rating").arg(ticketId),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    // Mails in the outbox to this address that mention text (the reply notification names the ticket number only).
    int mailsTo(const QString &address, const QString &text) const
    {
        int count = 0;
        const QDir outbox(m_server->dataDir() + QStringLiteral("/mail-outbox"));
        for (const QFileInfo &info : outbox.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            const QString mail = QString::fromUtf8(file.readAll());
            if (mail.contains(QStringLiteral("To: ") + address) && mail.contains(text)
                && !mail.contains(QStringLiteral("Please send the bank reference")))
                ++count;
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_alice = server().registerVerifiedUser(QStringLiteral("alice@example.com"));
        m_bob = server().registerVerifiedUser(QStringLiteral("bob@example.com"));
        m_agent = server().registerVerifiedUser(QStringLiteral("agent@okpay.example"));
        QVERIFY(server().promoteToAgent(QStringLiteral("agent@okpay.example")));
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_agent.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void createReturnsTheTicketWithItsFirstMessage()
    {
        const HttpReply created = server().post(QStringLiteral("/v1/support/tickets"), newTicket(), m_alice);
        QCOMPARE(created.status, 201);
        const QJsonObject t = created.json();
        QVERIFY(QRegularExpression(QStringLiteral("^OK-[0-9]{4,16}$")).match(t.value(u"number").toString()).hasMatch());
        QCOMPARE(t.value(u"status").toString(), QStringLiteral("open"));
        QCOMPARE(t.value(u"message_count").toInt(), 1);
        QVERIFY(t.value(u"reopen_until").isNull());
        QVERIFY(t.value(u"rating").isNull());
        const QJsonObject first = t.value(u"messages").toArray().first().toObject();
        QCOMPARE(first.value(u"author_role").toString(), QStringLiteral("user"));
        QCOMPARE(first.value(u"body").toString(), QStringLiteral("My bank transfer from Monday has not arrived."));
    }
    void resendingTheSameClientIdReturnsTheFirstTicket()
    {
        const QJsonObject body = newTicket();
        const HttpReply first = server().post(QStringLiteral("/v1/support/tickets"), body, m_alice);
        const HttpReply again = server().post(QStringLiteral("/v1/support/tickets"), body, m_alice);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id"), first.json().value(u"id"));
        QCOMPARE(again.json().value(u"message_count").toInt(), 1);
    }
    void concurrentResendsCreateOneTicket()
    {
        // The outbox may resend while the first request is still running: all answers name the same ticket.
        const QByteArray body = QJsonDocument(newTicket()).toJson(QJsonDocument::Compact);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(server().baseUrl().resolved(QUrl(QStringLiteral("/v1/support/tickets"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_bob.toUtf8());
            replies.append(nam.post(request, body));
        }
        QSet<QString> ids;
        int created = 0;
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000));
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 201, QByteArray::number(status).constData());
            created += status == 201 ? 1 : 0;
            ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString());
            reply->deleteLater();
        }
        QCOMPARE(created, 1);
        QCOMPARE(ids.size(), 1);
    }
    void createRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = newTicket();
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        QTest::newRow("malformed") << QByteArray("{\"subject\"") << 400 << "";
        QTest::newRow("missing subject") << json(with(QStringLiteral("subject"), QJsonValue::Undefined)) << 422 << "subject";
        QTest::newRow("subject too long") << json(with(QStringLiteral("subject"), QString(201, u'x'))) << 422 << "subject";
        QTest::newRow("empty body") << json(with(QStringLiteral("body"), QString())) << 422 << "body";
        QTest::newRow("body too long") << json(with(QStringLiteral("body"), QString(20001, u'x'))) << 422 << "body";
        QTest::newRow("unknown category") << json(with(QStringLiteral("category"), QStringLiteral("refunds"))) << 422 << "category";
        QTest::newRow("category is a number") << json(with(QStringLiteral("category"), 3)) << 422 << "category";
        QTest::newRow("client_id not a uuid") << json(with(QStringLiteral("client_id"), QStringLiteral("abc"))) << 422 << "client_id";
        QTest::newRow("unknown transaction") << json(with(QStringLiteral("transaction_id"), QStringLiteral("txn_nope"))) << 422 << "transaction_id";
        QTest::newRow("transaction id with slash") << json(with(QStringLiteral("transaction_id"), QStringLiteral("../x"))) << 422 << "transaction_id";
        QTest::newRow("unknown related ticket") << json(with(QStringLiteral("related_ticket_id"), QStringLiteral("tkt_nope"))) << 422 << "related_ticket_id";
        QTest::newRow("attachments not an array") << json(with(QStringLiteral("attachment_ids"), QStringLiteral("att_1"))) << 422 << "attachment_ids";
        QTest::newRow("unknown attachment") << json(with(QStringLiteral("attachment_ids"), QJsonArray{QStringLiteral("att_nope")})) << 422 << "attachment_ids";
        QTest::newRow("duplicate attachment ids") << json(with(QStringLiteral("attachment_ids"), QJsonArray{QStringLiteral("a"), QStringLiteral("a")})) << 422 << "attachment_ids";
        QTest::newRow("oversized") << QByteArray(70 * 1024, ' ') << 413 << "";
    }
    void createRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/support/tickets"), body, m_alice);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
    }
    void createNeedsJsonAndAUser()
    {
        const QByteArray body = QJsonDocument(newTicket()).toJson();
        QCOMPARE(server().request("POST", QStringLiteral("/v1/support/tickets"), body, m_alice, {}, "text/plain").status, 415);
        QCOMPARE(server().request("POST", QStringLiteral("/v1/support/tickets"), body).status, 401);
    }
    void relatedTicketOfAnotherUserIsRejected()
    {
        const QString bobs = create(m_bob).value(u"id").toString();
        QJsonObject body = newTicket();
        body.insert(QStringLiteral("related_ticket_id"), bobs);
        const HttpReply reply = server().post(QStringLiteral("/v1/support/tickets"), body, m_alice);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("related_ticket_id"));
    }
    void anotherUsersTicketIsNotFound()
    {
        const QString id = create(m_alice).value(u"id").toString();
        QCOMPARE(server().get(QStringLiteral("/v1/support/tickets/") + id, m_bob).status, 404);
        QCOMPARE(reply(id, m_bob).status, 404);
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets/%1/close").arg(id), {}, m_bob).status, 404);
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), {}, m_bob).status, 404);
        QCOMPARE(rate(id, 5, m_bob).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/support/tickets/tkt_doesnotexist"), m_alice).status, 404);
        const HttpReply list = server().get(QStringLiteral("/v1/support/tickets?limit=200"), m_bob);
        for (const QJsonValue &t : list.items())
            QVERIFY(t.toObject().value(u"id").toString() != id);
    }
    void fullLifecycle()
    {
        const QString id = create(m_alice).value(u"id").toString();
        // The agent answers: the ticket waits on the user.
        HttpReply agent = agentUpdate(id, {{QStringLiteral("body"), QStringLiteral("Please send the bank reference.")}});
        QCOMPARE(agent.status, 200);
        QCOMPARE(agent.json().value(u"ticket").toObject().value(u"status").toString(), QStringLiteral("pending"));
        QCOMPARE(agent.json().value(u"message").toObject().value(u"author_role").toString(), QStringLiteral("agent"));
        QVERIFY(mailsTo(QStringLiteral("alice@example.com"), agent.json().value(u"ticket").toObject().value(u"number").toString()) == 1);
        // The user's answer puts it back in the queue; a resend of that answer is not duplicated.
        const QString clientId = uuid();
        const HttpReply answer = reply(id, m_alice, clientId);
        QCOMPARE(answer.status, 201);
        const HttpReply resent = reply(id, m_alice, clientId);
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json().value(u"id"), answer.json().value(u"id"));
        HttpReply ticket = server().get(QStringLiteral("/v1/support/tickets/") + id, m_alice);
        QCOMPARE(ticket.json().value(u"status").toString(), QStringLiteral("open"));
        QCOMPARE(ticket.json().value(u"message_count").toInt(), 3);
        QCOMPARE(ticket.json().value(u"messages").toArray().size(), 3);
        // Not solved yet: no rating, no reopen.
        QCOMPARE(rate(id, 5, m_alice).status, 409);
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), {}, m_alice).errorCode(),
                 QStringLiteral("ticket_not_solved"));
        // Solved: replies need a reopen first; rating works.
        agent = agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("solved")}});
        QCOMPARE(agent.status, 200);
        QVERIFY(agent.json().value(u"message").isNull());
        QVERIFY(agent.json().value(u"ticket").toObject().value(u"reopen_until").isString());
        QCOMPARE(reply(id, m_alice).errorCode(), QStringLiteral("ticket_solved"));
        const HttpReply rated = rate(id, 4, m_alice);
        QCOMPARE(rated.status, 200);
        QCOMPARE(rated.json().value(u"score").toInt(), 4);
        QCOMPARE(server().get(QStringLiteral("/v1/support/tickets/") + id, m_alice).json().value(u"rating").toObject()
                     .value(u"comment").toString(), QStringLiteral("Quick and kind"));
        // Closed is final.
        const HttpReply closed = server().post(QStringLiteral("/v1/support/tickets/%1/close").arg(id), {}, m_alice);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json().value(u"status").toString(), QStringLiteral("closed"));
        QVERIFY(closed.json().value(u"closed_at").isString());
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets/%1/close").arg(id), {}, m_alice).errorCode(),
                 QStringLiteral("ticket_closed"));
        QCOMPARE(reply(id, m_alice).errorCode(), QStringLiteral("ticket_closed"));
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), {}, m_alice).status, 409);
        QCOMPARE(agentUpdate(id, {{QStringLiteral("body"), QStringLiteral("Hello?")}}).errorCode(), QStringLiteral("ticket_closed"));
        QCOMPARE(rate(id, 5, m_alice).status, 200);  // closed tickets can still be rated
    }
    void reopenWorksWithinFourteenDaysOnly()
    {
        const QString id = create(m_alice).value(u"id").toString();
        QCOMPARE(agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("solved")}}).status, 200);
        const QJsonObject reopenBody{{QStringLiteral("client_id"), uuid()},
                                     {QStringLiteral("body"), QStringLiteral("It happened again.")}};
        const HttpReply reopened = server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), reopenBody, m_alice);
        QCOMPARE(reopened.status, 200);
        QCOMPARE(reopened.json().value(u"status").toString(), QStringLiteral("open"));
        QVERIFY(reopened.json().value(u"solved_at").isNull());
        QCOMPARE(reopened.json().value(u"messages").toArray().last().toObject().value(u"body").toString(),
                 QStringLiteral("It happened again."));
        // A resend of the same reopen is answered with the ticket, not a conflict or a second message.
        const HttpReply resent = server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), reopenBody, m_alice);
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json().value(u"message_count").toInt(), 2);

        QCOMPARE(agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("solved")}}).status, 200);
        QVERIFY(server().execSql(QStringLiteral("UPDATE support_tickets SET solved_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'").arg(id)));
        const HttpReply late = server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), {}, m_alice);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), QStringLiteral("reopen_window_expired"));
        QVERIFY(late.json().value(u"error").toObject().value(u"message").toString().contains(QStringLiteral("related_ticket_id")));
        // The follow-up is a new ticket linked to the old one.
        QJsonObject followUp = newTicket();
        followUp.insert(QStringLiteral("related_ticket_id"), id);
        const HttpReply linked = server().post(QStringLiteral("/v1/support/tickets"), followUp, m_alice);
        QCOMPARE(linked.status, 201);
        QCOMPARE(linked.json().value(u"related_ticket_id").toString(), id);
    }
    void reopenJustInsideTheWindowWorks()
    {
        const QString id = create(m_alice).value(u"id").toString();
        QCOMPARE(agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("solved")}}).status, 200);
        const QString thirteenDaysAgo = QDateTime::currentDateTimeUtc().addDays(-13).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        QVERIFY(server().execSql(QStringLiteral("UPDATE support_tickets SET solved_at = '%1' WHERE id = '%2'").arg(thirteenDaysAgo, id)));
        QCOMPARE(server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id), {}, m_alice).status, 200);
    }
    void reopenRejectsAHalfBody()
    {
        const QString id = create(m_alice).value(u"id").toString();
        const HttpReply reply = server().post(QStringLiteral("/v1/support/tickets/%1/reopen").arg(id),
                                              {{QStringLiteral("body"), QStringLiteral("no client id")}}, m_alice);
        QCOMPARE(reply.status, 422);
    }
    void ratingRejectsOutOfRangeScores_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("zero") << QByteArray("{\"score\":0}");
        QTest::newRow("six") << QByteArray("{\"score\":6}");
        QTest::newRow("fraction") << QByteArray("{\"score\":4.5}");
        QTest::newRow("string") << QByteArray("{\"score\":\"5\"}");
        QTest::newRow("missing") << QByteArray("{\"comment\":\"x\"}");
        QTest::newRow("comment too long") << QByteArray("{\"score\":5,\"comment\":\"") + QByteArray(2001, 'x') + QByteArray("\"}");
    }
    void ratingRejectsOutOfRangeScores()
    {
        QFETCH(QByteArray, body);
        const QString id = create(m_alice).value(u"id").toString();
        QCOMPARE(agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("solved")}}).status, 200);
        QCOMPARE(server().request("PUT", QStringLiteral("/v1/support/tickets/%1/rating").arg(id), body, m_alice).status, 422);
    }
    void listPagesWithACursor()
    {
        const QString token = server().registerVerifiedUser(QStringLiteral("lister@example.com"));
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.prepend(create(token).value(u"id").toString());
        HttpReply page = server().get(QStringLiteral("/v1/support/tickets?limit=2"), token);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.items().size(), 2);
        QStringList seen;
        for (const QJsonValue &t : page.items())
            seen.append(t.toObject().value(u"id").toString());
        const QString cursor = page.json().value(u"next_cursor").toString();
        QVERIFY(!cursor.isEmpty());
        page = server().get(QStringLiteral("/v1/support/tickets?limit=2&cursor=") + cursor, token);
        QCOMPARE(page.items().size(), 1);
        seen.append(page.items().first().toObject().value(u"id").toString());
        seen.sort();
        ids.sort();
        QCOMPARE(seen, ids);  // every ticket once, none repeated across pages
        QVERIFY(page.json().value(u"next_cursor").isNull());
        QVERIFY(page.json().value(u"server_time").isString());
        QCOMPARE(server().get(QStringLiteral("/v1/support/tickets?status=solved"), token).items().size(), 0);
        QCOMPARE(server().get(QStringLiteral("/v1/support/tickets?updated_since=2020-01-01T00:00:00Z"), token).items().size(), 3);
    }
    void listRejectsBadQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit 0") << "limit=0" << "invalid_request";
        QTest::newRow("limit 201") << "limit=201" << "invalid_request";
        QTest::newRow("limit text") << "limit=ten" << "invalid_request";
        QTest::newRow("bad status") << "status=lost" << "invalid_request";
        QTest::newRow("bad since") << "updated_since=yesterday" << "invalid_request";
        QTest::newRow("garbage cursor") << "cursor=%%%" << "invalid_cursor";
        QTest::newRow("forged cursor") << QStringLiteral("cursor=") + QString::fromLatin1(QByteArray("x|y|z").toBase64()) << "invalid_cursor";
    }
    void listRejectsBadQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const HttpReply reply = server().get(QStringLiteral("/v1/support/tickets?") + query, m_alice);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }
    void agentsReadAnyTicket()
    {
        const QString id = create(m_alice).value(u"id").toString();
        const HttpReply reply = server().get(QStringLiteral("/v1/support/tickets/") + id, m_agent);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"messages").toArray().size(), 1);
    }
    void agentRoutesNeedTheAgentRole()
    {
        const QString id = create(m_alice).value(u"id").toString();
        QCOMPARE(agentUpdate(id, {{QStringLiteral("body"), QStringLiteral("hi")}}, m_alice).status, 403);
        QCOMPARE(agentUpdate(id, {{QStringLiteral("body"), QStringLiteral("hi")}}, m_alice).errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(server().post(QStringLiteral("/v1/agent/tickets/%1/replies").arg(id), {}).status, 401);
    }
    void agentUpdateRejectsBadInput()
    {
        const QString id = create(m_alice).value(u"id").toString();
        QCOMPARE(agentUpdate(id, {}).status, 422);  // neither body nor status
        QCOMPARE(agentUpdate(id, {{QStringLiteral("status"), QStringLiteral("archived")}}).status, 422);
        QCOMPARE(agentUpdate(id, {{QStringLiteral("body"), 7}}).status, 422);
        QCOMPARE(agentUpdate(QStringLiteral("tkt_missing"), {{QStringLiteral("body"), QStringLiteral("x")}}).status, 404);
    }
    void agentReplyResendIsNotDuplicated()
    {
        const QString id = create(m_alice).value(u"id").toString();
        const QJsonObject body{{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("On it.")}};
        const QString path = QStringLiteral("/v1/agent/tickets/%1/replies").arg(id);
        const HttpReply first = server().post(path, body, m_agent);
        const HttpReply again = server().post(path, body, m_agent);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"message").toObject().value(u"id"), first.json().value(u"message").toObject().value(u"id"));
        QCOMPARE(server().get(QStringLiteral("/v1/support/tickets/") + id, m_alice).json().value(u"message_count").toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTicketApi)
#include "tst_ticketapi.moc"
