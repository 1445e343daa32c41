#include "fundingfixture.h"

#include "core/base32.h"
#include "core/totp.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QTest>

using namespace okpay::test;

// Withdrawals: quotes against the balance, destination matching, TOTP step-up, idempotency, and the ledger under
// 50 concurrent withdrawals.
class TestWithdrawalApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_token, m_other, m_destination;
    ServerProcess &server() { return *m_server; }
    QString quoteId(const QString &token, qint64 amount, const QString &method = QStringLiteral("withdraw_ewallet"))
    {
        return quote(server(), token, method, amount).json().value(u"quote_id").toString();
    }
    HttpReply withdraw(const QString &token, const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers = idempotencyKey())
    {
        return server().post(QStringLiteral("/v1/funding/withdrawals"), body, token, headers);
    }
    QJsonObject body(const QString &quote, const QString &destination)
    {
        return {{QStringLiteral("quote_id"), quote}, {QStringLiteral("destination_id"), destination}};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_token = server().registerVerifiedUser(QStringLiteral("withdraw@example.com"));
        m_other = server().registerVerifiedUser(QStringLiteral("withdraw-other@example.com"));
        QCOMPARE(topUpByCard(server(), m_token, 50000).status, 201);
        m_destination = createEwalletDestination(server(), m_token, QStringLiteral("me@paypal.example"));
        QVERIFY(!m_destination.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void instantWithdrawalDebitsAmountPlusFee()
    {
        const qint64 before = availableBalance(server(), m_token);
        const HttpReply reply = withdraw(m_token, body(quoteId(m_token, 10000), m_destination));
        QCOMPARE(reply.status, 201);
        const QJsonObject w = reply.json();
        QCOMPARE(w.value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(w.value(u"fee").toObject().value(u"amount").toInteger(), 100);  // 1 %, min 0.50, max 10.00
        QCOMPARE(w.value(u"destination").toObject().value(u"ewallet").toObject().value(u"provider").toString(), QStringLiteral("PayPal"));
        QCOMPARE(availableBalance(server(), m_token), before - 10100);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/withdrawals/") + w.value(u"id").toString(), m_token).status, 200);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/withdrawals/") + w.value(u"id").toString(), m_other).status, 404);
        const HttpReply txn = server().get(QStringLiteral("/v1/wallet/transactions/") + w.value(u"transaction_id").toString(), m_token);
        QCOMPARE(txn.json().value(u"direction").toString(), QStringLiteral("debit"));
        QCOMPARE(txn.json().value(u"total").toObject().value(u"amount").toInteger(), 10100);
        QVERIFY(journalBalanced(server()));
    }
    void bankWithdrawalIsPending()
    {
        const HttpReply dest = server().post(QStringLiteral("/v1/funding/payout-destinations"),
                                             {{QStringLiteral("kind"), QStringLiteral("bank_account")},
                                              {QStringLiteral("label"), QStringLiteral("Main bank")},
                                              {QStringLiteral("currency"), QStringLiteral("USD")},
                                              {QStringLiteral("account_holder"), QStringLiteral("Li Lei")},
                                              {QStringLiteral("bank_name"), QStringLiteral("Bank of Tests")},
                                              {QStringLiteral("account_number"), QStringLiteral("GB33BUKB20201555555555")}},
                                             m_token);
        QCOMPARE(dest.status, 201);
        const HttpReply reply = withdraw(m_token, body(quoteId(m_token, 5000, QStringLiteral("withdraw_bank_account")),
                                                       dest.json().value(u"id").toString()));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("pending"));
        QCOMPARE(server().get(QStringLiteral("/v1/funding/withdrawals?status=pending"), m_token).items().size(), 1);
        // Three business days later the payout has arrived.
        const QString id = reply.json().value(u"id").toString();
        QVERIFY(server().execSql(QStringLiteral("UPDATE withdrawals SET created_at = '%1' WHERE id = '%2'")
                                     .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs), id)));
        QCOMPARE(server().get(QStringLiteral("/v1/funding/withdrawals/") + id, m_token).json().value(u"status").toString(), QStringLiteral("pending"));
        QVERIFY(server().execSql(QStringLiteral("UPDATE withdrawals SET created_at = '%1' WHERE id = '%2'")
                                     .arg(QDateTime::currentDateTimeUtc().addDays(-6).toString(Qt::ISODateWithMs), id)));
        const HttpReply done = server().get(QStringLiteral("/v1/funding/withdrawals/") + id, m_token);
        QCOMPARE(done.json().value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(server().get(QStringLiteral("/v1/wallet/transactions/") + done.json().value(u"transaction_id").toString(), m_token)
                     .json().value(u"status").toString(), QStringLiteral("completed"));
    }
    void cardPayoutKeepsMaskedSnapshot()
    {
        const HttpReply dest = server().post(QStringLiteral("/v1/funding/payout-destinations"),
                                             {{QStringLiteral("kind"), QStringLiteral("card")}, {QStringLiteral("label"), QStringLiteral("Debit")},
                                              {QStringLiteral("currency"), QStringLiteral("USD")},
                                              {QStringLiteral("card_number"), QStringLiteral("5555555555554444")},
                                              {QStringLiteral("expiry_month"), 1}, {QStringLiteral("expiry_year"), 2040},
                                              {QStringLiteral("holder_name"), QStringLiteral("Li Lei")}},
                                             m_token);
        QCOMPARE(dest.status, 201);
        const QString id = dest.json().value(u"id").toString();
        const HttpReply reply = withdraw(m_token, body(quoteId(m_token, 3000, QStringLiteral("withdraw_card")), id));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(reply.json().value(u"fee").toObject().value(u"amount").toInteger(), 100);  // 1.5 % = 45, min 1.00
        // Deleting the destination keeps the withdrawal's snapshot.
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/funding/payout-destinations/") + id, {}, m_token).status, 204);
        const HttpReply again = server().get(QStringLiteral("/v1/funding/withdrawals/") + reply.json().value(u"id").toString(), m_token);
        QCOMPARE(again.json().value(u"destination").toObject().value(u"card").toObject().value(u"masked_pan").toString(),
                 QStringLiteral("555555******4444"));
    }
    void quoteAboveBalanceIsInsufficientFunds()
    {
        const HttpReply reply = quote(server(), m_other, QStringLiteral("withdraw_ewallet"), 1000);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("insufficient_funds"));
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("amount"));
    }
    void rejectsBadRequests()
    {
        const QString q = quoteId(m_token, 1000);
        QCOMPARE(withdraw(m_token, body(q, QStringLiteral("dst_nothing"))).status, 404);
        const QString othersDestination = createEwalletDestination(server(), m_other, QStringLiteral("other@paypal.example"));
        QCOMPARE(withdraw(m_token, body(q, othersDestination)).status, 404);
        const QString cardQuote = quoteId(m_token, 1000, QStringLiteral("withdraw_card"));
        QCOMPARE(withdraw(m_token, body(cardQuote, m_destination)).errorCode(), QStringLiteral("destination_mismatch"));
        QCOMPARE(withdraw(m_token, {{QStringLiteral("quote_id"), q}}).status, 422);
        QCOMPARE(withdraw(m_token, {{QStringLiteral("quote_id"), q}, {QStringLiteral("destination_id"), 7}}).status, 422);
        QCOMPARE(withdraw(m_token, body(q, m_destination), {}).status, 400);
        const QString topupQuote = quote(server(), m_token, QStringLiteral("topup_debit_card"), 1000).json().value(u"quote_id").toString();
        QCOMPARE(withdraw(m_token, body(topupQuote, m_destination)).status, 422);
        // None of that used the quote up.
        QCOMPARE(withdraw(m_token, body(q, m_destination)).status, 201);
        QVERIFY(journalBalanced(server()));
    }
    void idempotentReplayAndMismatch()
    {
        const auto key = idempotencyKey();
        const qint64 before = availableBalance(server(), m_token);
        const QJsonObject first = body(quoteId(m_token, 2000), m_destination);
        const HttpReply a = withdraw(m_token, first, key);
        QCOMPARE(a.status, 201);
        const HttpReply b = withdraw(m_token, first, key);
        QCOMPARE(b.status, 201);
        QCOMPARE(b.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(b.json().value(u"id"), a.json().value(u"id"));
        QCOMPARE(availableBalance(server(), m_token), before - 2050);
        const HttpReply c = withdraw(m_token, body(quoteId(m_token, 2000), m_destination), key);
        QCOMPARE(c.status, 422);
        QCOMPARE(c.errorCode(), QStringLiteral("idempotency_mismatch"));
    }
    void inFlightDuplicateIsConflict()
    {
        // A key whose first request has not finished (no stored response yet) answers 409.
        const QString key = QStringLiteral("in-flight-key-1");
        const QJsonObject request = body(quoteId(m_token, 1000), m_destination);
        // The server's request hash: SHA-256 of the scope and the base64 of the exact body bytes.
        const QByteArray hash = QCryptographicHash::hash(QByteArray("withdrawal\n" + compact(request).toBase64()), QCryptographicHash::Sha256).toHex();
        QVERIFY(server().execSql(QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, created_at) "
                                                "SELECT id, '%1', '%2', '2999-01-01T00:00:00.000Z' FROM users WHERE email = 'withdraw@example.com'")
                                     .arg(key, QString::fromLatin1(hash))));
        const HttpReply reply = withdraw(m_token, request, idempotencyKey(key));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("idempotency_in_progress"));
        // An in-flight row left behind by a server that stopped is reclaimed after two minutes.
        QVERIFY(server().execSql(QStringLiteral("UPDATE idempotency_keys SET created_at = '%1' WHERE idem_key = '%2'")
                                     .arg(QDateTime::currentDateTimeUtc().addSecs(-300).toString(Qt::ISODateWithMs), key)));
        QCOMPARE(withdraw(m_token, request, idempotencyKey(key)).status, 201);
        // Same body twice at once: one creates, the other waits its turn and is replayed or told it is in flight.
        const QJsonObject twice = body(quoteId(m_token, 1000), m_destination);
        QNetworkAccessManager nam1, nam2;
        QList<QNetworkReply *> replies;
        const auto headers = idempotencyKey();
        for (QNetworkAccessManager *nam : {&nam1, &nam2}) {
            QNetworkRequest r(server().baseUrl().resolved(QUrl(QStringLiteral("/v1/funding/withdrawals"))));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
            r.setRawHeader("Idempotency-Key", headers.value("Idempotency-Key"));
            replies.append(nam->post(r, compact(twice)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies[0]->isFinished() && replies[1]->isFinished(), 30000);
        QList<int> statuses;
        for (QNetworkReply *reply : replies)
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        std::sort(statuses.begin(), statuses.end());
        QVERIFY2(statuses == QList<int>({201, 201}) || statuses == QList<int>({201, 409}), qPrintable(QString::number(statuses[1])));
        qDeleteAll(replies);
    }
    void totpRequiredWhenEnabled()
    {
        const QByteArray secret = okpay::Totp::generateSecret();
        QVERIFY(server().execSql(QStringLiteral("UPDATE users SET totp_secret = '%1', totp_enabled = 1 WHERE email = 'withdraw@example.com'")
                                     .arg(okpay::Base32::encode(secret))));
        const QString q = quoteId(m_token, 1000);
        const auto key = idempotencyKey();  // one confirmation: a corrected code is sent with the same key
        const HttpReply missing = withdraw(m_token, body(q, m_destination), key);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorCode(), QStringLiteral("mfa_required"));
        QJsonObject wrong = body(q, m_destination);
        wrong.insert(QStringLiteral("totp_code"), QStringLiteral("000000"));
        QCOMPARE(withdraw(m_token, wrong, key).errorCode(), QStringLiteral("invalid_mfa_code"));
        QJsonObject right = body(q, m_destination);
        const QString code = *okpay::Totp({secret}).codeAt(QDateTime::currentDateTimeUtc());
        right.insert(QStringLiteral("totp_code"), code == u"000000" ? QStringLiteral("111111") : code);
        if (code != u"000000")
            QCOMPARE(withdraw(m_token, right, key).status, 201);
        QVERIFY(server().execSql(QStringLiteral("UPDATE users SET totp_enabled = 0 WHERE email = 'withdraw@example.com'")));
    }
    void fiftyConcurrentWithdrawalsNeverOverdraw()
    {
        // Each withdrawal costs 1000 + fee 50 (the e-wallet minimum); the balance covers exactly ten.
        const QString token = server().registerVerifiedUser(QStringLiteral("withdraw-race@example.com"));
        QCOMPARE(topUpByCard(server(), token, 10500).status, 201);
        const QString destination = createEwalletDestination(server(), token, QStringLiteral("race@paypal.example"));
        QStringList quotes;
        for (int i = 0; i < 50; ++i) {
            quotes.append(quoteId(token, 1000));
            QVERIFY(!quotes.last().isEmpty());
        }
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;  // 6 connections per manager: 10 × 5 in flight
        for (int i = 0; i < 10; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i) {
            QNetworkRequest r(server().baseUrl().resolved(QUrl(QStringLiteral("/v1/funding/withdrawals"))));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            r.setRawHeader("Idempotency-Key", QStringLiteral("race-%1-key").arg(i).toLatin1());
            r.setTransferTimeout(60000);
            replies.append(managers[i % 10]->post(r, compact(body(quotes[i], destination))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 120000);
        int created = 0, insufficient = 0;
        for (QNetworkReply *reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            if (status == 201)
                ++created;
            else if (status == 422 && data.contains("\"insufficient_funds\""))
                ++insufficient;
            else
                qWarning() << status << data;
        }
        qDeleteAll(replies);
        QCOMPARE(created, 10);
        QCOMPARE(insufficient, 40);
        QCOMPARE(availableBalance(server(), token), 0);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/withdrawals?limit=200"), token).items().size(), 10);
        QVERIFY(journalBalanced(server()));
    }
};

QTEST_GUILESS_MAIN(TestWithdrawalApi)
#include "tst_withdrawalapi.moc"
