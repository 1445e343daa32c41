// The demo chat agent: joins a waiting chat, greets, answers from the FAQ, and answers later user messages once.
#include "chat/demochatagent.h"
#include "support/serverprocess.h"

#include <QTest>
#include <QUuid>

using namespace okpay::test;
using okpay::server::Database;
using okpay::server::DemoChatAgent;

class TestDemoChatAgent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::shared_ptr<Database> m_db;
    QString m_user, m_agentId;
    ServerProcess &server() { return *m_server; }
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    QJsonArray messages(const QString &id)
    {
        return server().get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), m_user).items();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{
            {}, QByteArrayLiteral(R"({"chat": {"timezone": "UTC", "holidays": [], "hours": [{"days": [1,2,3,4,5,6,7], "open": "00:00", "close": "24:00"}]}})"), {}});
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_user = server().registerVerifiedUser(QStringLiteral("demo-chat@example.com"));
        server().registerVerifiedUser(QStringLiteral("demo-agent@example.com"), &m_agentId);
        QVERIFY(server().promoteToAgent(QStringLiteral("demo-agent@example.com")));
        QCOMPARE(server().get(QStringLiteral("/v1/support/faq/en")).status, 200);  // loads the bundled FAQ
        QString error;
        m_db = Database::open(server().databaseUrl(), &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_server.reset();
    }

    void findsTheArticleThatMatchesTheQuestion()
    {
        const auto article = DemoChatAgent::bestArticle(m_db->connection(), QStringLiteral("en"),
                                                        QStringLiteral("My bank transfer top-up is still pending"));
        QVERIFY(article);
        QCOMPARE(article->id, QStringLiteral("pending-bank-transfer"));
        QVERIFY(!DemoChatAgent::bestArticle(m_db->connection(), QStringLiteral("en"), QStringLiteral("xyzzy")));
    }

    void joinsGreetsAndAnswersEachUserMessageOnce()
    {
        const HttpReply started = server().post(QStringLiteral("/v1/chat/sessions"),
                                                {{QStringLiteral("client_id"), uuid()},
                                                 {QStringLiteral("subject"), QStringLiteral("Top-up")},
                                                 {QStringLiteral("first_message"), QStringLiteral("My bank transfer is still pending")}},
                                                m_user);
        QCOMPARE(started.status, 201);
        const QString id = started.json().value(u"id").toString();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(DemoChatAgent::run(*m_db, nullptr, m_agentId, now, 60), 0);  // too fresh to join yet
        QCOMPARE(DemoChatAgent::run(*m_db, nullptr, m_agentId, now.addSecs(61), 60), 1);
        const QJsonObject chat = server().get(QStringLiteral("/v1/chat/sessions/%1").arg(id), m_user).json();
        QCOMPARE(chat.value(u"status").toString(), QStringLiteral("active"));
        QCOMPARE(chat.value(u"agent").toObject().value(u"id").toString(), m_agentId);
        QJsonArray items = messages(id);
        QCOMPARE(items.size(), 3);  // question, greeting, answer
        QVERIFY(items.at(2).toObject().value(u"body").toString().contains(u"Help center"));
        QCOMPARE(DemoChatAgent::run(*m_db, nullptr, m_agentId, now.addSecs(62), 60), 0);  // nothing new

        QCOMPARE(server().post(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id),
                               {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("body"), QStringLiteral("And my KYC limits?")}},
                               m_user).status, 201);
        QCOMPARE(DemoChatAgent::run(*m_db, nullptr, m_agentId, now.addSecs(63), 60), 1);
        items = messages(id);
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.last().toObject().value(u"author_role").toString(), QStringLiteral("agent"));
        QCOMPARE(items.last().toObject().value(u"seq").toInt(), 6);  // seq 2 was agent_joined
        QCOMPARE(DemoChatAgent::run(*m_db, nullptr, m_agentId, now.addSecs(64), 60), 0);
    }
};

QTEST_MAIN(TestDemoChatAgent)
#include "tst_demochatagent.moc"
