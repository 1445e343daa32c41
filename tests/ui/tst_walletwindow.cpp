// Drives the wallet window (widgets found by objectName) against a real okpay-server --demo: signing in with a
// wrong and the right password, the balance cards and history from the synced cache, the history filters, and
// screenshots of it in English and Chinese.
#include "api/apiclient.h"
#include "core/base32.h"
#include "core/totp.h"
#include "services/accountrecoveryservice.h"
#include "services/activeaccount.h"
#include "services/syncengine.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "support/inmemorycredentialstore.h"
#include "support/screenshot.h"
#include "support/serverprocess.h"
#include "walletharness.h"
#include "ui/balance/balancechart.h"
#include "ui/dialogs/kycdocumentdialog.h"
#include "services/supportservice.h"
#include "ui/help/helppage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/security/idlelock.h"
#include "ui/security/recoverycodespanel.h"
#include "ui/security/securityeventmodel.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>

#include <QApplication>
#include <QAction>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QUrlQuery>
#include <QUuid>
#include <QJsonArray>
#include <QDialog>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QImage>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

class TestWalletWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_password;
    QTemporaryDir m_dir;

    using Wallet = TestWallet;
    std::unique_ptr<Wallet> makeWallet(const QString &name) { return std::make_unique<Wallet>(m_server->baseUrl(), m_dir, name); }
    static void signIn(Wallet &w, const QString &email, const QString &password) { w.signIn(email, password); }
    static QTableView *history(Wallet &w) { return w.window->findChild<QTableView *>(QStringLiteral("historyTable")); }

    // Turns two-factor on through the API (code of the previous step, so the next two steps stay usable).
    Totp enableTwoFactor(const QString &token, QStringList *recoveryCodes = nullptr)
    {
        const HttpReply setup = m_server->post(QStringLiteral("/v1/security/totp/setup"),
                                               {{QStringLiteral("current_password"), QString::fromLatin1(ServerProcess::kPassword)}}, token);
        const Totp totp(Totp::Params{*Base32::decode(setup.json().value(u"secret").toString()), 6, 30, OtpAlgorithm::Sha1});
        const HttpReply enabled = m_server->post(QStringLiteral("/v1/security/totp/enable"),
                                                 {{QStringLiteral("totp_code"), *totp.codeAt(QDateTime::currentDateTimeUtc())}}, token);
        if (recoveryCodes)
            for (const QJsonValue &v : enabled.json().value(u"codes").toArray())
                *recoveryCodes << v.toString();
        return totp;
    }
    // The HTTP status of signing in with the password and then a recovery code.
    int signInWithRecoveryCode(const QString &email, const QString &code)
    {
        const HttpReply login = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), email},
                                                                                {QStringLiteral("password"), QString::fromLatin1(ServerProcess::kPassword)}});
        return m_server->post(QStringLiteral("/v1/auth/login/mfa"), {{QStringLiteral("mfa_token"), login.json().value(u"mfa_token").toString()},
                                                                   {QStringLiteral("recovery_code"), code}}).status;
    }
    // Signs in and shows the Top-up (page 0) or Withdraw (page 1) tab with the method chosen.
    static void openFundingPage(Wallet &w, const QString &email, int page, const QString &methodId)
    {
        w.signIn(email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w.session->state() == SessionService::State::SignedIn && w.find(QStringLiteral("moneyPages")); }, 30000));
        w.find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        w.find<QTabWidget>(QStringLiteral("moneyPages"))->setCurrentIndex(page);
        auto *methods = w.find<QListWidget>(page == 0 ? QStringLiteral("topUpMethods") : QStringLiteral("withdrawMethods"));
        QVERIFY(QTest::qWaitFor([&] { return methods && methods->count() == 3; }, 20000));
        for (int i = 0; i < methods->count(); ++i)
            if (methods->item(i)->data(Qt::UserRole).toString() == methodId)
                methods->setCurrentRow(i);
        QCOMPARE(methods->currentItem()->data(Qt::UserRole).toString(), methodId);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        const auto match = QRegularExpression(QStringLiteral("password: (\\S+)")).match(m_server->startupOutput());
        QVERIFY(match.hasMatch());
        m_password = match.captured(1);
    }
    void cleanupTestCase() { m_server.reset(); }

    void wrongPasswordShowsAnErrorOnTheForm()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        auto w = makeWallet(QStringLiteral("wrong"));
        signIn(*w, QStringLiteral("demo@okpay.test"), QStringLiteral("not the password"));
        auto *error = w->window->findChild<QLabel *>(QStringLiteral("signInError"));
        QVERIFY(QTest::qWaitFor([&] { return !error->text().isEmpty(); }, 20000));
        QCOMPARE(error->text(), QStringLiteral("The email address or password is not correct."));
        saveScreenshot(*w->window, QStringLiteral("signin_error_en"));
    }
    void topUpByCardWithCountdownConfirmation()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto w = makeWallet(QStringLiteral("topup"));
        signIn(*w, QStringLiteral("demo@okpay.test"), m_password);
        QVERIFY2(QTest::qWaitFor([&] { return history(*w) && history(*w)->isVisible(); }, 30000),
                 qPrintable(w->window->findChild<QLabel *>(QStringLiteral("signInError"))->text()));
        w->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        auto *methods = w->window->findChild<QListWidget *>(QStringLiteral("topUpMethods"));
        QVERIFY(QTest::qWaitFor([&] { return methods && methods->count() == 3; }, 20000));
        for (int i = 0; i < methods->count(); ++i)
            if (methods->item(i)->data(Qt::UserRole).toString() == u"topup_credit_card")
                methods->setCurrentRow(i);
        auto *amount = w->window->findChild<QLineEdit *>(QStringLiteral("topUpAmount"));
        auto *amountError = w->window->findChild<QLabel *>(QStringLiteral("topUpAmountError"));
        amount->setText(QStringLiteral("1.005"));
        QCOMPARE(amountError->text(), QStringLiteral("USD has at most 2 decimal places."));
        amount->setText(QStringLiteral("100.00"));
        QVERIFY(amountError->text().isEmpty());
        auto *quote = w->window->findChild<QLabel *>(QStringLiteral("topUpQuote"));
        QVERIFY(QTest::qWaitFor([&] { return quote->text().contains(QStringLiteral("Fee $3.20")); }, 20000));
        w->window->findChild<QLineEdit *>(QStringLiteral("topUpCardNumber"))->setText(QStringLiteral("4242 4242 4242 4242"));
        w->window->findChild<QLineEdit *>(QStringLiteral("topUpCardCvv"))->setText(QStringLiteral("123"));
        w->window->findChild<QSpinBox *>(QStringLiteral("topUpCardExpiryMonth"))->setValue(12);
        w->window->findChild<QSpinBox *>(QStringLiteral("topUpCardExpiryYear"))->setValue(QDate::currentDate().year() + 2);
        saveScreenshot(*w->window, QStringLiteral("topup_en"));

        bool confirmWasLocked = false;
        QTimer::singleShot(500, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            confirmWasLocked = !confirm->isEnabled();  // the countdown is running
            saveScreenshot(*dialog, QStringLiteral("topup_confirm_en"));
            QTimer::singleShot(3000, dialog, [confirm] { QTest::mouseClick(confirm, Qt::LeftButton); });
        });
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("topUpSubmit")), Qt::LeftButton);
        QVERIFY(confirmWasLocked);
        auto *result = w->window->findChild<QLabel *>(QStringLiteral("topUpResult"));
        QVERIFY2(QTest::qWaitFor([&] { return result->text().startsWith(QStringLiteral("Done")); }, 20000), qPrintable(result->text()));
        QVERIFY(w->window->findChild<QLineEdit *>(QStringLiteral("topUpCardNumber"))->text().isEmpty());  // card not kept
        saveScreenshot(*w->window, QStringLiteral("topup_done_en"));
    }
    void withdrawToASavedEwallet()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Test setup through the API: a saved e-wallet to send to.
        const QString apiToken = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("demo@okpay.test")},
                                                                                 {QStringLiteral("password"), m_password}}).json().value(u"access_token").toString();
        QCOMPARE(m_server->post(QStringLiteral("/v1/funding/payout-destinations"),
                                {{QStringLiteral("kind"), QStringLiteral("ewallet")}, {QStringLiteral("label"), QStringLiteral("My PayPal")},
                                 {QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("provider"), QStringLiteral("PayPal")},
                                 {QStringLiteral("account_handle"), QStringLiteral("demo@paypal.example")}}, apiToken).status, 201);
        auto w = makeWallet(QStringLiteral("withdraw"));
        signIn(*w, QStringLiteral("demo@okpay.test"), m_password);
        QVERIFY(QTest::qWaitFor([&] { return history(*w) && history(*w)->isVisible(); }, 30000));
        w->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        w->window->findChild<QTabWidget *>(QStringLiteral("moneyPages"))->setCurrentIndex(1);
        auto *methods = w->window->findChild<QListWidget *>(QStringLiteral("withdrawMethods"));
        QVERIFY(QTest::qWaitFor([&] { return methods && methods->count() == 3; }, 20000));
        for (int i = 0; i < methods->count(); ++i)
            if (methods->item(i)->data(Qt::UserRole).toString() == u"withdraw_ewallet")
                methods->setCurrentRow(i);
        auto *destination = w->window->findChild<QComboBox *>(QStringLiteral("withdrawDestination"));
        QVERIFY2(QTest::qWaitFor([&] { return destination->currentText().contains(QStringLiteral("My PayPal")); }, 20000),
                 qPrintable(destination->currentText() + QStringLiteral(" / method row ") + QString::number(methods->currentRow())));
        w->window->findChild<QLineEdit *>(QStringLiteral("withdrawAmount"))->setText(QStringLiteral("10.00"));
        auto *quote = w->window->findChild<QLabel *>(QStringLiteral("withdrawQuote"));
        QVERIFY(QTest::qWaitFor([&] { return quote->text().startsWith(QStringLiteral("Fee")); }, 20000));
        saveScreenshot(*w->window, QStringLiteral("withdraw_en"));
        QTimer::singleShot(3500, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog)
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        });
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("withdrawSubmit")), Qt::LeftButton);
        auto *result = w->window->findChild<QLabel *>(QStringLiteral("withdrawResult"));
        QVERIFY2(QTest::qWaitFor([&] { return result->text().startsWith(QStringLiteral("Done")); }, 20000), qPrintable(result->text()));
    }
    void withdrawWithTwoFactorAndADoubleClickMovesMoneyOnce()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Setup through the API: a user with money (a card top-up), a saved e-wallet, and two-factor on.
        const QString email = QStringLiteral("withdraw2fa@example.com");
        const QString token = m_server->registerVerifiedUser(email);
        const QString quoteId = m_server->post(QStringLiteral("/v1/funding/quotes"),
                                               {{QStringLiteral("method_id"), QStringLiteral("topup_debit_card")},
                                                {QStringLiteral("amount"), QJsonObject{{QStringLiteral("amount"), 10000}, {QStringLiteral("currency"), QStringLiteral("USD")}}}},
                                               token).json().value(u"quote_id").toString();
        QCOMPARE(m_server->post(QStringLiteral("/v1/funding/topups"),
                                {{QStringLiteral("quote_id"), quoteId},
                                 {QStringLiteral("card"), QJsonObject{{QStringLiteral("number"), QStringLiteral("4242424242424242")}, {QStringLiteral("expiry_month"), 12},
                                                                      {QStringLiteral("expiry_year"), QDate::currentDate().year() + 2}, {QStringLiteral("cvv"), QStringLiteral("123")}}}},
                                token, {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}}).status, 201);
        QCOMPARE(m_server->post(QStringLiteral("/v1/funding/payout-destinations"),
                                {{QStringLiteral("kind"), QStringLiteral("ewallet")}, {QStringLiteral("label"), QStringLiteral("Savings wallet")},
                                 {QStringLiteral("currency"), QStringLiteral("USD")}, {QStringLiteral("provider"), QStringLiteral("PayPal")},
                                 {QStringLiteral("account_handle"), QStringLiteral("me@paypal.example")}}, token).status, 201);
        const HttpReply setup = m_server->post(QStringLiteral("/v1/security/totp/setup"),
                                               {{QStringLiteral("current_password"), QString::fromLatin1(ServerProcess::kPassword)}}, token);
        const Totp totp(Totp::Params{*Base32::decode(setup.json().value(u"secret").toString()), 6, 30, OtpAlgorithm::Sha1});
        // Each code is used once, so each step is later than the one before: -30 s, now, +30 s.
        const auto code = [&](int offsetSecs) { return *totp.codeAt(QDateTime::currentDateTimeUtc().addSecs(offsetSecs)); };
        QCOMPARE(m_server->post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), code(-30)}}, token).status, 200);

        auto w = makeWallet(QStringLiteral("withdraw2fa"));
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->find(QStringLiteral("signInCode"))->isVisible(); }, 20000));
        w->find<QLineEdit>(QStringLiteral("signInCode"))->setText(code(0));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("signInVerifyButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return w->find(QStringLiteral("balancePage"))->isVisible(); }, 20000));
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        w->find<QTabWidget>(QStringLiteral("moneyPages"))->setCurrentIndex(1);
        auto *methods = w->find<QListWidget>(QStringLiteral("withdrawMethods"));
        QVERIFY(QTest::qWaitFor([&] { return methods && methods->count() == 3; }, 20000));
        for (int i = 0; i < methods->count(); ++i)
            if (methods->item(i)->data(Qt::UserRole).toString() == u"withdraw_ewallet")
                methods->setCurrentRow(i);
        auto *destination = w->find<QComboBox>(QStringLiteral("withdrawDestination"));
        QVERIFY(QTest::qWaitFor([&] { return destination->currentText().contains(QStringLiteral("Savings wallet")); }, 20000));
        w->find<QLineEdit>(QStringLiteral("withdrawAmount"))->setText(QStringLiteral("25.00"));
        auto *quote = w->find<QLabel>(QStringLiteral("withdrawQuote"));
        QVERIFY(QTest::qWaitFor([&] { return quote->text().startsWith(QStringLiteral("Fee")); }, 20000));
        auto *totpField = w->find<QLineEdit>(QStringLiteral("withdrawTotp"));
        QVERIFY(totpField->isVisible());  // two-factor is on: the code is asked for
        auto *result = w->find<QLabel>(QStringLiteral("withdrawResult"));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("withdrawSubmit")), Qt::LeftButton);
        QCOMPARE(result->text(), QStringLiteral("Enter the code from your authenticator app."));
        totpField->setText(code(30));

        bool lockedAtFirst = false;
        QTimer::singleShot(300, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            lockedAtFirst = !confirm->isEnabled();
            saveScreenshot(*dialog, QStringLiteral("withdraw_confirm_en"));
            QTimer::singleShot(3200, dialog, [confirm] {  // an impatient double click
                QTest::mouseClick(confirm, Qt::LeftButton);
                QTest::mouseClick(confirm, Qt::LeftButton);
            });
        });
        auto *submit = w->find<QPushButton>(QStringLiteral("withdrawSubmit"));
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY2(lockedAtFirst, qPrintable(result->text()));
        QVERIFY(!submit->isEnabled());  // a further click while the first is on its way does nothing
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return result->text().startsWith(QStringLiteral("Done")); }, 20000), qPrintable(result->text()));
        QTest::qWait(500);  // anything sent twice would have arrived by now
        const QJsonArray withdrawals = m_server->get(QStringLiteral("/v1/funding/withdrawals"), token).json().value(u"items").toArray();
        QCOMPARE(withdrawals.size(), 1);
        QCOMPARE(withdrawals.at(0).toObject().value(u"amount").toObject().value(u"amount").toInteger(), 2500);
    }
    void turnOnTwoFactorWithTheQrCode()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        m_server->registerVerifiedUser(QStringLiteral("secure@example.com"));
        auto w = makeWallet(QStringLiteral("security"));
        signIn(*w, QStringLiteral("secure@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        w->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *sessions = w->window->findChild<QListWidget *>(QStringLiteral("securitySessions"));
        // Registering signed in once too, so there are two sessions; exactly one is this device.
        QVERIFY(QTest::qWaitFor([&] { return sessions && sessions->count() == 2; }, 20000));
        int thisDevice = 0;
        for (int i = 0; i < sessions->count(); ++i)
            thisDevice += sessions->item(i)->text().contains(QStringLiteral("(this device)")) ? 1 : 0;
        QCOMPARE(thisDevice, 1);

        w->window->findChild<QLineEdit *>(QStringLiteral("totpPassword"))->setText(QString::fromLatin1(ServerProcess::kPassword));
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("totpStart")), Qt::LeftButton);
        auto *qr = w->window->findChild<QLabel *>(QStringLiteral("totpQrCode"));
        QVERIFY(QTest::qWaitFor([&] { return !qr->pixmap().isNull(); }, 20000));
        saveScreenshot(*w->window, QStringLiteral("security_setup_en"));
        // The QR code really encodes the otpauth URI: decode the drawn image with zbarimg.
        const QString qrFile = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(qr->pixmap().save(qrFile));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), qrFile});
        QVERIFY(zbar.waitForFinished(20000));
        const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
        QCOMPARE(decoded, qr->property("otpauthUri").toString());
        const QString secret = QUrlQuery(QUrl(decoded)).queryItemValue(QStringLiteral("secret"));
        QCOMPARE(w->window->findChild<QLabel *>(QStringLiteral("totpSecret"))->text().remove(u' '), secret);

        const Totp totp(Totp::Params{*Base32::decode(secret), 6, 30, OtpAlgorithm::Sha1});
        w->window->findChild<QLineEdit *>(QStringLiteral("totpCode"))->setText(*totp.codeAt(QDateTime::currentDateTimeUtc()));
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("totpVerify")), Qt::LeftButton);
        auto *codes = w->window->findChild<QPlainTextEdit *>(QStringLiteral("totpRecoveryCodes"));
        QVERIFY(QTest::qWaitFor([&] { return codes->toPlainText().split(u'\n', Qt::SkipEmptyParts).size() == 10; }, 20000));
        saveScreenshot(*w->window, QStringLiteral("security_codes_en"));
    }
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
    void changePasswordWithTheChecklist()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        m_server->registerVerifiedUser(QStringLiteral("changer@example.com"));
        auto w = makeWallet(QStringLiteral("changer"));
        signIn(*w, QStringLiteral("changer@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        w->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *current = w->window->findChild<QLineEdit *>(QStringLiteral("changeCurrentPassword"));
        auto *securityPage = w->window->findChild<QWidget *>(QStringLiteral("securityPage"));
        auto *next = securityPage->findChild<QLineEdit *>(QStringLiteral("newPassword"));
        auto *confirm = securityPage->findChild<QLineEdit *>(QStringLiteral("newPasswordConfirm"));
        auto *button = w->window->findChild<QPushButton *>(QStringLiteral("changePasswordButton"));
        auto *checklist = securityPage->findChild<QLabel *>(QStringLiteral("newPasswordChecklist"));
        current->setText(QString::fromLatin1(ServerProcess::kPassword));
        next->setText(QStringLiteral("password"));
        confirm->setText(QStringLiteral("password"));
        QVERIFY(!button->isEnabled());
        QVERIFY(checklist->text().contains(QStringLiteral("○ At least 12 characters")));
        QVERIFY(checklist->text().contains(QStringLiteral("○ A digit")));
        next->setText(QStringLiteral("copper-Lantern-91-meadow#"));
        confirm->setText(QStringLiteral("copper-Lantern-91-meadow"));
        QVERIFY(!button->isEnabled());  // the confirmation differs
        confirm->setText(QStringLiteral("copper-Lantern-91-meadow#"));
        QVERIFY(button->isEnabled());
        saveScreenshot(*w->window, QStringLiteral("security_password_en"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *message = w->window->findChild<QLabel *>(QStringLiteral("changePasswordMessage"));
        QVERIFY(QTest::qWaitFor([&] { return message->text().startsWith(QStringLiteral("Your password was changed")); }, 20000));
        QVERIFY(next->text().isEmpty() && current->text().isEmpty());
        QCOMPARE(m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("changer@example.com")},
                                                                 {QStringLiteral("password"), QStringLiteral("copper-Lantern-91-meadow#")}}).status, 200);

        // Signing out returns to the sign-in form and forgets the stored refresh token.
        QVERIFY(!w->keychain.secrets.isEmpty());
        auto *signOut = w->window->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut->isEnabled());
        signOut->trigger();
        QCOMPARE(w->session->state(), SessionService::State::SignedOut);
        QVERIFY(QTest::qWaitFor([&] { return w->keychain.secrets.isEmpty(); }, 5000));
        w->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
        QVERIFY(QTest::qWaitFor([&] { return w->window->findChild<QWidget *>(QStringLiteral("signInPage"))->isVisible(); }, 5000));
        QVERIFY(!signOut->isEnabled());
    }
    void helpTabWorksWithNoServer()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        // No server at all: the FAQ from the bundle and the contact channels from the bundled copy.
        {
            TestWallet w(QUrl(QStringLiteral("http://127.0.0.1:9")), m_dir, QStringLiteral("noserver"));
            w.window->openAppAction(QStringLiteral("contact"));
            auto *note = w.find<QLabel>(QStringLiteral("contactOfflineNote"));
            QVERIFY(QTest::qWaitFor([&] { return note->isVisible() && !note->text().isEmpty(); }, 20000));
            QVERIFY(w.find(QStringLiteral("contactCard_chat")));
            w.window->findChild<HelpPage *>()->showSection(HelpPage::Section::Questions);
            auto *topics = w.find<QAbstractItemView>(QStringLiteral("faqTopics"));
            QVERIFY(QTest::qWaitFor([&] { return topics->model() && topics->model()->rowCount() >= 5; }, 5000));
            auto *search = w.find<QLineEdit>(QStringLiteral("faqSearch"));
            search->setText(QStringLiteral("recovery"));
            auto *results = w.find<QAbstractItemView>(QStringLiteral("faqSearchResults"));
            QVERIFY(QTest::qWaitFor([&] { return results->isVisible() && results->model()->rowCount() > 0; }, 5000));
            saveScreenshot(*w.window, QStringLiteral("help_no_server_en"));
        }
        // Signed in once, then the server goes away: a new ticket waits in the outbox, shown as queued.
        auto own = std::make_unique<ServerProcess>();
        QVERIFY2(own->isRunning(), qPrintable(own->startError()));
        own->registerVerifiedUser(QStringLiteral("helpoffline@example.com"));
        TestWallet w(own->baseUrl(), m_dir, QStringLiteral("helpoffline"));
        w.signIn(QStringLiteral("helpoffline@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w.account->current() && w.account->current()->sync().state() == SyncEngine::State::Online; }, 30000));
        own->stop();
        w.window->openAppAction(QStringLiteral("new-ticket"));
        auto *category = w.find<QComboBox>(QStringLiteral("ticketCategory"));
        QVERIFY(QTest::qWaitFor([&] { return category->isVisible(); }, 5000));
        category->setCurrentIndex(category->count() - 1);
        w.find<QLineEdit>(QStringLiteral("ticketSubject"))->setText(QStringLiteral("Top-up not arrived"));
        w.find<QPlainTextEdit>(QStringLiteral("ticketDescription"))->setPlainText(QStringLiteral("My bank transfer of 20 USD has not arrived yet."));
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("ticketSend")), Qt::LeftButton);
        auto *pending = w.find<QListWidget>(QStringLiteral("ticketsPending"));
        QVERIFY(QTest::qWaitFor([&] { return pending->isVisible() && pending->count() == 1; }, 20000));
        QCOMPARE(w.account->current()->support().pendingTickets().size(), 1);
        saveScreenshot(*w.window, QStringLiteral("help_ticket_queued_en"));
    }
    void offlineBannerAndRecovery()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        // A server of its own, so stopping it does not disturb the other tests.
        auto own = std::make_unique<ServerProcess>();
        QVERIFY2(own->isRunning(), qPrintable(own->startError()));
        own->registerVerifiedUser(QStringLiteral("offline@example.com"));
        std::swap(m_server, own);
        auto w = makeWallet(QStringLiteral("offline"));
        std::swap(m_server, own);
        signIn(*w, QStringLiteral("offline@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->account->current() && w->account->current()->sync().state() == SyncEngine::State::Online; }, 30000));
        auto *banner = w->window->findChild<QLabel *>(QStringLiteral("statusBanner"));
        QVERIFY(!banner->isVisible());

        const quint16 port = quint16(own->baseUrl().port());
        own->stop();
        w->account->current()->sync().syncNow();
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible() && banner->text().startsWith(QStringLiteral("Offline")); }, 30000));
        saveScreenshot(*w->window, QStringLiteral("offline_en"));

        ServerProcess back(ServerProcess::Options{{}, {}, own->databaseUrl(), port});
        QVERIFY2(back.isRunning(), qPrintable(back.startError()));
        w->account->current()->sync().syncNow();
        QVERIFY(QTest::qWaitFor([&] { return !banner->isVisible(); }, 30000));
    }
    // Payout destinations from the Withdraw page: a bank account (a field the server refuses, then saved; the same one
    // again is "already saved"), then removed after a confirmation whose default is Cancel.
    void addAndRemoveABankAccountDestination()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString token = m_server->registerVerifiedUser(QStringLiteral("payout-bank@example.com"));
        auto w = makeWallet(QStringLiteral("payout-bank"));
        openFundingPage(*w, QStringLiteral("payout-bank@example.com"), 1, QStringLiteral("withdraw_bank_account"));
        auto *destination = w->find<QComboBox>(QStringLiteral("withdrawDestination"));
        QVERIFY(QTest::qWaitFor([&] { return destination->currentText().startsWith(QStringLiteral("No saved destination")); }, 20000));
        auto *remove = w->find<QPushButton>(QStringLiteral("withdrawDestinationRemove"));
        QVERIFY(!remove->isEnabled());

        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("withdrawDestinationAdd")), Qt::LeftButton);
        QPointer<QDialog> dialog = w->find<QDialog>(QStringLiteral("payoutDestinationDialog"));
        QVERIFY(dialog && dialog->isVisible());
        const auto edit = [&](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
        const auto label = [&](const char *name) { return dialog->findChild<QLabel *>(QLatin1String(name)); };
        QVERIFY(!edit("payoutCardNumber"));  // only the bank account's fields
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("payoutSave"));
        QTest::mouseClick(save, Qt::LeftButton);  // nothing filled in: said here, nothing sent
        QCOMPARE(label("payoutAccountHolderError")->text(), QStringLiteral("Enter the account holder's name."));
        QVERIFY(label("payoutAccountNumberError")->isVisible());
        edit("payoutAccountHolder")->setText(QStringLiteral("Ada Lovelace"));
        edit("payoutBankName")->setText(QStringLiteral("Example Bank"));
        edit("payoutAccountNumber")->setText(QStringLiteral("DE89-3704-0044"));  // the server knows account formats
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return label("payoutAccountNumberError")->isVisible(); }, 20000));
        QCOMPARE(label("payoutAccountNumberError")->text(),
                 QStringLiteral("Enter the account number or IBAN: 4 to 34 letters and digits, nothing else."));
        QVERIFY(!label("payoutAccountHolderError")->isVisible());
        saveScreenshot(*dialog, QStringLiteral("payout_bank_field_error_en"));
        QVERIFY2(clippedText(*dialog).isEmpty(), qPrintable(clippedText(*dialog).join(u'\n')));

        edit("payoutAccountNumber")->setText(QStringLiteral("de89 3704 0044 0532 0130 00"));  // groups and lower case are fine
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return destination->currentText() == QStringLiteral("Example Bank · ••3000"); }, 20000));
        QVERIFY(remove->isEnabled());
        saveScreenshot(*w->window, QStringLiteral("payout_bank_saved_en"));

        // The same account again: the server's "already saved" is shown on the form.
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("withdrawDestinationAdd")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return (dialog = w->find<QDialog>(QStringLiteral("payoutDestinationDialog"))) && dialog->isVisible(); }, 5000));
        edit("payoutAccountHolder")->setText(QStringLiteral("Ada Lovelace"));
        edit("payoutBankName")->setText(QStringLiteral("Example Bank"));
        edit("payoutAccountNumber")->setText(QStringLiteral("DE89370400440532013000"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("payoutSave")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return label("payoutFormError")->isVisible(); }, 20000));
        QCOMPARE(label("payoutFormError")->text(), QStringLiteral("This destination is already saved."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("payoutCancel")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 5000));

        // Remove: Cancel is the default and keeps it; Remove deletes it through the API.
        QTest::mouseClick(remove, Qt::LeftButton);
        QPointer<QMessageBox> confirm = w->find<QMessageBox>(QStringLiteral("removeDestinationConfirm"));
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->defaultButton()->objectName(), QStringLiteral("removeDestinationCancelButton"));
        QVERIFY(confirm->text().contains(QStringLiteral("Example Bank · ••3000")));
        saveScreenshot(*confirm, QStringLiteral("payout_remove_confirm_en"));
        QTest::mouseClick(confirm->defaultButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !confirm; }, 5000));
        QCOMPARE(m_server->get(QStringLiteral("/v1/funding/payout-destinations"), token).items().size(), 1);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return (confirm = w->find<QMessageBox>(QStringLiteral("removeDestinationConfirm"))) && confirm->isVisible(); }, 5000));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("removeDestinationConfirmButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return destination->currentText().startsWith(QStringLiteral("No saved destination")); }, 20000));
        QCOMPARE(m_server->get(QStringLiteral("/v1/funding/payout-destinations"), token).items().size(), 0);
    }
    void cardDestinationWithABadNumberIsNotSent()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString token = m_server->registerVerifiedUser(QStringLiteral("payout-card@example.com"));
        auto w = makeWallet(QStringLiteral("payout-card"));
        openFundingPage(*w, QStringLiteral("payout-card@example.com"), 1, QStringLiteral("withdraw_card"));
        auto *destination = w->find<QComboBox>(QStringLiteral("withdrawDestination"));
        QVERIFY(QTest::qWaitFor([&] { return destination->currentText().startsWith(QStringLiteral("No saved destination")); }, 20000));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("withdrawDestinationAdd")), Qt::LeftButton);
        QPointer<QDialog> dialog = w->find<QDialog>(QStringLiteral("payoutDestinationDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("payoutCardNumber"));
        number->setText(QStringLiteral("4242 4242 4242 4241"));  // one digit off: fails the Luhn check
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("payoutCardBrand"))->text(), QStringLiteral("Visa"));
        dialog->findChild<QLineEdit *>(QStringLiteral("payoutCardHolder"))->setText(QStringLiteral("Ada Lovelace"));
        dialog->findChild<QSpinBox *>(QStringLiteral("payoutCardExpiryYear"))->setValue(QDate::currentDate().year() + 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("payoutSave")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("payoutCardNumberError"));
        QCOMPARE(error->text(), QStringLiteral("This card number is not valid. Check it digit by digit."));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("payoutStatus"))->text().isEmpty());  // not "Saving…"
        saveScreenshot(*dialog, QStringLiteral("payout_card_luhn_en"));
        QVERIFY2(clippedText(*dialog).isEmpty(), qPrintable(clippedText(*dialog).join(u'\n')));
        QTest::qWait(300);
        QCOMPARE(m_server->get(QStringLiteral("/v1/funding/payout-destinations"), token).items().size(), 0);

        // Corrected, it is saved; only the masked number comes back, and the field is emptied with the dialog.
        number->setText(QStringLiteral("4242 4242 4242 4242"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("payoutSave")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return destination->currentText() == QStringLiteral("Visa · 424242******4242"); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return !dialog; }, 5000));
    }
    // A fresh user (email confirmed, level 1: at most $1,000 per top-up) asks for $1,500: the button offers to raise
    // the limit, the dialog names the limit, and a small PNG sent as a passport puts the review "Under review".
    void overTheLimitExplainsItAndSendsADocument()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString token = m_server->registerVerifiedUser(QStringLiteral("kyc-limit@example.com"));
        auto w = makeWallet(QStringLiteral("kyc-limit"));
        openFundingPage(*w, QStringLiteral("kyc-limit@example.com"), 0, QStringLiteral("topup_bank_transfer"));
        w->find<QLineEdit>(QStringLiteral("topUpAmount"))->setText(QStringLiteral("1500.00"));
        auto *submit = w->find<QPushButton>(QStringLiteral("topUpSubmit"));
        QVERIFY(QTest::qWaitFor([&] { return submit->text() == QStringLiteral("Raise my limit…"); }, 20000));
        QVERIFY(submit->isEnabled());
        saveScreenshot(*w->window, QStringLiteral("kyc_over_limit_en"));
        QVERIFY2(clippedText(*w->window).isEmpty(), qPrintable(clippedText(*w->window).join(u'\n')));
        QTest::mouseClick(submit, Qt::LeftButton);
        QPointer<QDialog> limits = w->find<QDialog>(QStringLiteral("kycLimitsDialog"));
        QVERIFY(limits && limits->isVisible());
        const auto label = [](QWidget *in, const char *name) { return in->findChild<QLabel *>(QLatin1String(name)); };
        auto *explanation = label(limits, "kycLimitsExplanation");
        QVERIFY(QTest::qWaitFor([&] { return explanation->isVisible(); }, 20000));
        QCOMPARE(explanation->text(), QStringLiteral("You can top up at most $1,000.00 at a time. You asked for $1,500.00."));
        QCOMPARE(label(limits, "kycLimitsLevel")->text(), QStringLiteral("Your verification level: Email confirmed (level 1)"));
        QCOMPARE(label(limits, "kycLimit_single_topup")->text(), QStringLiteral("$1,000.00"));
        QCOMPARE(label(limits, "kycLimit_topup")->text(), QStringLiteral("$0.00 of $2,000.00 used today"));
        QVERIFY(label(limits, "kycLimitsNextLevel")->text().contains(QStringLiteral("Passport")));
        QCOMPARE(label(limits, "kycReviewStatus")->text(), QStringLiteral("Review: No documents sent yet."));
        saveScreenshot(*limits, QStringLiteral("kyc_limits_over_en"));
        QVERIFY2(clippedText(*limits).isEmpty(), qPrintable(clippedText(*limits).join(u'\n')));

        QTest::mouseClick(limits->findChild<QPushButton *>(QStringLiteral("kycVerifyButton")), Qt::LeftButton);
        QPointer<KycDocumentDialog> upload = w->window->findChild<KycDocumentDialog *>(QStringLiteral("kycDocumentDialog"));
        QVERIFY(upload && upload->isVisible());
        QCOMPARE(upload->findChild<QComboBox *>(QStringLiteral("kycDocumentType"))->currentData().toString(), QStringLiteral("passport"));
        const QString png = m_dir.filePath(QStringLiteral("passport.png"));
        QImage photo(120, 80, QImage::Format_RGB32);
        photo.fill(QColor(40, 90, 160));
        QVERIFY(photo.save(png, "PNG"));
        upload->setFile(png);
        auto *send = upload->findChild<QPushButton *>(QStringLiteral("kycDocumentUpload"));
        QVERIFY(QTest::qWaitFor([&] { return send->isEnabled(); }, 10000));
        QVERIFY(!label(upload, "kycDocumentFileError")->isVisible());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(upload->findChild<QProgressBar *>(QStringLiteral("kycDocumentProgress"))->isVisible());  // busy while it goes
        auto *status = label(upload, "kycDocumentStatus");
        QVERIFY2(QTest::qWaitFor([&] { return status->text().startsWith(QStringLiteral("Passport received")); }, 20000), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Under review")));
        saveScreenshot(*upload, QStringLiteral("kyc_upload_done_en"));
        QVERIFY2(clippedText(*upload).isEmpty(), qPrintable(clippedText(*upload).join(u'\n')));
        const QJsonArray documents = m_server->get(QStringLiteral("/v1/account/kyc"), token).json().value(u"documents").toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value(u"content_type").toString(), QStringLiteral("image/png"));

        QTest::mouseClick(upload->findChild<QPushButton *>(QStringLiteral("kycDocumentClose")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return label(limits, "kycReviewStatus")->text().startsWith(QStringLiteral("Review: Under review")); }, 20000));
        saveScreenshot(*limits, QStringLiteral("kyc_limits_under_review_en"));
        QVERIFY2(clippedText(*limits).isEmpty(), qPrintable(clippedText(*limits).join(u'\n')));
        QTest::mouseClick(limits->findChild<QPushButton *>(QStringLiteral("kycLimitsClose")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !limits; }, 5000));
    }
    // From "Limits and verification" without any error: files the server would refuse are refused before upload.
    void documentFilesTheServerWouldRefuseAreRefusedBeforeUpload()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString token = m_server->registerVerifiedUser(QStringLiteral("kyc-files@example.com"));
        auto w = makeWallet(QStringLiteral("kyc-files"));
        openFundingPage(*w, QStringLiteral("kyc-files@example.com"), 1, QStringLiteral("withdraw_ewallet"));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("withdrawLimits")), Qt::LeftButton);
        QPointer<QDialog> limits = w->find<QDialog>(QStringLiteral("kycLimitsDialog"));
        QVERIFY(limits && limits->isVisible());
        auto *level = limits->findChild<QLabel *>(QStringLiteral("kycLimitsLevel"));
        QVERIFY(QTest::qWaitFor([&] { return level->isVisible(); }, 20000));
        QVERIFY(!limits->findChild<QLabel *>(QStringLiteral("kycLimitsExplanation"))->isVisible());  // nothing was refused
        QCOMPARE(limits->findChild<QLabel *>(QStringLiteral("kycLimit_single_withdrawal"))->text(), QStringLiteral("$500.00"));
        saveScreenshot(*limits, QStringLiteral("kyc_limits_en"));
        QTest::mouseClick(limits->findChild<QPushButton *>(QStringLiteral("kycVerifyButton")), Qt::LeftButton);
        QPointer<KycDocumentDialog> upload = w->window->findChild<KycDocumentDialog *>(QStringLiteral("kycDocumentDialog"));
        QVERIFY(upload);
        auto *send = upload->findChild<QPushButton *>(QStringLiteral("kycDocumentUpload"));
        auto *error = upload->findChild<QLabel *>(QStringLiteral("kycDocumentFileError"));
        const auto refused = [&](const QString &path, const QString &message) -> QString {
            upload->setFile(path);
            if (!QTest::qWaitFor([&] { return error->isVisible(); }, 10000))
                return QStringLiteral("no error for ") + path;
            if (!error->text().startsWith(message))
                return error->text();
            return send->isEnabled() ? QStringLiteral("Upload enabled") : QString();
        };
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        // A text file renamed to .png: the bytes decide, not the name.
        QCOMPARE(refused(write(QStringLiteral("notes.png"), "This is not a picture of my passport.\n"),
                         QStringLiteral("This file is not a PNG or JPEG picture or a PDF")), QString());
        saveScreenshot(*upload, QStringLiteral("kyc_upload_wrong_type_en"));
        QVERIFY2(clippedText(*upload).isEmpty(), qPrintable(clippedText(*upload).join(u'\n')));
        QCOMPARE(refused(write(QStringLiteral("empty.pdf"), {}), QStringLiteral("This file is empty.")), QString());
        // One byte over 10 MiB, with a real PNG signature.
        QByteArray big(10 * 1024 * 1024 + 1, '\0');
        big.replace(0, 8, "\x89PNG\r\n\x1a\n");
        QCOMPARE(refused(write(QStringLiteral("huge.png"), big), QStringLiteral("This file is too large: documents can be at most 10 MB.")), QString());
        saveScreenshot(*upload, QStringLiteral("kyc_upload_too_large_en"));
        QVERIFY2(clippedText(*upload).isEmpty(), qPrintable(clippedText(*upload).join(u'\n')));
        QTest::mouseClick(send, Qt::LeftButton);  // disabled: nothing happens
        QTest::qWait(300);
        QCOMPARE(m_server->get(QStringLiteral("/v1/account/kyc"), token).json().value(u"documents").toArray().size(), 0);
    }
    void signedInShowsBalancesAndHistory_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void signedInShowsBalancesAndHistory()
    {
        QFETCH(QString, language);
        const QLocale locale = Translations::install(*qApp, language);
        QLocale::setDefault(locale);
        auto w = makeWallet(QStringLiteral("wallet-") + language);
        saveScreenshot(*w->window, QStringLiteral("signin_") + language);
        signIn(*w, QStringLiteral("demo@okpay.test"), m_password);
        QVERIFY(QTest::qWaitFor([&] { return history(*w) && history(*w)->isVisible() && history(*w)->model()
                                             && history(*w)->model()->rowCount() > 100; }, 30000));
        auto *usd = w->window->findChild<QWidget *>(QStringLiteral("balanceCard_USD"));
        QVERIFY(usd);
        const QString available = usd->findChild<QLabel *>(QStringLiteral("availableAmount"))->text();
        QVERIFY2(available.contains(u'$') && available != u"$0.00" && available != u"US$0.00", qPrintable(available));
        auto *chart = w->window->findChild<BalanceChart *>(QStringLiteral("balanceChart"));
        QVERIFY(QTest::qWaitFor([&] { return chart->pointCount() > 30; }, 20000));  // six months of daily balances
        const int sixMonths = chart->pointCount();
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("chartRange31")), Qt::LeftButton);
        QVERIFY(chart->pointCount() < sixMonths && chart->pointCount() > 1);
        QTest::mouseClick(w->window->findChild<QPushButton *>(QStringLiteral("chartRange183")), Qt::LeftButton);
        // The password never stays in the form after signing in.
        QVERIFY(w->window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->text().isEmpty());
        saveScreenshot(*w->window, QStringLiteral("balance_") + language);

        const int all = history(*w)->model()->rowCount();
        auto *type = w->window->findChild<QComboBox *>(QStringLiteral("historyTypeFilter"));
        type->setCurrentIndex(type->findData(QStringLiteral("withdrawal")));
        const int withdrawals = history(*w)->model()->rowCount();
        QVERIFY(withdrawals > 0 && withdrawals < all);
        w->window->findChild<QLineEdit *>(QStringLiteral("historySearch"))->setText(QStringLiteral("no such transaction text"));
        QCOMPARE(history(*w)->model()->rowCount(), 0);
        QVERIFY(w->window->findChild<QLabel *>(QStringLiteral("historyEmpty"))->isVisible());
        saveScreenshot(*w->window, QStringLiteral("balance_filtered_empty_") + language);
        Translations::install(*qApp, QStringLiteral("en"));
    }
    // ---- Security tab: two-factor off, recovery codes, activity, automatic sign-out
    void turnOffTwoFactorWithAWrongThenTheRightCode()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString email = QStringLiteral("turnoff@example.com");
        const QString token = m_server->registerVerifiedUser(email);
        auto w = makeWallet(QStringLiteral("turnoff"));
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        QVERIFY(!w->session->secondFactorOn());
        // Two-factor turned on elsewhere (through the API): opening the tab shows the server's state.
        const Totp totp = enableTwoFactor(token);
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *turnOff = w->find<QPushButton>(QStringLiteral("totpDisableStart"));
        QVERIFY(QTest::qWaitFor([&] { return turnOff->isVisible(); }, 20000));
        QVERIFY(w->session->secondFactorOn());
        QVERIFY(w->find(QStringLiteral("changePasswordCode"))->isVisible());  // the password change now asks for the code
        auto *status = w->find<QLabel>(QStringLiteral("recoveryCodesStatus"));
        QVERIFY(QTest::qWaitFor([&] { return status->text() == u"Unused recovery codes: 10 of 10."; }, 20000));
        saveScreenshot(*w->window, QStringLiteral("security_on_en"));

        QTest::mouseClick(turnOff, Qt::LeftButton);
        auto *password = w->find<QLineEdit>(QStringLiteral("totpDisablePassword"));
        auto *code = w->find<QLineEdit>(QStringLiteral("totpDisableCode"));
        auto *codeError = w->find<QLabel>(QStringLiteral("totpDisableCodeError"));
        auto *passwordError = w->find<QLabel>(QStringLiteral("totpDisablePasswordError"));
        auto *button = w->find<QPushButton>(QStringLiteral("totpDisableButton"));
        QVERIFY(password->isVisible() && code->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);  // nothing typed: both fields say so before anything is sent
        QCOMPARE(passwordError->text(), QStringLiteral("Enter your current password."));
        QCOMPARE(codeError->text(), QStringLiteral("Enter the 6-digit code from your authenticator app."));
        // A wrong code lands under the code.
        password->setText(QString::fromLatin1(ServerProcess::kPassword));
        code->setText(QStringLiteral("000000"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return codeError->text().startsWith(QStringLiteral("The code is not correct")); }, 20000));
        QVERIFY(codeError->isVisible() && !passwordError->isVisible());
        QVERIFY(password->text().isEmpty());  // not kept once sent
        saveScreenshot(*w->window, QStringLiteral("security_disable_wrong_code_en"));
        // A wrong password lands under the password (the server checks it first, so the code is not used up).
        password->setText(QStringLiteral("not-the-password-1!"));
        code->setText(*totp.codeAt(QDateTime::currentDateTimeUtc().addSecs(30)));  // the enabling code's step is used up
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return passwordError->text() == u"The current password is not correct."; }, 20000));
        QVERIFY(!codeError->isVisible());
        saveScreenshot(*w->window, QStringLiteral("security_disable_wrong_password_en"));
        // A lost phone: a recovery code instead of the authenticator's.
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("totpDisableSwitchProof")), Qt::LeftButton);
        QCOMPARE(code->accessibleName(), QStringLiteral("Recovery code"));
        QVERIFY(code->text().isEmpty());
        password->setText(QString::fromLatin1(ServerProcess::kPassword));
        code->setText(QStringLiteral("abcd-efgh-2345"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return codeError->text() == u"This recovery code is not correct or was already used."; }, 20000));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("totpDisableSwitchProof")), Qt::LeftButton);
        QCOMPARE(code->accessibleName(), QStringLiteral("Authenticator code"));

        password->setText(QString::fromLatin1(ServerProcess::kPassword));
        code->setText(*totp.codeAt(QDateTime::currentDateTimeUtc().addSecs(30)));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *turnOn = w->find<QPushButton>(QStringLiteral("totpStart"));
        QVERIFY2(QTest::qWaitFor([&] { return turnOn->isVisible(); }, 20000), qPrintable(codeError->text()));
        QVERIFY(!w->session->secondFactorOn());
        QVERIFY(!w->find(QStringLiteral("changePasswordCode"))->isVisible());
        QCOMPARE(m_server->get(QStringLiteral("/v1/security/recovery-codes"), token).json().value(u"enabled").toBool(), false);

        // The activity lists the sign-in and both changes, in words, newest first.
        auto *events = w->find<QTableView>(QStringLiteral("securityEvents"));
        const auto eventNames = [&] {
            QStringList names;
            for (int row = 0; row < events->model()->rowCount(); ++row)
                names << events->model()->index(row, SecurityEventModel::What).data().toString();
            return names;
        };
        QVERIFY2(QTest::qWaitFor([&] { return eventNames().value(0) == u"Two-factor authentication turned off"; }, 20000),
                 qPrintable(eventNames().join(u", ")));
        const QStringList names = eventNames();
        QVERIFY(names.contains(QStringLiteral("Wrong two-factor code")));
        QVERIFY(names.indexOf(QStringLiteral("Two-factor authentication turned on")) > 0);
        QCOMPARE(names.last(), QStringLiteral("Signed in"));  // registering signed in first
        QCOMPARE(events->model()->index(0, SecurityEventModel::From).data().toString(), QStringLiteral("127.0.0.1"));
        saveScreenshot(*w->window, QStringLiteral("security_off_again_en"));
        QVERIFY2(clippedText(*w->find(QStringLiteral("securityPage"))).isEmpty(),
                 qPrintable(clippedText(*w->find(QStringLiteral("securityPage"))).join(u'\n')));
    }
    void generateNewRecoveryCodesReplacesTheOldOnes()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString email = QStringLiteral("newcodes@example.com");
        const QString token = m_server->registerVerifiedUser(email);
        auto w = makeWallet(QStringLiteral("newcodes"));
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        QStringList oldCodes;
        const Totp totp = enableTwoFactor(token, &oldCodes);
        QCOMPARE(oldCodes.size(), 10);
        QCOMPARE(signInWithRecoveryCode(email, oldCodes.at(0)), 200);  // one used up
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *status = w->find<QLabel>(QStringLiteral("recoveryCodesStatus"));
        QVERIFY(QTest::qWaitFor([&] { return status && status->text() == u"Unused recovery codes: 9 of 10."; }, 20000));

        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryRegenerateStart")), Qt::LeftButton);
        auto *code = w->find<QLineEdit>(QStringLiteral("recoveryRegenerateCode"));
        auto *error = w->find<QLabel>(QStringLiteral("recoveryRegenerateCodeError"));
        QVERIFY(code->isVisible());
        QVERIFY(w->find<QLabel>(QStringLiteral("recoveryRegenerateText"))->text().contains(QStringLiteral("the old ones stop working")));
        code->setText(QStringLiteral("000000"));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryRegenerateButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return error->text().startsWith(QStringLiteral("The code is not correct")); }, 20000));
        saveScreenshot(*w->window, QStringLiteral("security_regenerate_en"));
        code->setText(*totp.codeAt(QDateTime::currentDateTimeUtc().addSecs(30)));
        QTest::keyClick(code, Qt::Key_Return);
        auto *codes = w->find<QPlainTextEdit>(QStringLiteral("totpRecoveryCodes"));
        QVERIFY(QTest::qWaitFor([&] { return codes->toPlainText().split(u'\n', Qt::SkipEmptyParts).size() == 10; }, 20000));
        const QStringList newCodes = codes->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &c : newCodes)
            QVERIFY(!oldCodes.contains(c));
        QVERIFY(w->find(QStringLiteral("recoveryCodesWarning"))->isVisible());
        QCOMPARE(w->find<QLabel>(QStringLiteral("recoveryCodesWarning"))->text(), QStringLiteral("Your old recovery codes no longer work."));

        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryCodesCopy")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), newCodes.join(u'\n'));
        const QString file = m_dir.filePath(QStringLiteral("recovery-codes.txt"));
        w->find<RecoveryCodesPanel>(QStringLiteral("recoveryCodesPanel"))->setFileChooser([file](QWidget *) { return file; });
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryCodesSave")), Qt::LeftButton);
        QCOMPARE(w->find<QLabel>(QStringLiteral("recoveryCodesSaveResult"))->text(), QStringLiteral("Saved to %1.").arg(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString savedText = QString::fromUtf8(saved.readAll());
        for (const QString &c : newCodes)
            QVERIFY(savedText.contains(c));
        QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        saveScreenshot(*w->window, QStringLiteral("security_new_codes_en"));

        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryCodesDone")), Qt::LeftButton);
        QVERIFY(codes->toPlainText().isEmpty());  // shown once
        QVERIFY(QTest::qWaitFor([&] { return status->isVisible() && status->text() == u"Unused recovery codes: 10 of 10."; }, 20000));
        // The server refuses the old codes and takes the new ones.
        QCOMPARE(signInWithRecoveryCode(email, oldCodes.at(1)), 401);
        QCOMPARE(signInWithRecoveryCode(email, newCodes.at(0)), 200);
    }
    void securityActivityIsPagedWithNamesForEveryKind()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString email = QStringLiteral("activity@example.com");
        QString userId;
        m_server->registerVerifiedUser(email, &userId);
        // 45 older events of every kind the server records, plus one this version does not know.
        const QStringList kinds{QStringLiteral("login_succeeded"), QStringLiteral("login_failed"), QStringLiteral("mfa_failed"),
                                QStringLiteral("refresh_token_reused"), QStringLiteral("password_changed"), QStringLiteral("password_reset"),
                                QStringLiteral("email_changed"), QStringLiteral("totp_enabled"), QStringLiteral("totp_disabled"),
                                QStringLiteral("recovery_codes_regenerated"), QStringLiteral("recovery_code_used"),
                                QStringLiteral("session_revoked"), QStringLiteral("payout_destination_added"),
                                QStringLiteral("payout_destination_removed"), QStringLiteral("api_key_created")};
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
        QStringList rows;
        for (int i = 0; i < 45; ++i)
            rows << QStringLiteral("('sev_t%1', '%2', '%3', '203.0.113.%4', 'Laptop', '%5')")
                        .arg(i).arg(userId, kinds.at(i % kinds.size())).arg(i)
                        .arg(base.addSecs(i * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        QVERIFY(m_server->execSql(QStringLiteral("INSERT INTO security_events (id, user_id, kind, ip, device_name, created_at) VALUES ")
                                  + rows.join(u',')));

        auto w = makeWallet(QStringLiteral("activity"));
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *events = w->find<QTableView>(QStringLiteral("securityEvents"));
        auto *more = w->find<QPushButton>(QStringLiteral("securityEventsLoadMore"));
        QVERIFY(QTest::qWaitFor([&] { return events->model()->rowCount() == 20 && more->isVisible(); }, 20000));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return events->model()->index(row, column).data(role).toString(); };
        // Newest first: this sign-in and the registration's, then the inserted ones from the newest (#44) down.
        QCOMPARE(cell(0, SecurityEventModel::What), QStringLiteral("Signed in"));
        QVERIFY(cell(2, SecurityEventModel::From).startsWith(QStringLiteral("203.0.113.44")));
        QCOMPARE(cell(2, SecurityEventModel::What), QStringLiteral("Other account activity"));  // #44: api_key_created
        QCOMPARE(cell(2, SecurityEventModel::What, Qt::ToolTipRole), QStringLiteral("api_key_created"));
        QCOMPARE(cell(2, SecurityEventModel::When), QLocale().toString(base.addSecs(44 * 60).toLocalTime(), QLocale::ShortFormat));
        saveScreenshot(*w->window, QStringLiteral("security_activity_en"));

        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return events->model()->rowCount() == 40; }, 20000));
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return events->model()->rowCount() == 47; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return !more->isVisible(); }, 5000));  // nothing older
        QVERIFY(cell(46, SecurityEventModel::From).startsWith(QStringLiteral("203.0.113.0")));
        QSet<QString> names;
        for (int row = 0; row < events->model()->rowCount(); ++row)
            names.insert(cell(row, SecurityEventModel::What));
        QCOMPARE(names.size(), kinds.size());  // a name of its own for every kind, one fallback for the unknown
        QVERIFY(!names.contains(QString()));

        // In Chinese, the same rows in Chinese.
        Translations::install(*qApp, QStringLiteral("zh_CN"));
        auto zh = makeWallet(QStringLiteral("activity-zh"));
        signIn(*zh, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return zh->session->state() == SessionService::State::SignedIn; }, 30000));
        zh->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        QVERIFY(QTest::qWaitFor([&] { return zh->find<QTableView>(QStringLiteral("securityEvents"))->model()->rowCount() == 20; }, 20000));
        saveScreenshot(*zh->window, QStringLiteral("security_activity_zh_CN"));
        Translations::install(*qApp, QStringLiteral("en"));
    }
    void securityTabSaysWhenTheServerCannotBeReached()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        auto own = std::make_unique<ServerProcess>();
        QVERIFY2(own->isRunning(), qPrintable(own->startError()));
        own->registerVerifiedUser(QStringLiteral("unreachable@example.com"));
        auto w = std::make_unique<Wallet>(own->baseUrl(), m_dir, QStringLiteral("unreachable"));
        signIn(*w, QStringLiteral("unreachable@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        own->stop();
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *status = w->find<QLabel>(QStringLiteral("securityEventsStatus"));
        QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith(QStringLiteral("Recent security activity could not be loaded.")); }, 30000));
        QVERIFY(w->find(QStringLiteral("securityEventsRetry"))->isVisible());
        QVERIFY(!w->find(QStringLiteral("securityEvents"))->isVisible());
        auto *sessionsStatus = w->find<QLabel>(QStringLiteral("securitySessionsStatus"));
        QVERIFY2(QTest::qWaitFor([&] { return sessionsStatus->text().startsWith(QStringLiteral("The list of devices could not be loaded.")); }, 30000),
                 qPrintable(sessionsStatus->text()));
        saveScreenshot(*w->window, QStringLiteral("security_unreachable_en"));
    }
    void idleLockCountsOnlyInputAndOnlyWhileArmed()
    {
        QWidget target;
        target.show();
        IdleLock lock;
        QSignalSpy idle(&lock, &IdleLock::idle);
        lock.setMinuteLength(std::chrono::milliseconds(20));
        lock.setMinutes(5);  // 100 ms
        QTest::qWait(250);
        QCOMPARE(idle.count(), 0);  // not armed: signed out
        lock.setArmed(true);
        QVERIFY(lock.isCounting());
        // Key presses postpone it; paint and timer events do not count as activity.
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(40);
            QTest::keyClick(&target, Qt::Key_A);
        }
        QCOMPARE(idle.count(), 0);
        QVERIFY(idle.wait(1000));
        QCOMPARE(idle.takeFirst().at(0).toInt(), 5);
        QVERIFY(!lock.isCounting());  // once per quiet stretch
        QTest::qWait(250);
        QCOMPARE(idle.count(), 0);
        QTest::mouseMove(&target, QPoint(5, 5));  // input starts a new stretch
        QVERIFY(lock.isCounting());
        lock.setMinutes(0);  // never
        QVERIFY(!lock.isCounting());
        QTest::keyClick(&target, Qt::Key_A);
        QTest::qWait(250);
        QCOMPARE(idle.count(), 0);
        lock.setMinutes(5);
        lock.setArmed(false);
        QTest::keyClick(&target, Qt::Key_A);
        QVERIFY(!lock.isCounting());
    }
    void autoLockSignsOutOnlyWithoutInput()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        const QString email = QStringLiteral("idle@example.com");
        m_server->registerVerifiedUser(email);
        auto w = makeWallet(QStringLiteral("idle"));
        auto *lock = w->find<IdleLock>(QStringLiteral("idleLock"));
        QCOMPARE(lock->minutes(), 15);  // the default
        QVERIFY(!lock->isCounting());   // signed out
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        QVERIFY(lock->isCounting());
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *choice = w->find<QComboBox>(QStringLiteral("autoLockMinutes"));
        QCOMPARE(choice->currentData().toInt(), 15);
        QTest::keyClick(choice, Qt::Key_Up);  // "After 5 minutes"
        QCOMPARE(choice->currentText(), QStringLiteral("After 5 minutes"));
        QCOMPARE(w->settings->autoLockMinutes(), 5);
        QCOMPARE(lock->minutes(), 5);
        lock->setMinuteLength(std::chrono::milliseconds(100));  // 500 ms in this test
        saveScreenshot(*w->window, QStringLiteral("security_autolock_en"));

        // Input keeps coming for four times the limit: still signed in.
        QElapsedTimer busy;
        busy.start();
        for (int i = 0; busy.elapsed() < 2000; ++i) {
            QTest::qWait(50);
            if (i % 2)
                QTest::keyClick(w->window.get(), Qt::Key_Shift);
            else
                QTest::mouseMove(w->window.get(), QPoint(300 + i % 50, 300));
        }
        QCOMPARE(w->session->state(), SessionService::State::SignedIn);
        // Then nothing: signed out, told why, the email still in the form.
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedOut; }, 5000));
        QCOMPARE(w->window->statusBar()->currentMessage(), QStringLiteral("You were signed out after 5 minutes without activity."));
        QVERIFY(!lock->isCounting());
        QCOMPARE(w->find<QTabWidget>(QStringLiteral("mainTabs"))->currentIndex(), 0);  // from Security to the sign-in form
        QVERIFY(QTest::qWaitFor([&] { return w->find(QStringLiteral("signInPage"))->isVisible(); }, 5000));
        QCOMPARE(w->find<QLineEdit>(QStringLiteral("signInEmail"))->text(), email);
        saveScreenshot(*w->window, QStringLiteral("signed_out_idle_en"));
        // Signing in again clears the message and counts again.
        lock->setMinuteLength(std::chrono::minutes(1));
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        QVERIFY(w->window->statusBar()->currentMessage().isEmpty());
        QVERIFY(lock->isCounting());
    }
    void autoLockClosesAnOpenDialogBeforeSigningOut()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        const QString email = QStringLiteral("idledialog@example.com");
        const QString token = m_server->registerVerifiedUser(email);
        auto w = makeWallet(QStringLiteral("idledialog"));
        signIn(*w, email, QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedIn; }, 30000));
        const Totp totp = enableTwoFactor(token);
        w->find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        auto *regenerate = w->find<QPushButton>(QStringLiteral("recoveryRegenerateStart"));
        QVERIFY(QTest::qWaitFor([&] { return regenerate->isVisible(); }, 20000));
        QTest::mouseClick(regenerate, Qt::LeftButton);
        w->find<QLineEdit>(QStringLiteral("recoveryRegenerateCode"))->setText(*totp.codeAt(QDateTime::currentDateTimeUtc().addSecs(30)));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryRegenerateButton")), Qt::LeftButton);
        auto *codes = w->find<QPlainTextEdit>(QStringLiteral("totpRecoveryCodes"));
        QVERIFY(QTest::qWaitFor([&] { return codes->toPlainText().split(u'\n', Qt::SkipEmptyParts).size() == 10; }, 20000));

        // "Save to file…" opens a modal dialog and the user walks away: the dialog is closed, then the sign-out
        // deletes the page whose slot was waiting for it.
        bool dialogWasOpen = false;
        w->find<RecoveryCodesPanel>(QStringLiteral("recoveryCodesPanel"))->setFileChooser([&](QWidget *parent) {
            QDialog dialog(parent);
            QTimer::singleShot(0, &dialog, [&] { dialogWasOpen = QApplication::activeModalWidget() == &dialog; });
            return dialog.exec() == QDialog::Accepted ? m_dir.filePath(QStringLiteral("never.txt")) : QString();
        });
        auto *lock = w->find<IdleLock>(QStringLiteral("idleLock"));
        lock->setMinuteLength(std::chrono::milliseconds(20));  // 15 minutes: 300 ms
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("recoveryCodesSave")), Qt::LeftButton);  // returns when the dialog closes
        QVERIFY(dialogWasOpen);
        QVERIFY(QTest::qWaitFor([&] { return w->session->state() == SessionService::State::SignedOut; }, 5000));
        QVERIFY(!w->find(QStringLiteral("securityPage")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.txt"))));
        QCOMPARE(w->window->statusBar()->currentMessage(), QStringLiteral("You were signed out after 15 minutes without activity."));
    }
};

QTEST_MAIN(TestWalletWindow)
#include "tst_walletwindow.moc"
