// Sign-in, the keychain-backed session and the sync engine against a real okpay-server: the cache ends up with the
// server's balances, transactions (then only the delta) and FAQ, the session survives a restart through the stored
// refresh token, and no secret lands in the settings file or the cache.
#include "api/apiclient.h"
#include "fundingfixture.h"
#include "services/sessionservice.h"
#include "services/settings.h"
#include "services/syncengine.h"
#include "store/cachedatabase.h"
#include "store/faqstore.h"
#include "store/ticketstore.h"
#include "store/transactionstore.h"
#include "store/walletcache.h"
#include "support/inmemorycredentialstore.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;
using namespace okpay::test;

namespace {
// Everything the client logs during the test, to prove no secret is ever written to the log.
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestSyncAgainstServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    InMemoryCredentialStore m_keychain;
    QString m_serverToken;  // for setting up money through the API directly

    std::unique_ptr<Settings> settings()
    {
        auto s = std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        s->setServerUrl(m_server->baseUrl());
        return s;
    }
    static bool waitFor(SessionService &session, SessionService::State state)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, 20000);
    }

private slots:
    void initTestCase()
    {
        qInstallMessageHandler(captureLog);
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
        m_serverToken = m_server->registerVerifiedUser(QStringLiteral("sync@example.com"));
        QCOMPARE(topUpByCard(*m_server, m_serverToken, 10000).status, 201);
        QCOMPARE(m_server->post(QStringLiteral("/v1/support/tickets"),
                                {{QStringLiteral("client_id"), QStringLiteral("0b5c2f64-3f7a-4f5e-9d3e-1c2b3a4d5e6f")},
                                 {QStringLiteral("subject"), QStringLiteral("Card top-up question")},
                                 {QStringLiteral("category"), QStringLiteral("topup")},
                                 {QStringLiteral("body"), QStringLiteral("Why was there a fee?")}}, m_serverToken).status, 201);
    }
    void cleanupTestCase() { m_server.reset(); }

    void signInSyncDeltaAndRestore()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open() != CacheDatabase::OpenResult::Failed);
        WalletCache wallet(cache.db());
        TransactionStore transactions(cache.db());
        FaqStore faq(cache.db());
        TicketStore tickets(cache.db());
        QByteArray refreshAfterSync;
        {
            auto prefs = settings();
            SessionService session(m_keychain, *prefs);
            ApiClient client(&m_nam, m_server->baseUrl(), &session);
            session.setApiClient(&client);
            session.signIn(QStringLiteral("sync@example.com"), QStringLiteral("wrong password"));
            QSignalSpy failed(&session, &SessionService::signInFailed);
            QVERIFY(failed.wait(20000));
            QCOMPARE(session.state(), SessionService::State::SignedOut);
            session.signIn(QStringLiteral("sync@example.com"), QString::fromLatin1(ServerProcess::kPassword));
            QVERIFY(waitFor(session, SessionService::State::SignedIn));
            QCOMPARE(m_keychain.secrets.size(), 1);

            SyncEngine sync(&client, &wallet, &transactions, &faq, &tickets);
            sync.setSignedIn(true);
            QSignalSpy synced(&sync, &SyncEngine::synced);
            sync.syncNow();
            QVERIFY(synced.wait(20000));
            QCOMPARE(sync.state(), SyncEngine::State::Online);
            QVERIFY(sync.lastSynced().isValid());
            qint64 usd = -1;
            for (const CachedBalance &b : wallet.balances())
                if (b.available.currency().code() == u"USD")
                    usd = b.available.minor();
            QCOMPARE(usd, 10000);
            QCOMPARE(transactions.count(), 1);
            QCOMPARE(tickets.count(), 1);
            const auto usdHistory = wallet.history(Currency::usd());
            QVERIFY(!usdHistory.isEmpty());
            QCOMPARE(usdHistory.last().second, 10000);  // today's balance closes the chart
            QCOMPARE(tickets.list().first().subject, QStringLiteral("Card top-up question"));
            QVERIFY(faq.count(QStringLiteral("en")) >= 10);
            QCOMPARE(faq.count(QStringLiteral("zh_CN")), faq.count(QStringLiteral("en")));

            // A second top-up arrives as a delta.
            QCOMPARE(topUpByCard(*m_server, m_serverToken, 2500).status, 201);
            sync.syncNow();
            QVERIFY(synced.wait(20000));
            QCOMPARE(transactions.count(), 2);
            refreshAfterSync = m_keychain.secrets.begin().value();
        }
        // The next start: the remembered account signs in by itself with the refresh token from the keychain.
        auto prefs = settings();
        SessionService restored(m_keychain, *prefs);
        ApiClient client(&m_nam, m_server->baseUrl(), &restored);
        restored.setApiClient(&client);
        restored.restore();
        QVERIFY(waitFor(restored, SessionService::State::SignedIn));
        QVERIFY(m_keychain.secrets.begin().value() != refreshAfterSync);  // rotated and stored again

        // No secret in the settings file or the cache file.
        QFile settingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settingsFile.readAll();
        QFile cacheFile(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        const QByteArray cacheBytes = cacheFile.readAll();
        QFile walFile(m_dir.filePath(QStringLiteral("cache.sqlite-wal")));
        const QByteArray walBytes = walFile.open(QIODevice::ReadOnly) ? walFile.readAll() : QByteArray();
        for (const QByteArray &secret : {m_keychain.secrets.begin().value(), refreshAfterSync, restored.accessToken().toLatin1(),
                                         QByteArray(ServerProcess::kPassword)}) {
            for (const QString &line : std::as_const(g_log))
                QVERIFY2(!line.contains(QString::fromLatin1(secret)), "a secret reached the log");
            QVERIFY(!settingsText.contains(secret));
            QVERIFY(!cacheBytes.contains(secret));
            QVERIFY2(!walBytes.contains(secret), secret.constData());
        }

        restored.signOut();
        QVERIFY(m_keychain.secrets.isEmpty());
        QCOMPARE(restored.state(), SessionService::State::SignedOut);
    }
    void unreachableServerMeansOffline()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("offline.sqlite")));
        cache.open();
        WalletCache wallet(cache.db());
        TransactionStore transactions(cache.db());
        FaqStore faq(cache.db());
        RetryPolicy once;
        once.maxAttempts = 1;
        ApiClient client(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:9")), nullptr);  // discard port: nothing listens
        client.setRetryPolicy(once);
        SyncEngine sync(&client, &wallet, &transactions, &faq);
        QSignalSpy changed(&sync, &SyncEngine::stateChanged);
        sync.syncNow();
        QVERIFY(QTest::qWaitFor([&] { return sync.state() == SyncEngine::State::Offline; }, 20000));
    }
    void keychainThatFailsMeansSignInEachTimeAndANotice()
    {
        InMemoryCredentialStore broken;
        broken.forcedStatus = CredentialStore::Status::Unavailable;
        auto prefs = settings();
        SessionService session(broken, *prefs);
        ApiClient client(&m_nam, m_server->baseUrl(), &session);
        session.setApiClient(&client);
        QSignalSpy notice(&session, &SessionService::notice);
        session.signIn(QStringLiteral("sync@example.com"), QString::fromLatin1(ServerProcess::kPassword));
        QVERIFY(waitFor(session, SessionService::State::SignedIn));  // works now...
        QVERIFY(notice.count() > 0 || notice.wait(5000));            // ...and says why it will not be remembered
        SessionService nextStart(broken, *prefs);
        nextStart.setApiClient(&client);
        nextStart.restore();
        QVERIFY(waitFor(nextStart, SessionService::State::SignedOut));
    }
};

QTEST_GUILESS_MAIN(TestSyncAgainstServer)
#include "tst_syncagainstserver.moc"
