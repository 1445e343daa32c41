#include "support/serverprocess.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace okpay::test;

namespace {
// The code Debian's oathtool computes for a Base32 secret, `offsetSecs` from now.
QString oathtool(const QString &secret, int offsetSecs = 0)
{
    QProcess p;
    const QString when = QDateTime::currentDateTimeUtc().addSecs(offsetSecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss UTC"));
    p.start(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("--now"), when, secret});
    p.waitForFinished(10000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}
const QString kPassword = QString::fromLatin1(ServerProcess::kPassword);
} // namespace

class TestSecurityApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    ServerProcess &server() { return *m_server; }
    HttpReply login(const QString &email, const QString &password = kPassword)
    {
        return server().post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }
    // Sets up TOTP and returns the secret; enables it with oathtool's current code.
    QString enableTotp(const QString &token, QJsonArray *recoveryCodes = nullptr)
    {
        const HttpReply setup = server().post(QStringLiteral("/v1/security/totp/setup"), {{QStringLiteral("current_password"), kPassword}}, token);
        if (setup.status != 200)
            return {};
        const QString secret = setup.json().value(u"secret").toString();
        const HttpReply enabled = server().post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), oathtool(secret)}}, token);
        if (enabled.status != 200)
            return {};
        if (recoveryCodes)
            *recoveryCodes = enabled.json().value(u"codes").toArray();
        return secret;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty())
            QFAIL("oathtool is missing (scripts/bootstrap installs it)");
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void setupHandsOutAScannableSecret()
    {
        const QString token = server().registerUser(QStringLiteral("setup@example.com"));
        const HttpReply wrong = server().post(QStringLiteral("/v1/security/totp/setup"), {{QStringLiteral("current_password"), QStringLiteral("nope")}}, token);
        QCOMPARE(wrong.status, 401);
        const HttpReply setup = server().post(QStringLiteral("/v1/security/totp/setup"), {{QStringLiteral("current_password"), kPassword}}, token);
        QCOMPARE(setup.status, 200);
        const QString secret = setup.json().value(u"secret").toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch());
        const QUrl uri(setup.json().value(u"otpauth_uri").toString());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(QUrlQuery(uri).queryItemValue(QStringLiteral("secret")), secret);
        const HttpReply badCode = server().post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), QStringLiteral("000000")}}, token);
        QCOMPARE(badCode.status, 422);
        QCOMPARE(badCode.errorCode(), QStringLiteral("invalid_mfa_code"));
    }
    void oathtoolCodeIsAcceptedOnceThenRefused()
    {
        const QString token = server().registerUser(QStringLiteral("oath@example.com"));
        QJsonArray codes;
        const QString secret = enableTotp(token, &codes);
        QVERIFY(!secret.isEmpty());
        QCOMPARE(codes.size(), 10);

        // Next step's code (inside the ±1 window): accepted once at login...
        const QString code = oathtool(secret, 30);
        const HttpReply challenge = login(QStringLiteral("oath@example.com"));
        QCOMPARE(challenge.status, 200);
        QCOMPARE(challenge.json().value(u"status").toString(), QStringLiteral("mfa_required"));
        const HttpReply first = server().post(QStringLiteral("/v1/auth/login/mfa"),
                                              {{QStringLiteral("mfa_token"), challenge.json().value(u"mfa_token").toString()},
                                               {QStringLiteral("totp_code"), code}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"status").toString(), QStringLiteral("authenticated"));
        // ...and refused the second time, even on a fresh challenge.
        const HttpReply again = login(QStringLiteral("oath@example.com"));
        const HttpReply second = server().post(QStringLiteral("/v1/auth/login/mfa"),
                                               {{QStringLiteral("mfa_token"), again.json().value(u"mfa_token").toString()},
                                                {QStringLiteral("totp_code"), code}});
        QCOMPARE(second.status, 401);
        QCOMPARE(second.errorCode(), QStringLiteral("invalid_mfa_code"));
        // The refusal is on the record.
        const HttpReply events = server().get(QStringLiteral("/v1/security/events"), first.json().value(u"access_token").toString());
        QVERIFY(events.body.contains("mfa_failed"));
        QVERIFY(events.body.contains("totp_enabled"));
    }
    void recoveryCodeWorksOnce()
    {
        const QString token = server().registerUser(QStringLiteral("recovery@example.com"));
        QJsonArray codes;
        QVERIFY(!enableTotp(token, &codes).isEmpty());
        const QString code = codes.at(0).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$")).match(code).hasMatch());
        auto useCode = [&] {
            const HttpReply challenge = login(QStringLiteral("recovery@example.com"));
            return server().post(QStringLiteral("/v1/auth/login/mfa"), {{QStringLiteral("mfa_token"), challenge.json().value(u"mfa_token").toString()},
                                                                        {QStringLiteral("recovery_code"), code.toUpper()}});
        };
        QCOMPARE(useCode().status, 200);
        QCOMPARE(useCode().status, 401);
        const HttpReply status = server().get(QStringLiteral("/v1/security/recovery-codes"), token);
        QCOMPARE(status.json().value(u"remaining").toInt(), 9);
        QCOMPARE(status.json().value(u"enabled").toBool(), true);
    }
    void passwordResetNeedsTheSecondFactorWhenOn()
    {
        const QString email = QStringLiteral("reset2fa@example.com");
        const QString token = server().registerUser(email);
        QJsonArray codes;
        QVERIFY(!enableTotp(token, &codes).isEmpty());
        QCOMPARE(server().post(QStringLiteral("/v1/auth/password-reset"), {{QStringLiteral("email"), email}}).status, 202);
        const QString resetToken = server().mailedToken(email);
        const QString newPassword = QStringLiteral("amber-Glacier-58-whistle?");
        const auto confirm = [&](const QJsonObject &extra) {
            QJsonObject body{{QStringLiteral("token"), resetToken}, {QStringLiteral("new_password"), newPassword}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return server().post(QStringLiteral("/v1/auth/password-reset/confirm"), body);
        };
        const HttpReply missing = confirm({});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorCode(), QStringLiteral("mfa_required"));
        const HttpReply wrong = confirm({{QStringLiteral("totp_code"), QStringLiteral("000000")}});
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_mfa_code"));
        QCOMPARE(wrong.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("totp_code"));
        QCOMPARE(confirm({{QStringLiteral("recovery_code"), QStringLiteral("zzzz-zzzz-zzzz")}}).errorCode(), QStringLiteral("invalid_mfa_code"));
        QCOMPARE(confirm({{QStringLiteral("totp_code"), 123456}}).status, 422);  // hostile type
        // Wrong codes did not use up the emailed token: a recovery code completes the reset.
        QCOMPARE(confirm({{QStringLiteral("recovery_code"), codes.at(0).toString()}}).status, 204);
        QCOMPARE(login(email, newPassword).status, 200);
        QCOMPARE(confirm({{QStringLiteral("recovery_code"), codes.at(1).toString()}}).errorCode(), QStringLiteral("invalid_token"));
    }
    void mfaChallengeDiesAfterFiveWrongCodes()
    {
        const QString token = server().registerUser(QStringLiteral("guess@example.com"));
        const QString secret = enableTotp(token);
        const HttpReply challenge = login(QStringLiteral("guess@example.com"));
        const QString mfa = challenge.json().value(u"mfa_token").toString();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(server().post(QStringLiteral("/v1/auth/login/mfa"), {{QStringLiteral("mfa_token"), mfa}, {QStringLiteral("totp_code"), QStringLiteral("00000%1").arg(i)}}).status, 401);
        const HttpReply dead = server().post(QStringLiteral("/v1/auth/login/mfa"), {{QStringLiteral("mfa_token"), mfa}, {QStringLiteral("totp_code"), oathtool(secret, 30)}});
        QCOMPARE(dead.errorCode(), QStringLiteral("mfa_token_expired"));
    }
    void mfaRejectsMalformedRequests()
    {
        QCOMPARE(server().post(QStringLiteral("/v1/auth/login/mfa"), {{QStringLiteral("mfa_token"), QString(40, u'a')}}).status, 422);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/login/mfa"), {{QStringLiteral("mfa_token"), QString(40, u'a')}, {QStringLiteral("totp_code"), QStringLiteral("123456")}}).status, 401);
        QCOMPARE(server().request("POST", QStringLiteral("/v1/auth/login/mfa"), "{").status, 400);
    }
    void disableNeedsThePasswordAndACode()
    {
        const QString token = server().registerUser(QStringLiteral("disable@example.com"));
        QJsonArray codes;
        const QString secret = enableTotp(token, &codes);
        const auto disable = [&](const QJsonObject &body) { return server().post(QStringLiteral("/v1/security/totp/disable"), body, token); };
        const QString password = kPassword;
        // The password alone, or a code alone, is not enough.
        QCOMPARE(disable({{QStringLiteral("current_password"), password}}).status, 422);
        QCOMPARE(disable({{QStringLiteral("totp_code"), oathtool(secret, 30)}}).status, 422);
        QCOMPARE(disable({{QStringLiteral("current_password"), password}, {QStringLiteral("totp_code"), QStringLiteral("111111")},
                          {QStringLiteral("recovery_code"), codes.at(0).toString()}}).status, 422);  // not both
        const HttpReply wrongPassword = disable({{QStringLiteral("current_password"), QStringLiteral("not-the-password")},
                                                 {QStringLiteral("totp_code"), oathtool(secret, 30)}});
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(wrongPassword.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("current_password"));
        const HttpReply wrongCode = disable({{QStringLiteral("current_password"), password}, {QStringLiteral("totp_code"), QStringLiteral("111111")}});
        QCOMPARE(wrongCode.status, 422);
        QCOMPARE(wrongCode.errorCode(), QStringLiteral("invalid_mfa_code"));
        const HttpReply wrongRecovery = disable({{QStringLiteral("current_password"), password}, {QStringLiteral("recovery_code"), QStringLiteral("zzzz-zzzz-zzzz")}});
        QCOMPARE(wrongRecovery.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("recovery_code"));
        // A lost phone: the password and a recovery code.
        QCOMPARE(disable({{QStringLiteral("current_password"), password}, {QStringLiteral("recovery_code"), codes.at(0).toString()}}).status, 204);
        QCOMPARE(disable({{QStringLiteral("current_password"), password}, {QStringLiteral("totp_code"), oathtool(secret)}}).errorCode(),
                 QStringLiteral("totp_not_enabled"));
        QCOMPARE(login(QStringLiteral("disable@example.com")).json().value(u"status").toString(), QStringLiteral("authenticated"));
    }
    void changePasswordEndsOtherSessions()
    {
        const QString first = server().registerUser(QStringLiteral("change@example.com"));
        const QString second = login(QStringLiteral("change@example.com")).json().value(u"access_token").toString();
        const QString next = QStringLiteral("copper-Lantern-91-meadow#");
        QCOMPARE(server().post(QStringLiteral("/v1/security/password"), {{QStringLiteral("current_password"), QStringLiteral("wrong")}, {QStringLiteral("new_password"), next}}, first).status, 401);
        QCOMPARE(server().post(QStringLiteral("/v1/security/password"), {{QStringLiteral("current_password"), kPassword}, {QStringLiteral("new_password"), QStringLiteral("abc")}}, first).errorCode(), QStringLiteral("weak_password"));
        QCOMPARE(server().post(QStringLiteral("/v1/security/password"), {{QStringLiteral("current_password"), kPassword}, {QStringLiteral("new_password"), next}}, first).status, 204);
        QCOMPARE(server().get(QStringLiteral("/v1/security/sessions"), second).status, 401);
        QCOMPARE(server().get(QStringLiteral("/v1/security/sessions"), first).status, 200);
        QCOMPARE(login(QStringLiteral("change@example.com"), next).status, 200);
    }
    void sessionsListAndRevoke()
    {
        QString userId;
        const QString a = server().registerUser(QStringLiteral("sessions@example.com"), &userId);
        const QString b = login(QStringLiteral("sessions@example.com")).json().value(u"access_token").toString();
        const HttpReply list = server().get(QStringLiteral("/v1/security/sessions"), a);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.items().size(), 2);
        QString other;
        int current = 0;
        for (const auto &item : list.items()) {
            current += item.toObject().value(u"current").toBool() ? 1 : 0;
            if (!item.toObject().value(u"current").toBool())
                other = item.toObject().value(u"id").toString();
        }
        QCOMPARE(current, 1);
        // Someone else's session id is not found, not revoked.
        const QString stranger = server().registerUser(QStringLiteral("stranger@example.com"));
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/security/sessions/") + other, {}, stranger).status, 404);
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/security/sessions/") + other, {}, a).status, 204);
        QCOMPARE(server().get(QStringLiteral("/v1/security/sessions"), b).status, 401);
        QCOMPARE(server().request("DELETE", QStringLiteral("/v1/security/sessions/bad%20id"), {}, a).status, 404);
        const HttpReply revokeAll = server().request("DELETE", QStringLiteral("/v1/security/sessions"), {}, a);
        QCOMPARE(revokeAll.status, 200);
        QCOMPARE(revokeAll.json().value(u"revoked").toInt(), 0);
    }
    void eventsArePagedNewestFirst()
    {
        const QString token = server().registerUser(QStringLiteral("events@example.com"));
        for (int i = 0; i < 3; ++i)
            login(QStringLiteral("events@example.com"), QStringLiteral("wrong"));
        const HttpReply page1 = server().get(QStringLiteral("/v1/security/events?limit=2"), token);
        QCOMPARE(page1.status, 200);
        QCOMPARE(page1.items().size(), 2);
        QCOMPARE(page1.items().at(0).toObject().value(u"device_name").toString(), QStringLiteral("Unknown device"));  // what login was told
        const QString cursor = page1.json().value(u"next_cursor").toString();
        QVERIFY(!cursor.isEmpty());
        const HttpReply page2 = server().get(QStringLiteral("/v1/security/events?limit=2&cursor=") + cursor, token);
        QCOMPARE(page2.items().size(), 2);
        QVERIFY(page2.items().at(0).toObject().value(u"id") != page1.items().at(1).toObject().value(u"id"));
        QCOMPARE(server().get(QStringLiteral("/v1/security/events?limit=0"), token).status, 400);
        QCOMPARE(server().get(QStringLiteral("/v1/security/events?limit=abc"), token).status, 400);
        QCOMPARE(server().get(QStringLiteral("/v1/security/events?cursor=%%%"), token).status, 400);
    }
    void profileReadAndUpdate()
    {
        const QString token = server().registerUser(QStringLiteral("profile@example.com"));
        QCOMPARE(server().get(QStringLiteral("/v1/account/profile"), token).json().value(u"email").toString(), QStringLiteral("profile@example.com"));
        const HttpReply renamed = server().request("PATCH", QStringLiteral("/v1/account/profile"), R"({"name":"韩梅梅","locale":"zh_CN","timezone":"Asia/Shanghai"})", token);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value(u"name").toString(), QStringLiteral("韩梅梅"));
        QCOMPARE(renamed.json().value(u"locale").toString(), QStringLiteral("zh_CN"));
        QCOMPARE(server().request("PATCH", QStringLiteral("/v1/account/profile"), R"({"email":"new-profile@example.com"})", token).status, 422);
        QCOMPARE(server().request("PATCH", QStringLiteral("/v1/account/profile"), R"({"role":"agent"})", token).status, 422);
        QCOMPARE(server().request("PATCH", QStringLiteral("/v1/account/profile"), R"({})", token).status, 422);
        QCOMPARE(server().request("PATCH", QStringLiteral("/v1/account/profile"), R"({"timezone":"Nowhere/Land"})", token).status, 422);
        const HttpReply moved = server().request("PATCH", QStringLiteral("/v1/account/profile"),
                                                 QByteArray(R"({"email":"new-profile@example.com","current_password":")") + ServerProcess::kPassword + "\"}", token);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(u"email_verified").toBool(), false);
        QCOMPARE(server().get(QStringLiteral("/v1/account/profile")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSecurityApi)
#include "tst_securityapi.moc"
