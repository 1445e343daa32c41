// Renders every screen of the wallet at 1280×800 in English and Chinese against a real okpay-server --demo, saves
// them to $OKPAY_SCREENSHOTS_OUT/{en,zh_CN}/ (build/<preset>/screenshots when run by ctest), and fails when any
// visible text is clipped in either language, or an input control has no accessible name.
#include "core/base32.h"
#include "core/totp.h"
#include "support/serverprocess.h"
#include "ui/help/helppage.h"
#include "ui/signin/accountaccesspanel.h"
#include "ui/translations.h"
#include "walletharness.h"

#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace okpay;
using namespace okpay::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    QString m_demoPassword;
    QTemporaryDir m_dir;
    QString m_outDir;
    QStringList m_clipped;

    // Saves the widget as <lang>/<name>.png and records any clipped text on it.
    void shoot(QWidget &widget, const QString &name)
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const QString lang = QString::fromLatin1(QTest::currentDataTag());
        QDir().mkpath(m_outDir + u'/' + lang);
        QVERIFY(widget.grab().save(m_outDir + u'/' + lang + u'/' + name + QStringLiteral(".png")));
        for (const QString &clip : clippedText(widget))
            m_clipped << lang + u'/' + name + QStringLiteral(" — ") + clip;
        for (const QString &control : unnamedControls(widget))
            m_clipped << lang + u'/' + name + QStringLiteral(" — no accessible name: ") + control;
    }
    // A dialog opened with open() (not exec()): found among the top-level widgets once it is visible.
    static QWidget *openDialog(const QString &objectName)
    {
        QWidget *found = nullptr;
        (void)QTest::qWaitFor([&] {  // nullptr when it never appears; the caller checks
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == objectName && w->isVisible())
                    found = w;
            return found != nullptr;
        }, 10000);
        return found;
    }
    static void selectMethod(QListWidget *methods, const QString &id)
    {
        for (int i = 0; i < methods->count(); ++i)
            if (methods->item(i)->data(Qt::UserRole).toString() == id)
                methods->setCurrentRow(i);
    }

