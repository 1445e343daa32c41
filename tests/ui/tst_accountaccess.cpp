// Opening a wallet and getting back into one, against a real okpay-server --demo: sign-up with its field checks,
// the email confirmation, sign-in with two-factor and "remember me", and a forgotten password with two-factor on.
#include "demoserverfixture.h"

using namespace okpay;
using namespace okpay::test;

class TestAccountAccess : public QObject, public DemoServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startDemoServer(); }
    void cleanupTestCase() { m_server.reset(); }

    void signUpConfirmEmailThenSignInWithTwoFactor()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        auto w = makeWallet(QStringLiteral("signup"));
        const auto child = [&](const char *name) { return w->window->findChild<QWidget *>(QString::fromLatin1(name)); };
        const auto edit = [&](const char *name) { return w->window->findChild<QLineEdit *>(QString::fromLatin1(name)); };
        const auto error = [&](const char *name) { return w->window->findChild<QLabel *>(QString::fromLatin1(name)); };
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("signInCreateAccount")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return child("signUpPage")->isVisible(); }, 5000));
        auto *create = w->window->findChild<QPushButton *>(QStringLiteral("signUpButton"));

        // Checked before anything is sent: every field says what is wrong.
        edit("signUpPhone")->setText(QStringLiteral("12345"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(error("signUpNameError")->text(), QStringLiteral("Enter your name as on your identity document."));
        QCOMPARE(error("signUpEmailError")->text(), QStringLiteral("Enter a valid email address."));
        QVERIFY(error("signUpPhoneError")->text().contains(QStringLiteral("country code")));
        QVERIFY(!error("signUpPasswordError")->text().isEmpty());
        QVERIFY(!error("signUpTermsError")->text().isEmpty());
        QCOMPARE(w->session->state(), SessionService::State::SignedOut);

        const QString password = QStringLiteral("harbor-Quartz-62-violet!");
        auto *form = child("signUpPage");
        QTest::keyClicks(edit("signUpName"), QStringLiteral("Ada Signup"));
        QVERIFY(error("signUpNameError")->text().isEmpty());  // the error went away with the edit
        edit("signUpEmail")->setText(QStringLiteral("demo@okpay.test"));  // taken: the server's answer lands on the email field
        edit("signUpPhone")->setText(QStringLiteral("+44 (20) 7946-0958"));
        form->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(password);
        form->findChild<QLineEdit *>(QStringLiteral("newPasswordConfirm"))->setText(password);
        w->window->findChild<QCheckBox *>(QStringLiteral("signUpTerms"))->setChecked(true);
        saveScreenshot(*w->window, QStringLiteral("signup_en"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !error("signUpEmailError")->text().isEmpty(); }, 20000));
        QVERIFY2(error("signUpEmailError")->text().startsWith(QStringLiteral("An account with this email address already exists")),
                 qPrintable(error("signUpEmailError")->text()));
        QVERIFY(error("signUpPhoneError")->text().isEmpty());

        const QString email = QStringLiteral("newcomer@example.com");
        edit("signUpEmail")->setText(email);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return child("verifyEmailPage")->isVisible(); }, 20000));
        QVERIFY(error("verifyEmailSentTo")->text().contains(email));
        QVERIFY(!w->window->findChild<QPushButton *>(QStringLiteral("verifyEmailResend"))->isEnabled());  // cooldown
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("newPassword"))->text().isEmpty());  // not kept
        saveScreenshot(*w->window, QStringLiteral("verify_email_en"));

        edit("verifyEmailCode")->setText(QStringLiteral("https://okpay.example/verify-email?token=wrong"));
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("verifyEmailButton")), Qt::LeftButton);
        QVERIFY(error("verifyEmailError")->text().startsWith(QStringLiteral("Paste the code")));
        edit("verifyEmailCode")->setText(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAA"));
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("verifyEmailButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return error("verifyEmailError")->text().startsWith(QStringLiteral("This code is wrong")); }, 20000));
        // The whole link pasted from the email works.
        edit("verifyEmailCode")->setText(QStringLiteral("  https://okpay.example/verify-email?token=") + m_server->mailedToken(email) + u' ');
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("verifyEmailButton")), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return child("balancePage") && child("balancePage")->isVisible(); }, 20000),
                 qPrintable(error("verifyEmailError")->text()));
        QVERIFY(w->session->emailVerified());
        QCOMPARE(m_server->get(QStringLiteral("/v1/account/profile"), w->session->accessToken()).json().value(u"email_verified").toBool(), true);

        // Two-factor on (through the API; the Security tab's setup has its own test), then sign out and back in.
        const HttpReply setup = m_server->post(QStringLiteral("/v1/security/totp/setup"), {{QStringLiteral("current_password"), password}},
                                               w->session->accessToken());
        QVERIFY2(setup.status == 200, qPrintable(m_server->logTail(600)));
        const Totp totp(Totp::Params{*Base32::decode(setup.json().value(u"secret").toString()), 6, 30, OtpAlgorithm::Sha1});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(m_server->post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), *totp.codeAt(now)}},
                                w->session->accessToken()).status, 200);
        w->window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return child("signInPage")->isVisible(); }, 5000));
        w->window->findChild<QCheckBox *>(QStringLiteral("signInRemember"))->setChecked(false);
        signIn(*w, email, password);
        QVERIFY(QTest::qWaitFor([&] { return edit("signInCode")->isVisible(); }, 20000));
        saveScreenshot(*w->window, QStringLiteral("signin_2fa_en"));
        edit("signInCode")->setText(*totp.codeAt(now.addSecs(30)));  // the enabling code's step is used up
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("signInVerifyButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return child("balancePage")->isVisible(); }, 20000));
        QVERIFY(w->session->secondFactorOn());
        // "Remember me" off: nothing in the keychain, no remembered user.
        QTest::qWait(200);
        QVERIFY(w->keychain.secrets.isEmpty());
        QVERIFY(w->settings->lastUser().isEmpty());
    }
    void forgotPasswordWithTwoFactor()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        const QString email = QStringLiteral("forgetful@example.com");
        const QString token = m_server->registerVerifiedUser(email);
        const HttpReply setup = m_server->post(QStringLiteral("/v1/security/totp/setup"),
                                               {{QStringLiteral("current_password"), QString::fromLatin1(ServerProcess::kPassword)}}, token);
        const Totp totp(Totp::Params{*Base32::decode(setup.json().value(u"secret").toString()), 6, 30, OtpAlgorithm::Sha1});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(m_server->post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), *totp.codeAt(now)}}, token).status, 200);

        auto w = makeWallet(QStringLiteral("forgot"));
        const auto edit = [&](const char *name) { return w->window->findChild<QLineEdit *>(QString::fromLatin1(name)); };
        const auto label = [&](const char *name) { return w->window->findChild<QLabel *>(QString::fromLatin1(name)); };
        edit("signInEmail")->setText(email);
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("signInForgotPassword")), Qt::LeftButton);
        QCOMPARE(edit("resetEmail")->text(), email);  // carried over from the sign-in form
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("resetSendButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return edit("resetCode")->isVisible(); }, 20000));
        auto *page = w->window->findChild<QWidget *>(QStringLiteral("passwordResetPage"));
        const QString password = QStringLiteral("orchid-Meteor-47-canyon?");
        edit("resetCode")->setText(m_server->mailedToken(email));
        page->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(password);
        page->findChild<QLineEdit *>(QStringLiteral("newPasswordConfirm"))->setText(password);
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("resetConfirmButton")), Qt::LeftButton);
        // Two-factor is on: the server asks for the code, on its field; the emailed code stays usable.
        QVERIFY(QTest::qWaitFor([&] { return !label("resetSecondFactorError")->text().isEmpty(); }, 20000));
        QCOMPARE(label("resetSecondFactorError")->text(), QStringLiteral("Enter the code from your authenticator app, or a recovery code."));
        saveScreenshot(*w->window, QStringLiteral("password_reset_en"));
        edit("resetSecondFactor")->setText(*totp.codeAt(now.addSecs(30)));
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("resetConfirmButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return w->window->findChild<QWidget *>(QStringLiteral("signInPage"))->isVisible(); }, 20000));
        QVERIFY(label("signInInfo")->text().startsWith(QStringLiteral("Your password was changed")));
        QCOMPARE(m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}).status, 200);
    }
};

QTEST_MAIN(TestAccountAccess)
#include "tst_accountaccess.moc"
