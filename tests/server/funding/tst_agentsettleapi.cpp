#include "fundingfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace okpay::test;

// The agent's settlement of pending bank-transfer top-ups, and demo mode's automatic settlement.
class TestAgentSettleApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_user, m_agent;
    ServerProcess &server() { return *m_server; }
    QJsonObject bankTopUp(const QString &token, qint64 amount)
    {
        const QString q = quote(server(), token, QStringLiteral("topup_bank_transfer"), amount).json().value(u"quote_id").toString();
        return server().post(QStringLiteral("/v1/funding/topups"), {{QStringLiteral("quote_id"), q}}, token, idempotencyKey()).json();
    }
    HttpReply settle(const QString &id, const QJsonObject &body, const QString &token = {})
    {
        return server().post(QStringLiteral("/v1/agent/topups/%1/settle").arg(id), body, token.isEmpty() ? m_agent : token);
    }
    static QJsonObject complete() { return {{QStringLiteral("outcome"), QStringLiteral("complete")}}; }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_user = server().registerVerifiedUser(QStringLiteral("settle@example.com"));
        server().registerVerifiedUser(QStringLiteral("agent@example.com"));
        QVERIFY(server().promoteToAgent(QStringLiteral("agent@example.com")));
        m_agent = server().post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("agent@example.com")},
                                                                  {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}})
                      .json().value(u"access_token").toString();
        QVERIFY(!m_agent.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void completeMovesPendingToAvailable()
    {
        const QJsonObject topup = bankTopUp(m_user, 25000);
        QCOMPARE(pendingBalance(server(), m_user), 25000);
        const HttpReply reply = settle(topup.value(u"id").toString(),
                                       {{QStringLiteral("outcome"), QStringLiteral("complete")}, {QStringLiteral("bank_reference"), QStringLiteral("BANK-42")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("completed"));
        QVERIFY(reply.json().value(u"bank_transfer_instructions").isNull());
        QCOMPARE(pendingBalance(server(), m_user), 0);
        QCOMPARE(availableBalance(server(), m_user), 25000);
        const HttpReply txn = server().get(QStringLiteral("/v1/wallet/transactions/") + topup.value(u"transaction_id").toString(), m_user);
        QCOMPARE(txn.json().value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(txn.json().value(u"reference").toString(), QStringLiteral("BANK-42"));
        // Settling again with the same outcome changes nothing; the other outcome is a conflict.
        QCOMPARE(settle(topup.value(u"id").toString(), complete()).status, 200);
        QCOMPARE(availableBalance(server(), m_user), 25000);
        const HttpReply conflict = settle(topup.value(u"id").toString(), {{QStringLiteral("outcome"), QStringLiteral("fail")},
                                                                          {QStringLiteral("failure_reason"), QStringLiteral("x")}});
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("topup_not_pending"));
        QVERIFY(journalBalanced(server()));
    }
    void failReleasesPending()
    {
        const QJsonObject topup = bankTopUp(m_user, 5000);
        const HttpReply reply = settle(topup.value(u"id").toString(), {{QStringLiteral("outcome"), QStringLiteral("fail")},
                                                                       {QStringLiteral("failure_reason"), QStringLiteral("Transfer returned")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(reply.json().value(u"failure_reason").toString(), QStringLiteral("Transfer returned"));
        QCOMPARE(pendingBalance(server(), m_user), 0);
        QCOMPARE(availableBalance(server(), m_user), 25000);
        QVERIFY(journalBalanced(server()));
    }
    void pendingTransfersAreInTheAgentQueue()
    {
        const QString id = bankTopUp(m_user, 4200).value(u"id").toString();
        const HttpReply queues = server().get(QStringLiteral("/v1/agent/queues"), m_agent);
        QCOMPARE(queues.status, 200);
        QStringList ids;
        for (const QJsonValue &t : queues.json().value(u"pending_topups").toArray())
            ids << t.toObject().value(u"id").toString();
        QVERIFY(ids.contains(id));
        QCOMPARE(settle(id, complete()).status, 200);
        QVERIFY(!server().get(QStringLiteral("/v1/agent/queues"), m_agent).body.contains(id.toUtf8()));
        QCOMPARE(server().get(QStringLiteral("/v1/agent/queues"), m_user).status, 403);
    }
    void cardTopUpIsNotPending()
    {
        const HttpReply card = topUpByCard(server(), m_user, 1000);
        QCOMPARE(settle(card.json().value(u"id").toString(), complete()).errorCode(), QStringLiteral("topup_not_pending"));
    }
    void onlyAgentsMaySettle()
    {
        const QJsonObject topup = bankTopUp(m_user, 5000);
        const HttpReply reply = settle(topup.value(u"id").toString(), complete(), m_user);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(server().post(QStringLiteral("/v1/agent/topups/%1/settle").arg(topup.value(u"id").toString()), complete()).status, 401);
    }
    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed") << QByteArray("{") << 400 << "";
        QTest::newRow("no outcome") << QByteArray("{}") << 422 << "outcome";
        QTest::newRow("unknown outcome") << QByteArray("{\"outcome\":\"maybe\"}") << 422 << "outcome";
        QTest::newRow("fail without reason") << QByteArray("{\"outcome\":\"fail\"}") << 422 << "failure_reason";
        QTest::newRow("reason too long") << "{\"outcome\":\"fail\",\"failure_reason\":\"" + QByteArray(501, 'x') + "\"}" << 422 << "failure_reason";
        QTest::newRow("reference not string") << QByteArray("{\"outcome\":\"complete\",\"bank_reference\":5}") << 422 << "bank_reference";
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const QJsonObject topup = bankTopUp(m_user, 1000);
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/agent/topups/%1/settle").arg(topup.value(u"id").toString()), body, m_agent);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/topups/") + topup.value(u"id").toString(), m_user).json().value(u"status").toString(),
                 QStringLiteral("pending"));
    }
    void unknownTopUpIsNotFound()
    {
        QCOMPARE(settle(QStringLiteral("top_nothing"), complete()).status, 404);
    }
    void demoModeSettlesBankTransfersByItself()
    {
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--demo")};
        options.configJson = R"({"funding": {"demo_settle_after_secs": 1, "demo_wallet_users": ["seeded@example.com"]}})";
        m_server = std::make_unique<ServerProcess>(options);
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        const QString token = server().registerVerifiedUser(QStringLiteral("demo-settle@example.com"));
        const qint64 before = availableBalance(server(), token);
        const QJsonObject topup = bankTopUp(token, 4000);
        QCOMPARE(topup.value(u"status").toString(), QStringLiteral("pending"));
        QTest::qWait(1200);
        QTRY_COMPARE_WITH_TIMEOUT(availableBalance(server(), token), before + 4000, 5000);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/topups/") + topup.value(u"id").toString(), token).json().value(u"status").toString(),
                 QStringLiteral("completed"));
        QVERIFY(journalBalanced(server()));
    }
    void demoUserGetsSixMonthsOfHistory()
    {
        // Runs on the demo server started by the previous case.
        const QString token = server().registerVerifiedUser(QStringLiteral("seeded@example.com"));
        const HttpReply balances = server().get(QStringLiteral("/v1/wallet/balances"), token);  // first read seeds
        for (const QJsonValue &v : balances.items())
            QVERIFY2(v.toObject().value(u"available").toObject().value(u"amount").toInteger() > 0,
                     qPrintable(v.toObject().value(u"currency").toString()));
        int total = 0;
        QSet<QString> kinds;
        QSet<QString> statuses;
        QString cursor;
        do {
            const HttpReply page = server().get(QStringLiteral("/v1/wallet/transactions?limit=200") +
                                                    (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor), token);
            for (const QJsonValue &v : page.items()) {
                kinds.insert(v.toObject().value(u"method_kind").toString());
                statuses.insert(v.toObject().value(u"status").toString());
            }
            total += page.items().size();
            cursor = page.json().value(u"next_cursor").toString();
        } while (!cursor.isEmpty());
        QVERIFY2(total >= 190, qPrintable(QString::number(total)));
        QCOMPARE(kinds.size(), 6);
        QVERIFY(statuses.contains(QStringLiteral("failed")));
        QVERIFY(statuses.contains(QStringLiteral("completed")));
        const QJsonArray points = server().get(QStringLiteral("/v1/wallet/balance-history?currency=USD"), token).json().value(u"points").toArray();
        QVERIFY(points.first().toObject().value(u"balance").toObject().value(u"amount").toInteger() > 0);
        // A second read adds nothing.
        server().get(QStringLiteral("/v1/wallet/balances"), token);
        QCOMPARE(server().get(QStringLiteral("/v1/wallet/transactions?limit=1&type=topup"), token).status, 200);
        QVERIFY(journalBalanced(server()));
    }
};

QTEST_GUILESS_MAIN(TestAgentSettleApi)
#include "tst_agentsettleapi.moc"
