#include "fundingfixture.h"

#include <QSet>
#include <QTest>

using namespace okpay::test;

// Wallet reads: balances, transaction history (keyset pages, updated_since delta, filters), balance history, KYC.
class TestWalletApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_token, m_other, m_firstTransaction;
    ServerProcess &server() { return *m_server; }
    HttpReply get(const QString &path, const QString &token = {}) { return server().get(path, token.isEmpty() ? m_token : token); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_token = server().registerVerifiedUser(QStringLiteral("wallet@example.com"));
        m_other = server().registerVerifiedUser(QStringLiteral("wallet-other@example.com"));
        const HttpReply first = topUpByCard(server(), m_token, 1000);
        QCOMPARE(first.status, 201);
        m_firstTransaction = first.json().value(u"transaction_id").toString();
        for (int i = 2; i <= 7; ++i)
            QCOMPARE(topUpByCard(server(), m_token, 1000 * i).status, 201);
        QCOMPARE(topUpByCard(server(), m_token, 8000, QStringLiteral("CNY")).status, 201);
    }
    void cleanupTestCase() { m_server.reset(); }

    void balancesPerCurrency()
    {
        const HttpReply reply = get(QStringLiteral("/v1/wallet/balances"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().size(), 3);
        QCOMPARE(availableBalance(server(), m_token), 28000);
        QCOMPARE(availableBalance(server(), m_token, QStringLiteral("CNY")), 8000);
        QCOMPARE(availableBalance(server(), m_token, QStringLiteral("EUR")), 0);
        QCOMPARE(availableBalance(server(), m_other), 0);
        QCOMPARE(server().get(QStringLiteral("/v1/wallet/balances")).status, 401);
        QCOMPARE(server().get(QStringLiteral("/v1/wallet/balances"), QStringLiteral("not-a-token")).status, 401);
    }
    void transactionsPageNewestFirstWithoutOverlap()
    {
        QSet<QString> seen;
        QString cursor;
        QString previous = QStringLiteral("9999");
        int pages = 0;
        do {
            QString path = QStringLiteral("/v1/wallet/transactions?limit=3");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const HttpReply reply = get(path);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &v : reply.items()) {
                const QString created = v.toObject().value(u"created_at").toString();
                QVERIFY(created <= previous);
                previous = created;
                QVERIFY(!seen.contains(v.toObject().value(u"id").toString()));
                seen.insert(v.toObject().value(u"id").toString());
            }
            cursor = reply.json().value(u"next_cursor").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 8);
        QCOMPARE(pages, 3);
    }
    void transactionFilters()
    {
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions?currency=CNY")).items().size(), 1);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions?type=withdrawal")).items().size(), 0);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions?type=topup&status=completed&currency=USD")).items().size(), 7);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions?created_from=2000-01-01T00:00:00Z&created_to=2001-01-01T00:00:00Z")).items().size(), 0);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions?created_from=2000-01-01T00:00:00Z")).items().size(), 8);
    }
    void transactionDeltaSinceReturnsChangesAscending()
    {
        const HttpReply all = get(QStringLiteral("/v1/wallet/transactions?updated_since=2000-01-01T00:00:00Z&limit=5"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.items().size(), 5);
        QVERIFY(!all.json().value(u"next_cursor").toString().isEmpty());
        const QString serverTime = all.json().value(u"server_time").toString();
        QTest::qWait(1100);
        QCOMPARE(topUpByCard(server(), m_token, 900).status, 201);
        const HttpReply delta = get(QStringLiteral("/v1/wallet/transactions?updated_since=")
                                    + QString::fromLatin1(QUrl::toPercentEncoding(serverTime)));
        QCOMPARE(delta.status, 200);
        QVERIFY(delta.items().size() >= 1);
        QCOMPARE(delta.items().last().toObject().value(u"amount").toObject().value(u"amount").toInteger(), 900);
        // A cursor from the newest-first listing is not valid for a delta query.
        const QString listCursor = get(QStringLiteral("/v1/wallet/transactions?limit=1")).json().value(u"next_cursor").toString();
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions?updated_since=2000-01-01T00:00:00Z&cursor=") + listCursor).errorCode(),
                 QStringLiteral("invalid_cursor"));
    }
    void transactionListRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit 0") << "limit=0" << "invalid_request";
        QTest::newRow("limit 201") << "limit=201" << "invalid_request";
        QTest::newRow("limit text") << "limit=ten" << "invalid_request";
        QTest::newRow("garbage cursor") << "cursor=%%%%" << "invalid_cursor";
        QTest::newRow("forged cursor") << QString(QStringLiteral("cursor=") + QString::fromLatin1(QByteArray("c|x|y' OR 1=1").toBase64(QByteArray::Base64UrlEncoding))) << "invalid_cursor";
        QTest::newRow("bad since") << "updated_since=yesterday" << "invalid_request";
        QTest::newRow("since without zone") << "updated_since=2025-01-01T00:00:00" << "invalid_request";
        QTest::newRow("currency") << "currency=XYZ" << "invalid_request";
        QTest::newRow("type") << "type=theft" << "invalid_request";
        QTest::newRow("status") << "status=%27%20OR%201%3D1" << "invalid_request";
        QTest::newRow("created_from") << "created_from=2025-13-01" << "invalid_request";
    }
    void transactionListRejectsBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const HttpReply reply = get(QStringLiteral("/v1/wallet/transactions?") + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }
    void transactionOfAnotherUserIsNotFound()
    {
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions/") + m_firstTransaction).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions/") + m_firstTransaction, m_other).status, 404);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions/txn_unknown")).status, 404);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions/bad%20id")).status, 404);
        QCOMPARE(get(QStringLiteral("/v1/wallet/transactions"), m_other).items().size(), 0);
    }
    void balanceHistoryHasDailyPoints()
    {
        const HttpReply reply = get(QStringLiteral("/v1/wallet/balance-history?currency=USD"));
        QCOMPARE(reply.status, 200);
        const QJsonArray points = reply.json().value(u"points").toArray();
        QCOMPARE(points.size(), 30);
        QCOMPARE(points.last().toObject().value(u"balance").toObject().value(u"amount").toInteger(), 28900);
        QCOMPARE(points.first().toObject().value(u"balance").toObject().value(u"amount").toInteger(), 0);
        QCOMPARE(reply.json().value(u"timezone").toString(), QStringLiteral("UTC"));
        const HttpReply range = get(QStringLiteral("/v1/wallet/balance-history?currency=CNY&from=2025-01-01&to=2025-01-03"));
        QCOMPARE(range.json().value(u"points").toArray().size(), 3);
        QCOMPARE(range.json().value(u"points").toArray().first().toObject().value(u"date").toString(), QStringLiteral("2025-01-01"));
    }
    void balanceHistoryUsesTheProfileTimezone()
    {
        QVERIFY(server().execSql(QStringLiteral("UPDATE users SET timezone = 'Asia/Shanghai' WHERE email = 'wallet-other@example.com'")));
        const HttpReply reply = get(QStringLiteral("/v1/wallet/balance-history?currency=USD&from=2025-06-01&to=2025-06-02"), m_other);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"timezone").toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(reply.json().value(u"points").toArray().size(), 2);
    }
    void balanceHistoryRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("no currency") << "" << 400;
        QTest::newRow("bad currency") << "currency=GBP" << 400;
        QTest::newRow("bad date") << "currency=USD&from=2025-02-30" << 400;
        QTest::newRow("reversed") << "currency=USD&from=2025-02-01&to=2025-01-01" << 422;
        QTest::newRow("too long") << "currency=USD&from=2023-01-01&to=2025-01-01" << 422;
    }
    void balanceHistoryRejectsBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QCOMPARE(get(QStringLiteral("/v1/wallet/balance-history?") + query).status, status);
    }
    void kycShowsLevelAndLimits()
    {
        const HttpReply reply = get(QStringLiteral("/v1/account/kyc"));
        QCOMPARE(reply.status, 200);
        const QJsonObject kyc = reply.json();
        QCOMPARE(kyc.value(u"level").toInt(), 1);
        QCOMPARE(kyc.value(u"review_status").toString(), QStringLiteral("none"));
        QCOMPARE(kyc.value(u"limits").toArray().size(), 12);
        QCOMPARE(kyc.value(u"next_level_requirements").toArray().first().toString(), QStringLiteral("passport"));
        const QString unverified = server().registerUser(QStringLiteral("wallet-unverified@example.com"));
        QCOMPARE(server().get(QStringLiteral("/v1/account/kyc"), unverified).json().value(u"level").toInt(), 0);
        QCOMPARE(server().get(QStringLiteral("/v1/account/kyc")).status, 401);
    }
    void journalBalancesAfterEverything() { QVERIFY(journalBalanced(server())); }
};

QTEST_GUILESS_MAIN(TestWalletApi)
#include "tst_walletapi.moc"
