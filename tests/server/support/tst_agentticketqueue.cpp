#include "support/serverprocess.h"

#include "support/agentticketqueue.h"
#include "storage/database.h"

#include <QTest>
#include <QUuid>

using namespace okpay::test;
using namespace okpay::server;

// openTicketsForAgents, the tickets part of GET /v1/agent/queues: open tickets only, oldest update first, bounded.
class TestAgentTicketQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::shared_ptr<Database> m_db;
    QString m_user, m_agent;
    QString create(const QString &subject)
    {
        return m_server->post(QStringLiteral("/v1/support/tickets"),
                              {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("subject"), subject},
                               {QStringLiteral("category"), QStringLiteral("other")},
                               {QStringLiteral("body"), QStringLiteral("Help")}},
                              m_user)
            .json().value(u"id").toString();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_user = m_server->registerVerifiedUser(QStringLiteral("user@example.com"));
        m_agent = m_server->registerVerifiedUser(QStringLiteral("agent@okpay.example"));
        QVERIFY(m_server->promoteToAgent(QStringLiteral("agent@okpay.example")));
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

    void listsOpenTicketsOldestFirst()
    {
        const QString first = create(QStringLiteral("First"));
        const QString answered = create(QStringLiteral("Answered"));
        const QString second = create(QStringLiteral("Second"));
        QVERIFY(m_server->execSql(QStringLiteral("UPDATE support_tickets SET updated_at = '2026-01-01T00:00:00.000Z' WHERE id = '%1'").arg(first)));
        const HttpReply reply = m_server->post(QStringLiteral("/v1/agent/tickets/%1/replies").arg(answered),
                                               {{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                {QStringLiteral("body"), QStringLiteral("Looking into it")}},
                                               m_agent);
        QCOMPARE(reply.status, 200);  // now pending: waiting on the user, not on an agent

        const QJsonArray queue = openTicketsForAgents(m_db->connection(), 200);
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(0).toObject().value(u"id").toString(), first);
        QCOMPARE(queue.at(1).toObject().value(u"id").toString(), second);
        QCOMPARE(queue.at(0).toObject().value(u"status").toString(), QStringLiteral("open"));
        QVERIFY(queue.at(0).toObject().contains(u"number"));
        QCOMPARE(openTicketsForAgents(m_db->connection(), 1).size(), 1);
        QCOMPARE(openTicketsForAgents(m_db->connection(), 0).size(), 1);  // clamped to 1..200
    }
};

QTEST_GUILESS_MAIN(TestAgentTicketQueue)
#include "tst_agentticketqueue.moc"
