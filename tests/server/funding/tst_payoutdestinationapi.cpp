#include "fundingfixture.h"

#include <QTest>

using namespace okpay::test;

// Saved payout destinations: bank accounts, cards (masked, never stored in full) and e-wallets.
class TestPayoutDestinationApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_token, m_other;
    ServerProcess &server() { return *m_server; }
    HttpReply create(const QJsonObject &body, const QString &token = {})
    {
        return server().post(QStringLiteral("/v1/funding/payout-destinations"), body, token.isEmpty() ? m_token : token);
    }
    static QJsonObject card(const QString &number = QStringLiteral("4242424242424242"))
    {
        return {{QStringLiteral("kind"), QStringLiteral("card")}, {QStringLiteral("label"), QStringLiteral("Visa")},
                {QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("card_number"), number},
                {QStringLiteral("expiry_month"), 4}, {QStringLiteral("expiry_year"), 2031},
                {QStringLiteral("holder_name"), QStringLiteral("Li Lei")}};
    }
    static QJsonObject bank()
    {
        return {{QStringLiteral("kind"), QStringLiteral("bank_account")}, {QStringLiteral("label"), QStringLiteral("Bank")},
                {QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("account_holder"), QStringLiteral("Li Lei")},
                {QStringLiteral("bank_name"), QStringLiteral("Test Bank")}, {QStringLiteral("account_number"), QStringLiteral("DE89370400440532013000")}};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
        m_token = server().registerVerifiedUser(QStringLiteral("payout@example.com"));
        m_other = server().registerVerifiedUser(QStringLiteral("payout-other@example.com"));
    }
    void cleanupTestCase() { m_server.reset(); }

    void cardIsMaskedAndNeverStoredInFull()
    {
        const HttpReply reply = create(card());
        QCOMPARE(reply.status, 201);
        const QJsonObject c = reply.json().value(u"card").toObject();
        QCOMPARE(c.value(u"masked_pan").toString(), QStringLiteral("424242******4242"));
        QCOMPARE(c.value(u"brand").toString(), QStringLiteral("visa"));
        QVERIFY(!reply.body.contains("4242424242424242"));
        // No column anywhere holds the number: a row containing it would make this INSERT add a negative balance.
        QVERIFY(server().execSql(QStringLiteral("INSERT INTO wallet_balances (user_id, currency, available, pending, updated_at) "
                                                "SELECT 'pan-check', 'USD', -1, 0, 'x' FROM payout_destinations "
                                                "WHERE snapshot LIKE '%4242424242424242%' OR fingerprint LIKE '%4242424242424242%'")));
        const HttpReply list = server().get(QStringLiteral("/v1/funding/payout-destinations"), m_token);
        QCOMPARE(list.items().size(), 1);
        QVERIFY(!list.body.contains("4242424242424242"));
    }
    void bankAndEwalletDestinations()
    {
        const HttpReply b = create(bank());
        QCOMPARE(b.status, 201);
        QCOMPARE(b.json().value(u"bank_account").toObject().value(u"account_number_last4").toString(), QStringLiteral("3000"));
        QVERIFY(!b.body.contains("DE89370400440532013000"));
        QVERIFY(!createEwalletDestination(server(), m_token, QStringLiteral("li@wallet.example")).isEmpty());
        QCOMPARE(server().get(QStringLiteral("/v1/funding/payout-destinations"), m_token).items().size(), 3);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/payout-destinations"), m_other).items().size(), 0);
    }
    void duplicateIsConflict()
    {
        QCOMPARE(create(bank()).errorCode(), QStringLiteral("destination_exists"));
        QCOMPARE(create(card()).status, 409);
        QCOMPARE(create(card(), m_other).status, 201);  // per user
    }
    void rejectsBadInput_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        QTest::newRow("unknown kind") << with(card(), QStringLiteral("kind"), QStringLiteral("crypto")) << "validation_failed" << "kind";
        QTest::newRow("no label") << with(card(), QStringLiteral("label"), QJsonValue::Undefined) << "validation_failed" << "label";
        QTest::newRow("currency") << with(card(), QStringLiteral("currency"), QStringLiteral("JPY")) << "validation_failed" << "currency";
        QTest::newRow("luhn") << with(card(), QStringLiteral("card_number"), QStringLiteral("4242424242424241")) << "invalid_card_number" << "card_number";
        QTest::newRow("spaces") << with(card(), QStringLiteral("card_number"), QStringLiteral("4242 4242 4242 4242")) << "validation_failed" << "card_number";
        QTest::newRow("number as int") << with(card(), QStringLiteral("card_number"), 4242424242424242.0) << "validation_failed" << "card_number";
        QTest::newRow("expired") << with(card(), QStringLiteral("expiry_year"), 2020) << "validation_failed" << "expiry_year";
        QTest::newRow("month") << with(card(), QStringLiteral("expiry_month"), 0) << "validation_failed" << "expiry_month";
        QTest::newRow("no holder") << with(card(), QStringLiteral("holder_name"), QJsonValue::Undefined) << "validation_failed" << "holder_name";
        QTest::newRow("lowercase iban") << with(bank(), QStringLiteral("account_number"), QStringLiteral("de89370400440532013000")) << "validation_failed" << "account_number";
        QTest::newRow("long label") << with(bank(), QStringLiteral("label"), QString(201, u'x')) << "validation_failed" << "label";
        QTest::newRow("totp not string") << with(bank(), QStringLiteral("totp_code"), 123456) << "validation_failed" << "totp_code";
        QJsonObject wallet{{QStringLiteral("kind"), QStringLiteral("ewallet")}, {QStringLiteral("label"), QStringLiteral("W")},
                           {QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("provider"), QStringLiteral("Alipay")}};
        QTest::newRow("no handle") << wallet << "validation_failed" << "account_handle";
    }
    void rejectsBadInput()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const HttpReply reply = create(body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
    }
    void malformedBodies()
    {
        QCOMPARE(server().request("POST", QStringLiteral("/v1/funding/payout-destinations"), "[]", m_token).status, 400);
        QCOMPARE(server().request("POST", QStringLiteral("/v1/funding/payout-destinations"), "{", m_token).status, 400);
        QCOMPARE(server().request("POST", QStringLiteral("/v1/funding/payout-destinations"), "{}", m_token, {}, "text/plain").status, 415);
    }
    void totpStepUpWhenEnabled()
    {
        QVERIFY(server().execSql(QStringLiteral("UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled = 1 WHERE email = 'payout-other@example.com'")));
        QJsonObject body = bank();
        QCOMPARE(create(body, m_other).errorCode(), QStringLiteral("mfa_required"));
        body.insert(QStringLiteral("totp_code"), QStringLiteral("12345x"));
        QCOMPARE(create(body, m_other).status, 401);
        // Guessing is cut off: five wrong codes in the window, then 429 with Retry-After.
        body.insert(QStringLiteral("totp_code"), QStringLiteral("000001"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(create(body, m_other).errorCode(), QStringLiteral("invalid_mfa_code"));
        const HttpReply limited = create(body, m_other);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    }
    void deleteOwnOnly()
    {
        const QString id = server().get(QStringLiteral("/v1/funding/payout-destinations"), m_token).items().first().toObject().value(u"id").toString();
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/funding/payout-destinations/") + id, {}, m_other).status, 404);
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/funding/payout-destinations/") + id, {}, m_token).status, 204);
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/funding/payout-destinations/") + id, {}, m_token).status, 404);
        QCOMPARE(server().get(QStringLiteral("/v1/funding/payout-destinations"), m_token).items().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPayoutDestinationApi)
#include "tst_payoutdestinationapi.moc"