private slots:
    void initTestCase()
    {
        m_outDir = qEnvironmentVariable("OKPAY_SCREENSHOTS_OUT", m_dir.filePath(QStringLiteral("screenshots")));
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        const auto match = QRegularExpression(QStringLiteral("password: (\\S+)")).match(m_server->startupOutput());
        QVERIFY(match.hasMatch());
        m_demoPassword = match.captured(1);
        // An account with two-factor on, for the code step of the sign-in.
        const QString token = m_server->registerVerifiedUser(QStringLiteral("twofactor@example.com"));
        const HttpReply setup = m_server->post(QStringLiteral("/v1/security/totp/setup"),
                                               {{QStringLiteral("current_password"), QString::fromLatin1(ServerProcess::kPassword)}}, token);
        const Totp totp(Totp::Params{*Base32::decode(setup.json().value(u"secret").toString()), 6, 30, OtpAlgorithm::Sha1});
        QCOMPARE(m_server->post(QStringLiteral("/v1/security/totp/enable"), {{QStringLiteral("totp_code"), *totp.codeAt(QDateTime::currentDateTimeUtc())}},
                                token).status, 200);
    }
    void cleanupTestCase() { m_server.reset(); }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void everyScreen()
    {
        QFETCH(QString, language);
        m_clipped.clear();
        Translations::install(*qApp, language);
        QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(QLocale::Chinese, QLocale::China));

        // Signed out: the sign-in form and its neighbours.
        {
            TestWallet w(m_server->baseUrl(), m_dir, QStringLiteral("out-") + language);
            shoot(*w.window, QStringLiteral("01_signin"));
            QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signInCreateAccount")), Qt::LeftButton);
            QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signUpButton")), Qt::LeftButton);  // every field's error
            shoot(*w.window, QStringLiteral("02_signup_errors"));
            QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signUpToSignIn")), Qt::LeftButton);
            w.find<QLineEdit>(QStringLiteral("signInEmail"))->setText(QStringLiteral("demo@okpay.test"));
            QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signInForgotPassword")), Qt::LeftButton);
            shoot(*w.window, QStringLiteral("03_password_reset"));
            w.window->findChild<AccountAccessPanel *>()->showVerifyEmail(QStringLiteral("newcomer@example.com"));
            shoot(*w.window, QStringLiteral("04_verify_email"));
            w.window->findChild<AccountAccessPanel *>()->showSignIn();
            w.signIn(QStringLiteral("twofactor@example.com"), QString::fromLatin1(ServerProcess::kPassword));
            QVERIFY(QTest::qWaitFor([&] { return w.find(QStringLiteral("signInCode"))->isVisible(); }, 20000));
            shoot(*w.window, QStringLiteral("05_signin_two_factor"));
            w.find<QTabWidget>(QStringLiteral("mainTabs"))->setCurrentIndex(3);
            shoot(*w.window, QStringLiteral("06_help_signed_out"));
            auto *help = w.window->findChild<HelpPage *>();
            help->showSection(HelpPage::Section::Contact);
            QTest::qWait(800);  // the channels from the server replace the bundled copy
            shoot(*w.window, QStringLiteral("07_help_contact"));
            help->showSection(HelpPage::Section::Email);
            shoot(*w.window, QStringLiteral("08_help_email_signed_out"));
            // The secret guard stops a card number on its way to support.
            w.find<QLineEdit>(QStringLiteral("emailFromName"))->setText(QStringLiteral("Ada"));
            w.find<QLineEdit>(QStringLiteral("emailFromEmail"))->setText(QStringLiteral("ada@example.com"));
            w.find<QLineEdit>(QStringLiteral("emailSubject"))->setText(QStringLiteral("Card top-up"));
            w.find<QPlainTextEdit>(QStringLiteral("emailBody"))->setPlainText(QStringLiteral("My card 4111 1111 1111 1111 was charged twice, code 123456"));
            bool warned = false;
            QTimer::singleShot(500, this, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                warned = dialog->objectName() == u"secretWarningDialog";
                shoot(*dialog, QStringLiteral("09_secret_warning"));
                dialog->reject();  // "Edit message"
            });
            QTest::mouseClick(w.find<QPushButton>(QStringLiteral("emailSend")), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return warned; }, 5000));
        }

        TestWallet w(m_server->baseUrl(), m_dir, QStringLiteral("in-") + language);
        w.signIn(QStringLiteral("demo@okpay.test"), m_demoPassword);
        auto *history = w.find<QTableView>(QStringLiteral("historyTable"));
        QVERIFY(QTest::qWaitFor([&] { return history && history->isVisible() && history->model()->rowCount() > 0; }, 30000));
        QTest::qWait(300);  // the chart's history arrives after the transactions
        shoot(*w.window, QStringLiteral("10_balance"));
        history->selectRow(0);
        shoot(*w.window, QStringLiteral("11_history_details"));
        w.window->findChild<QAction *>(QStringLiteral("profileAction"))->trigger();
        QWidget *profile = openDialog(QStringLiteral("profileDialog"));
        QVERIFY(profile);
        QVERIFY(QTest::qWaitFor([&] { return !profile->findChild<QLineEdit *>(QStringLiteral("profileName"))->text().isEmpty(); }, 20000));
        shoot(*profile, QStringLiteral("12_profile_dialog"));
        profile->close();

        auto *tabs = w.find<QTabWidget>(QStringLiteral("mainTabs"));
        tabs->setCurrentIndex(1);
        auto *topUpMethods = w.find<QListWidget>(QStringLiteral("topUpMethods"));
        QVERIFY(QTest::qWaitFor([&] { return topUpMethods->count() == 3; }, 20000));
        selectMethod(topUpMethods, QStringLiteral("topup_credit_card"));
        w.find<QLineEdit>(QStringLiteral("topUpAmount"))->setText(QStringLiteral("250.00"));
        w.find<QLineEdit>(QStringLiteral("topUpCardNumber"))->setText(QStringLiteral("4242 4242 4242 4242"));
        w.find<QLineEdit>(QStringLiteral("topUpCardCvv"))->setText(QStringLiteral("123"));
        w.find<QSpinBox>(QStringLiteral("topUpCardExpiryMonth"))->setValue(12);
        w.find<QSpinBox>(QStringLiteral("topUpCardExpiryYear"))->setValue(QDate::currentDate().year() + 2);
        auto *quote = w.find<QLabel>(QStringLiteral("topUpQuote"));
        QVERIFY(QTest::qWaitFor([&] { return quote->text().contains(QRegularExpression(QStringLiteral("[0-9]"))); }, 20000));
        shoot(*w.window, QStringLiteral("20_topup_card"));
        selectMethod(topUpMethods, QStringLiteral("topup_bank_transfer"));
        QTest::qWait(600);
        shoot(*w.window, QStringLiteral("21_topup_bank_transfer"));
        selectMethod(topUpMethods, QStringLiteral("topup_credit_card"));
        QVERIFY(QTest::qWaitFor([&] { return quote->text().contains(QRegularExpression(QStringLiteral("[0-9]"))); }, 20000));
        QTimer::singleShot(500, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shoot(*dialog, QStringLiteral("22_confirm_dialog"));
            dialog->reject();
        });
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("topUpSubmit")), Qt::LeftButton);

        w.find<QTabWidget>(QStringLiteral("moneyPages"))->setCurrentIndex(1);
        auto *withdrawMethods = w.find<QListWidget>(QStringLiteral("withdrawMethods"));
        QVERIFY(QTest::qWaitFor([&] { return withdrawMethods->count() == 3; }, 20000));
        selectMethod(withdrawMethods, QStringLiteral("withdraw_bank_account"));
        w.find<QLineEdit>(QStringLiteral("withdrawAmount"))->setText(QStringLiteral("40"));
        QTest::qWait(800);
        shoot(*w.window, QStringLiteral("23_withdraw"));
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("withdrawDestinationAdd")), Qt::LeftButton);
        QWidget *payout = openDialog(QStringLiteral("payoutDestinationDialog"));
        QVERIFY(payout);
        shoot(*payout, QStringLiteral("24_payout_destination_dialog"));
        payout->close();
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("withdrawLimits")), Qt::LeftButton);
        QWidget *limits = openDialog(QStringLiteral("kycLimitsDialog"));
        QVERIFY(limits);
        QTest::qWait(800);  // the levels and limits arrive from the server
        shoot(*limits, QStringLiteral("25_kyc_limits_dialog"));
        QTest::mouseClick(limits->findChild<QPushButton *>(QStringLiteral("kycVerifyButton")), Qt::LeftButton);
        QWidget *document = openDialog(QStringLiteral("kycDocumentDialog"));
        QVERIFY(document);
        shoot(*document, QStringLiteral("26_kyc_document_dialog"));
        document->close();
        limits->close();

        tabs->setCurrentIndex(2);
        QTest::qWait(500);
        shoot(*w.window, QStringLiteral("30_security"));
        w.find<QLineEdit>(QStringLiteral("totpPassword"))->setText(m_demoPassword);
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("totpStart")), Qt::LeftButton);
        auto *qr = w.find<QLabel>(QStringLiteral("totpQrCode"));
        QVERIFY(QTest::qWaitFor([&] { return qr->isVisible() && !qr->pixmap().isNull(); }, 20000));
        shoot(*w.window, QStringLiteral("31_security_two_factor_setup"));
        tabs->setCurrentIndex(3);
        shoot(*w.window, QStringLiteral("40_help"));
        auto *help = w.window->findChild<HelpPage *>();
        help->showSection(HelpPage::Section::Tickets);
        auto *ticketList = w.window->findChild<QAbstractItemView *>(QStringLiteral("ticketsList"));
        QVERIFY(ticketList);
        QVERIFY(QTest::qWaitFor([&] { return ticketList->model() && ticketList->model()->rowCount() > 0; }, 20000));
        shoot(*w.window, QStringLiteral("41_help_tickets"));
        ticketList->setCurrentIndex(ticketList->model()->index(0, 0));
        emit ticketList->activated(ticketList->model()->index(0, 0));
        QTest::qWait(800);  // the conversation arrives from the server
        shoot(*w.window, QStringLiteral("42_ticket_thread"));
        w.window->openAppAction(QStringLiteral("new-ticket"));
        auto *subject = w.find<QLineEdit>(QStringLiteral("ticketSubject"));
        QVERIFY(QTest::qWaitFor([&] { return subject->isVisible(); }, 5000));
        // Typed through the input method, as a Chinese IME commits text (QTest::keyClicks knows only ASCII keys).
        QInputMethodEvent typed;
        typed.setCommitString(language == u"en" ? QStringLiteral("My withdrawal is pending") : QStringLiteral("提现一直没有到账"));
        subject->setFocus();
        QCoreApplication::sendEvent(subject, &typed);
        QTest::qWait(600);  // suggestions follow the typing
        shoot(*w.window, QStringLiteral("43_ticket_form_suggestions"));

        // Live chat: the section says when agents are there, and the chat runs in its own window with the demo agent.
        help->showSection(HelpPage::Section::Chat);
        QTest::qWait(800);  // the chat's hours from the server replace the bundled copy
        QVERIFY(!w.find<QLabel>(QStringLiteral("chatLauncherStatus"))->text().isEmpty());
        shoot(*w.window, QStringLiteral("44_help_chat"));
        w.window->openAppAction(QStringLiteral("chat"));
        QWidget *chat = openDialog(QStringLiteral("chatWindow"));
        QVERIFY(chat);
        chat->resize(480, 640);
        auto *input = chat->findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
        input->setPlainText(language == u"en" ? QStringLiteral("Hello, my bank withdrawal is still pending.")
                                              : QStringLiteral("你好，我的提现还没有到账。"));
        QTest::mouseClick(chat->findChild<QPushButton *>(QStringLiteral("chatSend")), Qt::LeftButton);
        auto *agent = chat->findChild<QLabel *>(QStringLiteral("chatAgentName"));
        QVERIFY(QTest::qWaitFor([&] { return agent->isVisible() && !agent->text().isEmpty(); }, 30000));
        QTest::qWait(2500);  // the agent's answer
        shoot(*chat, QStringLiteral("45_chat_window"));
        chat->close();

        QVERIFY2(m_clipped.isEmpty(), qPrintable(m_clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
