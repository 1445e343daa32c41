// --demo: the demo user signs in with the printed password and finds a lived-in wallet, tickets with history, an
// open support center and an agent who answers chats by itself.
#include "support/serverprocess.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace okpay::test;

class TestDemoMode : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_token;
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void printsTheDemoCredentials()
    {
        const auto match = QRegularExpression(QStringLiteral("demo user: demo@okpay.test password: (\\S+)")).match(m_server->startupOutput());
        QVERIFY2(match.hasMatch(), qPrintable(m_server->startupOutput()));
        const HttpReply login = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("demo@okpay.test")},
                                                                               {QStringLiteral("password"), match.captured(1)}});
        QCOMPARE(login.status, 200);
        QVERIFY(login.json().value(u"user").toObject().value(u"email_verified").toBool());
        m_token = login.json().value(u"access_token").toString();
    }
    void walletHasBalancesAndSixMonthsOfHistory()
    {
        QVERIFY(!m_token.isEmpty());
        const HttpReply balances = m_server->get(QStringLiteral("/v1/wallet/balances"), m_token);
        QCOMPARE(balances.status, 200);
        for (const auto &item : balances.items())
            QVERIFY2(item.toObject().value(u"available").toObject().value(u"amount").toInteger() > 0, balances.body.constData());
        int count = 0;
        QStringList kinds;
        QString cursor;
        do {
            const HttpReply page = m_server->get(QStringLiteral("/v1/wallet/transactions?limit=200") +
                                                 (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor), m_token);
            QCOMPARE(page.status, 200);
            count += int(page.items().size());
            for (const auto &t : page.items())
                kinds << t.toObject().value(u"type").toString() + u'/' + t.toObject().value(u"status").toString();
            cursor = page.json().value(u"next_cursor").toString();
        } while (!cursor.isEmpty());
        QVERIFY2(count >= 150, qPrintable(QString::number(count)));
        QVERIFY(kinds.contains(QStringLiteral("topup/completed")));
        QVERIFY(kinds.contains(QStringLiteral("withdrawal/completed")));
        QVERIFY(kinds.contains(QStringLiteral("topup/pending")));
    }
    void ticketsHaveHistory()
    {
        const HttpReply tickets = m_server->get(QStringLiteral("/v1/support/tickets"), m_token);
        QCOMPARE(tickets.status, 200);
        QCOMPARE(tickets.items().size(), 2);
    }
    void chatIsOpenAndTheAgentAnswers()
    {
        const HttpReply started = m_server->post(QStringLiteral("/v1/chat/sessions"),
                                                 {{QStringLiteral("client_id"), uuid()}, {QStringLiteral("subject"), QStringLiteral("Withdrawal")},
                                                  {QStringLiteral("first_message"), QStringLiteral("How long does a bank withdrawal take?")}},
                                                 m_token);
        QCOMPARE(started.status, 201);
        const QString id = started.json().value(u"id").toString();
        // The agent joins after a few seconds and answers from the FAQ.
        QJsonArray messages;
        QVERIFY(QTest::qWaitFor([&] {
            messages = m_server->get(QStringLiteral("/v1/chat/sessions/%1/messages").arg(id), m_token).items();
            return !messages.isEmpty() && messages.last().toObject().value(u"author_role").toString() == u"agent" && messages.size() >= 3;
        }, 20000));
        QCOMPARE(m_server->get(QStringLiteral("/v1/chat/sessions/%1").arg(id), m_token).json().value(u"status").toString(), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestDemoMode)
#include "tst_demomode.moc"
