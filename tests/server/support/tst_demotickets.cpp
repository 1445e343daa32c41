#include "support/serverprocess.h"

#include "support/demotickets.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace okpay::test;
using namespace okpay::server;

// Demo mode's tickets: the seeded history as the demo user sees it over HTTP, and the demo agent's delayed answers.
class TestDemoTickets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::shared_ptr<Database> m_db;
    QString m_user, m_userId, m_agentId;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_user = m_server->registerVerifiedUser(QStringLiteral("demo@okpay.test"), &m_userId);
        m_server->registerVerifiedUser(QStringLiteral("agent@okpay.test"), &m_agentId);
        QVERIFY(m_server->promoteToAgent(QStringLiteral("agent@okpay.test")));
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

    void seedsTwoTicketsWithHistoryOnce()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        DemoTickets::seed(*m_db, m_userId, m_agentId, now);
        DemoTickets::seed(*m_db, m_userId, m_agentId, now);
        const HttpReply list = m_server->get(QStringLiteral("/v1/support/tickets"), m_user);
        QCOMPARE(list.items().size(), 2);
        QStringList statuses;
        for (const QJsonValue &t : list.items()) {
            statuses.append(t.toObject().value(u"status").toString());
            const HttpReply detail = m_server->get(QStringLiteral("/v1/support/tickets/") + t.toObject().value(u"id").toString(), m_user);
            const QJsonArray messages = detail.json().value(u"messages").toArray();
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.at(1).toObject().value(u"author_role").toString(), QStringLiteral("agent"));
        }
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("pending"), QStringLiteral("solved")}));
    }
    void answersNewTicketsAfterTheDelay()
    {
        const HttpReply created = m_server->post(QStringLiteral("/v1/support/tickets"),
                                                 {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                  {QStringLiteral("subject"), QStringLiteral("Promotion question")},
                                                  {QStringLiteral("category"), QStringLiteral("promotions")},
                                                  {QStringLiteral("body"), QStringLiteral("Is the debit card offer still on?")}},
                                                 m_user);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id").toString();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(DemoTickets::answerWaiting(*m_db, m_agentId, now, 60), 0);  // too fresh
        QCOMPARE(DemoTickets::answerWaiting(*m_db, m_agentId, now.addSecs(61), 60), 1);
        QCOMPARE(DemoTickets::answerWaiting(*m_db, m_agentId, now.addSecs(120), 60), 0);  // already answered
        const QJsonObject ticket = m_server->get(QStringLiteral("/v1/support/tickets/") + id, m_user).json();
        QCOMPARE(ticket.value(u"status").toString(), QStringLiteral("pending"));
        const QJsonObject reply = ticket.value(u"messages").toArray().last().toObject();
        QCOMPARE(reply.value(u"author_role").toString(), QStringLiteral("agent"));
        QVERIFY(reply.value(u"body").toString().contains(QStringLiteral("promotions")));
    }
    void demoModeSeedsAndAnswersOnRead()
    {
        const QJsonObject support{{QStringLiteral("demo_ticket_users"), QJsonArray{QStringLiteral("visitor@example.com")}},
                                  {QStringLiteral("demo_answer_after_secs"), 0}};
        const QJsonObject funding{{QStringLiteral("demo_wallet_users"), QJsonArray{QStringLiteral("visitor@example.com")}}};
        const QJsonObject config{{QStringLiteral("support"), support}, {QStringLiteral("funding"), funding}};
        ServerProcess demo(ServerProcess::Options{{QStringLiteral("--demo")}, QJsonDocument(config).toJson(), {}});
        QVERIFY2(demo.isRunning(), qPrintable(demo.startError()));
        const QString visitor = demo.registerVerifiedUser(QStringLiteral("visitor@example.com"));
        const QString other = demo.registerVerifiedUser(QStringLiteral("other@example.com"));
        QCOMPARE(demo.get(QStringLiteral("/v1/support/tickets"), visitor).items().size(), 2);
        QCOMPARE(demo.get(QStringLiteral("/v1/support/tickets"), other).items().size(), 0);  // not a demo ticket user
        const HttpReply created = demo.post(QStringLiteral("/v1/support/tickets"),
                                            {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                             {QStringLiteral("subject"), QStringLiteral("KYC question")},
                                             {QStringLiteral("category"), QStringLiteral("kyc")},
                                             {QStringLiteral("body"), QStringLiteral("How do I reach level 2?")}},
                                            other);
        QCOMPARE(created.status, 201);
        const QJsonObject answered = demo.get(QStringLiteral("/v1/support/tickets/") + created.json().value(u"id").toString(), other).json();
        QCOMPARE(answered.value(u"status").toString(), QStringLiteral("pending"));
        QCOMPARE(answered.value(u"messages").toArray().last().toObject().value(u"author_name").toString(), QStringLiteral("OKPay Support"));

        // A ticket about one of the user's own wallet transactions; another user's transaction is refused.
        const HttpReply history = demo.get(QStringLiteral("/v1/wallet/transactions?limit=1"), visitor);
        QCOMPARE(history.status, 200);
        QVERIFY(!history.items().isEmpty());
        const QString transactionId = history.items().first().toObject().value(u"id").toString();
        QJsonObject about{{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {QStringLiteral("subject"), QStringLiteral("About this payment")},
                          {QStringLiteral("category"), QStringLiteral("topup")},
                          {QStringLiteral("body"), QStringLiteral("Why is it pending?")},
                          {QStringLiteral("transaction_id"), transactionId}};
        const HttpReply mine = demo.post(QStringLiteral("/v1/support/tickets"), about, visitor);
        QCOMPARE(mine.status, 201);
        QCOMPARE(mine.json().value(u"transaction_id").toString(), transactionId);
        about.insert(QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const HttpReply theirs = demo.post(QStringLiteral("/v1/support/tickets"), about, other);
        QCOMPARE(theirs.status, 422);
        QCOMPARE(theirs.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("transaction_id"));
    }
};

QTEST_GUILESS_MAIN(TestDemoTickets)
#include "tst_demotickets.moc"
