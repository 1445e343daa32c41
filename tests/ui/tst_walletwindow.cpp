// The wallet window against a real okpay-server --demo: signing in with a wrong and the right password, the
// balance cards, history and chart from the synced cache, the offline banner, and the Help tab without a server.
#include "demoserverfixture.h"

using namespace okpay;
using namespace okpay::test;

class TestWalletWindow : public QObject, public DemoServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startDemoServer(); }
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
};

QTEST_MAIN(TestWalletWindow)
#include "tst_walletwindow.moc"
