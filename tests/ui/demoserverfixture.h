#pragma once
// What the wallet-window UI tests share: a real okpay-server --demo started once per test program, its demo
// password, a temporary directory for the wallets' settings and caches, and helpers that set up accounts through
// the API (two-factor on, a recovery-code sign-in) or drive the window (sign in, open a funding page).
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


namespace okpay::test {

class DemoServerFixture
{
protected:
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


    void startDemoServer()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{{QStringLiteral("--demo")}, {}, {}});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        const auto match = QRegularExpression(QStringLiteral("password: (\\S+)")).match(m_server->startupOutput());
        QVERIFY(match.hasMatch());
        m_password = match.captured(1);
    }
};

} // namespace okpay::test
