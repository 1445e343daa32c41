#include "services/accountrecoveryservice.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "support/inmemorycredentialstore.h"
#include "ui/applinkreceiver.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "support/screenshot.h"

#include <QApplication>
#include <QFile>
#include <QFileOpenEvent>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace okpay;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::InMemoryCredentialStore m_keychain;
    std::unique_ptr<Settings> m_settings{std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat))};
    SessionService m_session{m_keychain, *m_settings};
    AccountRecoveryService m_recovery{nullptr};  // the signed-out pages send nothing in these tests

private slots:
    void bundlesIconTranslationsAndBranding()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/icons/okpay.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/branding.json")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/okpay_zh_CN.qm")));
    }
    void showsTheFourTabs()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        MainWindow window(&m_session, &m_recovery);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Balance"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Help"));
        test::saveScreenshot(window, QStringLiteral("mainwindow_en"));
    }
    void keychainNoticeIsShown()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        MainWindow window(&m_session, &m_recovery);
        emit m_session.notice(QStringLiteral("Your sign-in cannot be remembered"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Your sign-in cannot be remembered"));
    }
    void opensThePlacesOkpayLinksName()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        MainWindow window(&m_session, &m_recovery);
        AppLinkReceiver links;
        connect(&links, &AppLinkReceiver::placeRequested, &window, &MainWindow::openPlace);
        connect(&links, &AppLinkReceiver::badLink, &window, &MainWindow::showBadLink);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(window.windowTitle(), QStringLiteral("Balance – OKPay Wallet"));

        QFileOpenEvent help(QUrl(QStringLiteral("okpay:help")));
        QVERIFY(QCoreApplication::sendEvent(qApp, &help));
        QCOMPARE(tabs->currentIndex(), 3);
        QCOMPARE(window.windowTitle(), QStringLiteral("Help – OKPay Wallet"));
        QFileOpenEvent security(QUrl(QStringLiteral("okpay://security")));
        QCoreApplication::sendEvent(qApp, &security);
        QCOMPARE(tabs->currentIndex(), 2);

        // A hostile or mistyped link moves nothing and says so; a file that is not a link is not ours.
        QFileOpenEvent bad(QUrl(QStringLiteral("okpay:withdraw-everything")));
        QCoreApplication::sendEvent(qApp, &bad);
        QCOMPARE(tabs->currentIndex(), 2);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("okpay:withdraw-everything")));
        QFileOpenEvent file(QStringLiteral("/tmp/statement.csv"));
        QVERIFY(!QCoreApplication::sendEvent(qApp, &file));
        QCOMPARE(tabs->currentIndex(), 2);

        window.openPlace(QStringLiteral("topup"));
        QCOMPARE(tabs->currentIndex(), 1);
    }
    void speaksChineseWhenAsked()
    {
        const QLocale locale = Translations::install(*qApp, QStringLiteral("zh_CN"));
        QCOMPARE(locale.language(), QLocale::Chinese);
        MainWindow window(&m_session, &m_recovery);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("余额"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("帮助"));
        test::saveScreenshot(window, QStringLiteral("mainwindow_zh_CN"));
        Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
