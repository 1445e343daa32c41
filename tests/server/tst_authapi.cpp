#include "support/serverprocess.h"

#include <QJsonDocument>
#include <QTest>

using namespace okpay::test;

class TestAuthApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    ServerProcess &server() { return *m_server; }
    static QJsonObject registration(const QString &email)
    {
        return {{QStringLiteral("name"), QStringLiteral("Li Lei")},
                {QStringLiteral("email"), email},
                {QStringLiteral("phone"), QStringLiteral("+8613800138000")},
                {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}};
    }
    HttpReply login(const QString &email, const QString &password)
    {
        return server().post(QStringLiteral("/v1/auth/login"),
                             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(server().isRunning(), qPrintable(server().startError()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void healthzAnswers()
    {
        const HttpReply reply = server().get(QStringLiteral("/healthz"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status").toString(), QStringLiteral("ok"));
    }
    void unknownPathIsJson404()
    {
        const HttpReply reply = server().get(QStringLiteral("/v1/nothing-here"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    }
    void registerSignsInAndMailsAVerificationLink()
    {
        const HttpReply reply = server().post(QStringLiteral("/v1/auth/register"), registration(QStringLiteral("new@example.com")));
        QCOMPARE(reply.status, 201);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"status").toString(), QStringLiteral("authenticated"));
        QVERIFY(json.value(u"access_token").toString().size() >= 32);
        QCOMPARE(json.value(u"user").toObject().value(u"email_verified").toBool(), false);
        QVERIFY(!server().mailedToken(QStringLiteral("new@example.com")).isEmpty());
        QCOMPARE(reply.headers.value("x-content-type-options"), QByteArray("nosniff"));
    }
    void registerRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto body = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QJsonObject base = registration(QStringLiteral("bad@example.com"));
        QTest::newRow("malformed json") << QByteArray("{\"name\":") << 400 << "malformed_json" << "";
        QTest::newRow("array") << QByteArray("[1]") << 400 << "malformed_json" << "";
        QJsonObject noEmail = base;
        noEmail.remove(QStringLiteral("email"));
        QTest::newRow("missing email") << body(noEmail) << 422 << "validation_failed" << "email";
        QJsonObject weak = base;
        weak.insert(QStringLiteral("password"), QStringLiteral("password1234"));
        QTest::newRow("weak password") << body(weak) << 422 << "weak_password" << "password";
        QJsonObject noSpecial = base;
        noSpecial.insert(QStringLiteral("password"), QStringLiteral("vividTundra73oscillate"));
        QTest::newRow("no special character") << body(noSpecial) << 422 << "weak_password" << "password";
        QJsonObject badPhone = base;
        badPhone.insert(QStringLiteral("phone"), QStringLiteral("13800138000"));
        QTest::newRow("phone without country code") << body(badPhone) << 422 << "invalid_phone" << "phone";
        QJsonObject badEmail = base;
        badEmail.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
        QTest::newRow("bad email") << body(badEmail) << 422 << "invalid_email" << "email";
        QJsonObject wrongType = base;
        wrongType.insert(QStringLiteral("name"), 42);
        QTest::newRow("name is a number") << body(wrongType) << 422 << "validation_failed" << "name";
        QJsonObject longName = base;
        longName.insert(QStringLiteral("name"), QString(101, u'x'));
        QTest::newRow("name too long") << body(longName) << 422 << "validation_failed" << "name";
        QJsonObject badZone = base;
        badZone.insert(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus"));
        QTest::newRow("unknown timezone") << body(badZone) << 422 << "validation_failed" << "timezone";
        QTest::newRow("oversized body") << QByteArray(70 * 1024, ' ') << 413 << "payload_too_large" << "";
    }
    void registerRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/auth/register"), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json().value(u"error").toObject().value(u"field").toString(), field);
    }
    void registerNeedsJsonContentType()
    {
        const HttpReply reply = server().request("POST", QStringLiteral("/v1/auth/register"),
                                                 QJsonDocument(registration(QStringLiteral("ct@example.com"))).toJson(),
                                                 {}, {}, QByteArrayLiteral("text/plain"));
        QCOMPARE(reply.status, 415);
    }
    void duplicateEmailIsAConflict()
    {
        QVERIFY(!server().registerUser(QStringLiteral("dup@example.com")).isEmpty());
        const HttpReply again = server().post(QStringLiteral("/v1/auth/register"), registration(QStringLiteral("DUP@example.com")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("email_taken"));
    }
    void verificationLinkWorksOnce()
    {
        server().registerUser(QStringLiteral("verify@example.com"));
        const QString token = server().mailedToken(QStringLiteral("verify@example.com"));
        QCOMPARE(server().post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), token}}).status, 204);
        const HttpReply again = server().post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), token}});
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_token"));
        const HttpReply login = this->login(QStringLiteral("verify@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QCOMPARE(login.json().value(u"user").toObject().value(u"email_verified").toBool(), true);
    }
    void resendDoesNotRevealAccounts()
    {
        QCOMPARE(server().post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("email"), QStringLiteral("nobody@example.com")}}).status, 202);
    }
    void wrongPasswordAndUnknownEmailLookTheSame()
    {
        server().registerUser(QStringLiteral("login@example.com"));
        const HttpReply wrong = login(QStringLiteral("login@example.com"), QStringLiteral("nope"));
        const HttpReply unknown = login(QStringLiteral("ghost@example.com"), QStringLiteral("nope"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
    }
    void loginIsThrottledPerAccount()
    {
        server().registerUser(QStringLiteral("throttle@example.com"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(QStringLiteral("throttle@example.com"), QStringLiteral("wrong-%1").arg(i)).status, 401);
        const HttpReply blocked = login(QStringLiteral("throttle@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.headers.value("retry-after").toInt() > 0);
    }
    void loginIsThrottledPerAddressAcrossAccounts()
    {
        // Guessing across many accounts from one address is limited too (here 3 failures per window).
        ServerProcess strict(ServerProcess::Options{{}, R"({"auth": {"login_attempts_per_ip": 3, "login_attempts_per_account": 100}})", {}});
        QVERIFY2(strict.isRunning(), qPrintable(strict.startError()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(strict.post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("victim%1@example.com").arg(i)},
                                                                   {QStringLiteral("password"), QStringLiteral("guess")}}).status, 401);
        const HttpReply blocked = strict.post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("other@example.com")},
                                                                                {QStringLiteral("password"), QStringLiteral("guess")}});
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.headers.value("retry-after").toInt() > 0);
    }
    void refreshRotatesAndReuseEndsTheSession()
    {
        QString refresh;
        const QString access = server().registerUser(QStringLiteral("rotate@example.com"), nullptr, &refresh);
        const HttpReply first = server().post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(first.status, 200);
        const QString newRefresh = first.json().value(u"refresh_token").toString();
        const QString newAccess = first.json().value(u"access_token").toString();
        QVERIFY(newRefresh != refresh);
        // The old access token stopped working with the rotation.
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}, access).status, 401);
        // Replaying the rotated refresh token revokes the session: the new tokens die too.
        const HttpReply replay = server().post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("refresh_token_reused"));
        QCOMPARE(server().post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), newRefresh}}).status, 401);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}, newAccess).status, 401);
    }
    void garbageRefreshTokenIs401()
    {
        const HttpReply reply = server().post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), QString(40, u'x')}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_refresh_token"));
    }
    void logoutRevokesTheToken()
    {
        const QString access = server().registerUser(QStringLiteral("logout@example.com"));
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}, access).status, 204);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}, access).status, 401);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}, QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}).status, 401);
    }
    void passwordResetByEmail()
    {
        const QString access = server().registerUser(QStringLiteral("reset@example.com"));
        QCOMPARE(server().post(QStringLiteral("/v1/auth/password-reset"), {{QStringLiteral("email"), QStringLiteral("reset@example.com")}}).status, 202);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/password-reset"), {{QStringLiteral("email"), QStringLiteral("nobody@example.com")}}).status, 202);
        const QString token = server().mailedToken(QStringLiteral("reset@example.com"));
        const QString newPassword = QStringLiteral("amber-Glacier-58-whistle?");
        const HttpReply weak = server().post(QStringLiteral("/v1/auth/password-reset/confirm"),
                                             {{QStringLiteral("token"), token}, {QStringLiteral("new_password"), QStringLiteral("short")}});
        QCOMPARE(weak.status, 422);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/password-reset/confirm"),
                               {{QStringLiteral("token"), token}, {QStringLiteral("new_password"), newPassword}}).status, 204);
        QCOMPARE(server().post(QStringLiteral("/v1/auth/logout"), {}, access).status, 401);  // sessions ended
        QCOMPARE(login(QStringLiteral("reset@example.com"), newPassword).status, 200);
        QCOMPARE(login(QStringLiteral("reset@example.com"), QString::fromLatin1(ServerProcess::kPassword)).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
