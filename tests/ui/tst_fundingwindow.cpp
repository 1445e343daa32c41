// The Top-up / Withdraw tab against a real okpay-server --demo: a card top-up and withdrawals with the countdown
// confirmation (and 2FA, and a double click), payout destinations, and the verification limits with document upload.
#include "demoserverfixture.h"
#include "ui/help/faqbrowser.h"

using namespace okpay;
using namespace okpay::test;

class TestFundingWindow : public QObject, public DemoServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startDemoServer(); }
    void cleanupTestCase() { m_server.reset(); }

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
    void limitsDialogLearnMoreOpensTheHelpArticle()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        m_server->registerVerifiedUser(QStringLiteral("kyc-learn@example.com"));
        auto w = makeWallet(QStringLiteral("kyc-learn"));
        openFundingPage(*w, QStringLiteral("kyc-learn@example.com"), 0, QStringLiteral("topup_debit_card"));
        QTest::mouseClick(w->find<QPushButton>(QStringLiteral("topUpLimits")), Qt::LeftButton);
        QPointer<QDialog> limits = w->find<QDialog>(QStringLiteral("kycLimitsDialog"));
        QVERIFY(limits && limits->isVisible());
        QTest::mouseClick(limits->findChild<QPushButton *>(QStringLiteral("kycLimitsLearnMore")), Qt::LeftButton);
        auto *faq = w->window->findChild<FaqBrowser *>();
        QVERIFY(faq && faq->isVisible());
        QCOMPARE(faq->currentArticle(), QStringLiteral("kyc-levels-and-limits"));
        QVERIFY(!limits || !limits->isVisible());
    }
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
};

QTEST_MAIN(TestFundingWindow)
#include "tst_fundingwindow.moc"
