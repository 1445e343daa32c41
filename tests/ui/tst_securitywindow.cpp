// The Security tab against a real okpay-server --demo: two-factor on (the QR code read back) and off, recovery
// codes, the password change, security activity, and the automatic sign-out.
#include "demoserverfixture.h"

using namespace okpay;
using namespace okpay::test;

class TestSecurityWindow : public QObject, public DemoServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startDemoServer(); }
    void cleanupTestCase() { m_server.reset(); }

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

QTEST_MAIN(TestSecurityWindow)
#include "tst_securitywindow.moc"
