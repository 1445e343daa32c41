#include "fundingfixture.h"

#include <QTest>

using namespace okpay::test;

// Funding methods, promotions, quotes and top-ups (card and bank transfer), with Idempotency-Key semantics.
class TestTopUpApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_token, m_other, m_unverified;
    ServerProcess &server() { return *m_server; }
    HttpReply topUp(const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers = idempotencyKey())
    {
        return server().post(QStringLiteral("/v1/funding/topups"), body, m_token, headers);
    }
    QString quoteId(const QString &method, qint64 amount, const QString &currency = QStringLiteral("USD"))
    {
        return quote(server(), m_token, method, amount, currency).json().value(u"quote_id").toString();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_token = server().registerVerifiedUser(QStringLiteral("topup@example.com"));
        m_other = server().registerVerifiedUser(QStringLiteral("topup-other@example.com"));
        m_unverified = server().registerUser(QStringLiteral("topup-unverified@example.com"));
        QVERIFY(!m_token.isEmpty() && !m_other.isEmpty() && !m_unverified.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void methodsListFeesLimitsAndPromotion()
    {
        const HttpReply reply = server().get(QStringLiteral("/v1/funding/methods?direction=topup&currency=CNY"), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().size(), 3);
        const QJsonObject debit = reply.items().at(1).toObject();
        QCOMPARE(debit.value(u"kind").toString(), QStringLiteral("debit_card"));
        QCOMPARE(debit.value(u"fees").toArray().first().toObject().value(u"percent_bp").toInt(), 100);
        QCOMPARE(debit.value(u"active_promotion").toObject().value(u"fee_discount_bp").toInt(), 5000);
        QVERIFY(reply.items().at(0).toObject().value(u"active_promotion").isNull());
        QCOMPARE(server().get(QStringLiteral("/v1/funding/methods"), m_token).items().size(), 6);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/methods?direction=sideways"), m_token).status, 400);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/methods?currency=usd"), m_token).status, 400);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/methods")).status, 401);
    }
    void promotionsListed()
    {
        const HttpReply reply = server().get(QStringLiteral("/v1/funding/promotions"), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.items().first().toObject().value(u"id").toString(), QStringLiteral("promo_debit_half_fee"));
        QCOMPARE(server().get(QStringLiteral("/v1/funding/promotions?include_past=maybe"), m_token).status, 400);
    }
    void quoteAppliesFeeAndPromotion()
    {
        // Debit card: 1 % + 0.30, halved by the promotion: 10000 → fee 130, 65 after the promotion.
        const HttpReply reply = quote(server(), m_token, QStringLiteral("topup_debit_card"), 10000);
        QCOMPARE(reply.status, 201);
        const QJsonObject q = reply.json();
        QCOMPARE(q.value(u"fee_before_promotion").toObject().value(u"amount").toInteger(), 130);
        QCOMPARE(q.value(u"fee").toObject().value(u"amount").toInteger(), 65);
        QCOMPARE(q.value(u"saving").toObject().value(u"amount").toInteger(), 65);
        QCOMPARE(q.value(u"total").toObject().value(u"amount").toInteger(), 10065);
        QCOMPARE(q.value(u"promotion").toObject().value(u"id").toString(), QStringLiteral("promo_debit_half_fee"));
        QVERIFY(!q.value(u"expires_at").toString().isEmpty());
        const QJsonObject credit = quote(server(), m_token, QStringLiteral("topup_credit_card"), 10000).json();
        QCOMPARE(credit.value(u"fee").toObject().value(u"amount").toInteger(), 320);  // 2.9 % + 0.30
        QVERIFY(credit.value(u"promotion").isNull());
    }
    void quoteRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto body = [](const QString &method, const QJsonValue &amount) {
            return compact({{QStringLiteral("method_id"), method}, {QStringLiteral("amount"), amount}});
        };
        const QString debit = QStringLiteral("topup_debit_card");
        QTest::newRow("malformed") << QByteArray("{\"method_id\":") << 400 << "malformed_json" << "";
        QTest::newRow("no method") << compact({{QStringLiteral("amount"), moneyJson(1000)}}) << 422 << "validation_failed" << "method_id";
        QTest::newRow("unknown method") << body(QStringLiteral("topup_gold"), moneyJson(1000)) << 404 << "not_found" << "method_id";
        QTest::newRow("float amount") << body(debit, QJsonObject{{QStringLiteral("amount"), 10.5}, {QStringLiteral("currency"), QStringLiteral("USD")}})
                                      << 422 << "validation_failed" << "amount.amount";
        QTest::newRow("string amount") << body(debit, QJsonObject{{QStringLiteral("amount"), QStringLiteral("1000")}, {QStringLiteral("currency"), QStringLiteral("USD")}})
                                       << 422 << "validation_failed" << "amount.amount";
        QTest::newRow("negative") << body(debit, moneyJson(-1000)) << 422 << "amount_out_of_range" << "amount.amount";
        QTest::newRow("zero") << body(debit, moneyJson(0)) << 422 << "amount_out_of_range" << "amount.amount";
        QTest::newRow("huge") << body(debit, moneyJson(1'000'000'000'000'001)) << 422 << "amount_out_of_range" << "amount.amount";
        QTest::newRow("wrong currency") << body(debit, moneyJson(1000, QStringLiteral("JPY"))) << 422 << "unsupported_currency" << "amount.currency";
        QTest::newRow("amount not object") << body(debit, 1000) << 422 << "validation_failed" << "amount";
        QTest::newRow("below minimum") << body(debit, moneyJson(100)) << 422 << "amount_below_minimum" << "amount";
        QTest::newRow("above method max") << body(debit, moneyJson(1000001)) << 422 << "limit_exceeded" << "amount";
        QTest::newRow("above kyc level 1") << body(debit, moneyJson(100001)) << 403 << "kyc_required" << "amount";
    }
    void quoteRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/funding/quotes"), body, m_token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
    }
    void moneyEndpointsNeedVerifiedEmail()
    {
        QCOMPARE(quote(server(), m_unverified, QStringLiteral("topup_debit_card"), 1000).errorCode(), QStringLiteral("email_unverified"));
        const HttpReply reply = server().post(QStringLiteral("/v1/funding/topups"), {{QStringLiteral("quote_id"), QStringLiteral("quo_x")}},
                                              m_unverified, idempotencyKey());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("email_unverified"));
    }
    void cardTopUpCreditsInstantlyAndStoresOnlyLast4()
    {
        const qint64 before = availableBalance(server(), m_token);
        const HttpReply reply = topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 5000)},
                                       {QStringLiteral("card"), testCard(QStringLiteral("5555555555554444"))}});
        QCOMPARE(reply.status, 201);
        const QJsonObject t = reply.json();
        QCOMPARE(t.value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(t.value(u"card").toObject().value(u"brand").toString(), QStringLiteral("mastercard"));
        QCOMPARE(t.value(u"card").toObject().value(u"last4").toString(), QStringLiteral("4444"));
        QVERIFY(!reply.body.contains("5555555555554444"));
        QCOMPARE(reply.headers.value("idempotent-replayed"), QByteArray("false"));
        QCOMPARE(availableBalance(server(), m_token), before + 5000);
        const HttpReply txn = server().get(QStringLiteral("/v1/wallet/transactions/") + t.value(u"transaction_id").toString(), m_token);
        QCOMPARE(txn.status, 200);
        QCOMPARE(txn.json().value(u"type").toString(), QStringLiteral("topup"));
        QCOMPARE(txn.json().value(u"card_last4").toString(), QStringLiteral("4444"));  // apps describe it themselves
        QCOMPARE(txn.json().value(u"fee").toObject().value(u"amount").toInteger(), 40);  // (50 + 30) halved
        QVERIFY(journalBalanced(server()));
    }
    void cardTopUpRejectsBadCards_data()
    {
        QTest::addColumn<QJsonObject>("card");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("declined test card") << testCard(QStringLiteral("4000000000000002")) << "card_declined" << "card";
        QTest::newRow("real-looking card") << testCard(QStringLiteral("4111111111111111")) << "card_declined" << "card";
        QTest::newRow("luhn") << testCard(QStringLiteral("4242424242424241")) << "invalid_card_number" << "card.number";
        QTest::newRow("letters") << testCard(QStringLiteral("4242abcd42424242")) << "validation_failed" << "card.number";
        QJsonObject expired = testCard();
        expired.insert(QStringLiteral("expiry_year"), 2020);
        QTest::newRow("expired") << expired << "validation_failed" << "card.expiry_year";
        QJsonObject month = testCard();
        month.insert(QStringLiteral("expiry_month"), 13);
        QTest::newRow("month 13") << month << "validation_failed" << "card.expiry_month";
        QJsonObject cvv = testCard();
        cvv.insert(QStringLiteral("cvv"), QStringLiteral("12a"));
        QTest::newRow("cvv letters") << cvv << "validation_failed" << "card.cvv";
        QJsonObject cvvNumber = testCard();
        cvvNumber.insert(QStringLiteral("cvv"), 123);
        QTest::newRow("cvv number") << cvvNumber << "validation_failed" << "card.cvv";
    }
    void cardTopUpRejectsBadCards()
    {
        QFETCH(QJsonObject, card);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const qint64 before = availableBalance(server(), m_token);
        const QString id = quoteId(QStringLiteral("topup_credit_card"), 2000);
        const HttpReply reply = topUp({{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), card}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
        QCOMPARE(availableBalance(server(), m_token), before);
        // The quote was not used up by the failure.
        QCOMPARE(topUp({{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), testCard()}}).status, 201);
    }
    void bankTransferStaysPendingWithInstructions()
    {
        const qint64 before = availableBalance(server(), m_token);
        const HttpReply reply = topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_bank_transfer"), 20000, QStringLiteral("EUR"))}});
        QCOMPARE(reply.status, 201);
        const QJsonObject t = reply.json();
        QCOMPARE(t.value(u"status").toString(), QStringLiteral("pending"));
        const QJsonObject instructions = t.value(u"bank_transfer_instructions").toObject();
        QVERIFY(instructions.value(u"reference").toString().startsWith(u"OKP"));
        QVERIFY(!instructions.value(u"account_number").toString().isEmpty());
        QCOMPARE(pendingBalance(server(), m_token, QStringLiteral("EUR")), 20000);
        QCOMPARE(availableBalance(server(), m_token), before);
        const HttpReply got = server().get(QStringLiteral("/v1/funding/topups/") + t.value(u"id").toString(), m_token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(u"id"), t.value(u"id"));
        QCOMPARE(server().get(QStringLiteral("/v1/funding/topups/") + t.value(u"id").toString(), m_other).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/topups?status=pending"), m_token).items().size(), 1);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/topups?status=lost"), m_token).status, 400);
    }
    void sameKeySameBodyReplaysStoredResponse()
    {
        const QJsonObject body{{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 3000)},
                               {QStringLiteral("card"), testCard()}};
        const auto key = idempotencyKey();
        const qint64 before = availableBalance(server(), m_token);
        const HttpReply first = topUp(body, key);
        QCOMPARE(first.status, 201);
        const HttpReply second = topUp(body, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(second.json(), first.json());
        QCOMPARE(availableBalance(server(), m_token), before + 3000);
        // Another user may use the same key: keys are scoped to the user.
        const HttpReply others = server().post(QStringLiteral("/v1/funding/topups"), body, m_other, key);
        QCOMPARE(others.status, 404);
    }
    void sameKeyDifferentBodyIsMismatch()
    {
        const auto key = idempotencyKey();
        QCOMPARE(topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 3000)}, {QStringLiteral("card"), testCard()}}, key).status, 201);
        const HttpReply reply = topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 4000)}, {QStringLiteral("card"), testCard()}}, key);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("idempotency_mismatch"));
    }
    void declineIsReplayedButValidationErrorsAreNot()
    {
        const auto key = idempotencyKey();
        const QString id = quoteId(QStringLiteral("topup_debit_card"), 2500);
        const QJsonObject declined{{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), testCard(QStringLiteral("4000000000000002"))}};
        QCOMPARE(topUp(declined, key).errorCode(), QStringLiteral("card_declined"));
        const HttpReply replay = topUp(declined, key);
        QCOMPARE(replay.errorCode(), QStringLiteral("card_declined"));
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        // A request that failed validation leaves its key free for the corrected request.
        const auto second = idempotencyKey();
        QJsonObject badCvv{{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), testCard()}};
        QJsonObject card = testCard();
        card.insert(QStringLiteral("cvv"), QStringLiteral("1"));
        badCvv.insert(QStringLiteral("card"), card);
        QCOMPARE(topUp(badCvv, second).status, 422);
        QCOMPARE(topUp({{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), testCard()}}, second).status, 201);
    }
    void idempotencyKeyIsRequiredAndChecked_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("too short") << QByteArray("abc");
        QTest::newRow("spaces") << QByteArray("abc def ghi");
        QTest::newRow("too long") << QByteArray(129, 'a');
    }
    void idempotencyKeyIsRequiredAndChecked()
    {
        QFETCH(QByteArray, key);
        QHash<QByteArray, QByteArray> headers;
        if (!key.isEmpty())
            headers.insert("Idempotency-Key", key);
        const HttpReply reply = topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 3000)}}, headers);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    }
    void quoteProblemsAreReported()
    {
        const QString id = quoteId(QStringLiteral("topup_debit_card"), 3000);
        QCOMPARE(topUp({{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), testCard()}}).status, 201);
        QCOMPARE(topUp({{QStringLiteral("quote_id"), id}, {QStringLiteral("card"), testCard()}}).errorCode(), QStringLiteral("quote_used"));
        QCOMPARE(topUp({{QStringLiteral("quote_id"), QStringLiteral("quo_nothing")}}).status, 404);
        const QString others = quote(server(), m_other, QStringLiteral("topup_debit_card"), 3000).json().value(u"quote_id").toString();
        QCOMPARE(topUp({{QStringLiteral("quote_id"), others}, {QStringLiteral("card"), testCard()}}).status, 404);
        const QString withdrawQuote = quoteId(QStringLiteral("withdraw_ewallet"), 1000);
        QCOMPARE(topUp({{QStringLiteral("quote_id"), withdrawQuote}}).status, 422);
        const QString expired = quoteId(QStringLiteral("topup_debit_card"), 3000);
        QVERIFY(server().execSql(QStringLiteral("UPDATE funding_quotes SET expires_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'").arg(expired)));
        QCOMPARE(topUp({{QStringLiteral("quote_id"), expired}, {QStringLiteral("card"), testCard()}}).errorCode(), QStringLiteral("quote_expired"));
        const HttpReply noCard = topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 3000)}});
        QCOMPARE(noCard.status, 422);
        QCOMPARE(noCard.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("card"));
        QCOMPARE(topUp({{QStringLiteral("quote_id"), 42}}).status, 422);
        QCOMPARE(topUp({{QStringLiteral("quote_id"), quoteId(QStringLiteral("topup_debit_card"), 3000)}, {QStringLiteral("card"), QStringLiteral("4242")}}).status, 422);
    }
    void oversizedAndWrongContentTypeRejected()
    {
        const QByteArray big = "{\"quote_id\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
        QCOMPARE(server().request("POST", QStringLiteral("/v1/funding/topups"), big, m_token, idempotencyKey()).status, 413);
        QCOMPARE(server().request("POST", QStringLiteral("/v1/funding/quotes"), "method_id=x", m_token, {}, "application/x-www-form-urlencoded").status, 415);
    }
    void higherKycLevelRaisesTheLimit()
    {
        const QString token = server().registerVerifiedUser(QStringLiteral("topup-level2@example.com"));
        QCOMPARE(quote(server(), token, QStringLiteral("topup_debit_card"), 100001).errorCode(), QStringLiteral("kyc_required"));
        QVERIFY(server().execSql(QStringLiteral("UPDATE users SET kyc_level = 2 WHERE email = 'topup-level2@example.com'")));
        QCOMPARE(quote(server(), token, QStringLiteral("topup_debit_card"), 100001).status, 201);
        QCOMPARE(server().get(QStringLiteral("/v1/account/kyc"), token).json().value(u"level").toInt(), 2);
    }
    void configuredMethodStateIsEnforced()
    {
        ServerProcess::Options options;
        options.configJson = R"({"funding": {"methods": [
            {"id": "topup_card_off", "direction": "topup", "kind": "credit_card", "name": "Card", "available": false,
             "fees": {"USD": {"percent_bp": 0, "fixed": 0, "min": 0, "max": null}},
             "processing_time": {"kind": "instant", "min_business_days": 0, "max_business_days": 0},
             "limits": {"USD": {"min": 100, "max": 100000}}, "requires_kyc_level": 1},
            {"id": "topup_kyc2", "direction": "topup", "kind": "debit_card", "name": "Card", "available": true,
             "fees": {"USD": {"percent_bp": 0, "fixed": 0, "min": 0, "max": null}},
             "processing_time": {"kind": "instant", "min_business_days": 0, "max_business_days": 0},
             "limits": {"USD": {"min": 100, "max": 100000}}, "requires_kyc_level": 2}]}})";
        ServerProcess custom(options);
        QVERIFY2(custom.isRunning(), qPrintable(custom.startError()));
        const QString token = custom.registerVerifiedUser(QStringLiteral("custom@example.com"));
        QCOMPARE(custom.get(QStringLiteral("/v1/funding/methods"), token).items().size(), 2);
        QCOMPARE(quote(custom, token, QStringLiteral("topup_card_off"), 1000).errorCode(), QStringLiteral("method_unavailable"));
        const HttpReply kyc = quote(custom, token, QStringLiteral("topup_kyc2"), 1000);
        QCOMPARE(kyc.status, 403);
        QCOMPARE(kyc.errorCode(), QStringLiteral("kyc_required"));
        QCOMPARE(quote(custom, token, QStringLiteral("topup_kyc2"), 1000, QStringLiteral("EUR")).errorCode(), QStringLiteral("currency_not_supported"));
    }
    void dailyKycLimitGivesKycRequired()
    {
        // Level 1 allows 2,000.00 USD of top-ups a day; single top-ups up to 1,000.00.
        const QString token = server().registerVerifiedUser(QStringLiteral("topup-limit@example.com"));
        QCOMPARE(topUpByCard(server(), token, 100000).status, 201);
        QCOMPARE(topUpByCard(server(), token, 100000).status, 201);
        const HttpReply reply = quote(server(), token, QStringLiteral("topup_debit_card"), 1000);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("kyc_required"));
        const QJsonObject kyc = server().get(QStringLiteral("/v1/account/kyc"), token).json();
        QCOMPARE(kyc.value(u"level").toInt(), 1);
        bool found = false;
        for (const QJsonValue &v : kyc.value(u"limits").toArray()) {
            const QJsonObject l = v.toObject();
            if (l.value(u"kind").toString() == u"topup" && l.value(u"limit").toObject().value(u"currency").toString() == u"USD") {
                QCOMPARE(l.value(u"used").toObject().value(u"amount").toInteger(), 200000);
                QCOMPARE(l.value(u"limit").toObject().value(u"amount").toInteger(), 200000);
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(journalBalanced(server()));
    }
};

QTEST_GUILESS_MAIN(TestTopUpApi)
#include "tst_topupapi.moc"
