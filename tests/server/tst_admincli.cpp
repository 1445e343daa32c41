#include "fundingfixture.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace okpay::test;

class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    static int admin(const QStringList &args, QString *output)
    {
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), QStringList{QStringLiteral("admin")} + args);
        p.waitForFinished(60000);
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void createAgentPrintsAPasswordThatSignsIn()
    {
        QString output;
        QCOMPARE(admin({QStringLiteral("create-agent"), QStringLiteral("--db"), m_server->databaseUrl(),
                        QStringLiteral("agent@okpay.test"), QStringLiteral("Agent Wang")}, &output), 0);
        const auto match = QRegularExpression(QStringLiteral("with password (\\S+)")).match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        const HttpReply login = m_server->post(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), QStringLiteral("agent@okpay.test")},
                                                                               {QStringLiteral("password"), match.captured(1)}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(u"user").toObject().value(u"role").toString(), QStringLiteral("agent"));
    }
    void createAgentPromotesAnExistingUser()
    {
        m_server->registerUser(QStringLiteral("promote@example.com"));
        QString output;
        QCOMPARE(admin({QStringLiteral("create-agent"), QStringLiteral("--db"), m_server->databaseUrl(),
                        QStringLiteral("promote@example.com"), QStringLiteral("Li")}, &output), 0);
        QVERIFY(output.contains(QStringLiteral("promoted")));
    }
    void loadFaqPublishesArticlesToClients()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("en")));
        QFile article(dir.filePath(QStringLiteral("en/lost-phone.md")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("---\ntitle: I lost the phone with my authenticator app\ncategory: security\ncategory_title: Security\n"
                      "keywords: lost phone, 2fa, recovery code\nposition: 9\nupdated: 2026-11-25\n---\n"
                      "Sign in with one of your recovery codes, then set up two-factor authentication again.\n");
        article.close();
        QString output;
        QCOMPARE(admin({QStringLiteral("load-faq"), QStringLiteral("--db"), m_server->databaseUrl(), dir.path()}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("1 added")), qPrintable(output));
        const HttpReply faq = m_server->get(QStringLiteral("/v1/support/faq/en"));
        QCOMPARE(faq.status, 200);
        QVERIFY(faq.body.contains("lost the phone with my authenticator app"));
        QCOMPARE(admin({QStringLiteral("load-faq"), QStringLiteral("--db"), m_server->databaseUrl(), QStringLiteral("/nonexistent")}, &output), 1);
    }
    void settleTopUpCompletesABankTransfer()
    {
        const QString token = m_server->registerVerifiedUser(QStringLiteral("bank@example.com"));
        const HttpReply q = quote(*m_server, token, QStringLiteral("topup_bank_transfer"), 50000);
        QCOMPARE(q.status, 201);
        const HttpReply topup = m_server->post(QStringLiteral("/v1/funding/topups"), {{QStringLiteral("quote_id"), q.json().value(u"quote_id").toString()}},
                                               token, idempotencyKey());
        QCOMPARE(topup.status, 201);
        const QString id = topup.json().value(u"id").toString();
        QCOMPARE(pendingBalance(*m_server, token), 50000);
        QString output;
        QCOMPARE(admin({QStringLiteral("settle-topup"), QStringLiteral("--db"), m_server->databaseUrl(), id, QStringLiteral("complete")}, &output), 0);
        QCOMPARE(availableBalance(*m_server, token), 50000);
        QCOMPARE(pendingBalance(*m_server, token), 0);
        QCOMPARE(admin({QStringLiteral("settle-topup"), QStringLiteral("--db"), m_server->databaseUrl(), id, QStringLiteral("fail")}, &output), 1);
        QCOMPARE(admin({QStringLiteral("settle-topup"), QStringLiteral("--db"), m_server->databaseUrl(), QStringLiteral("top_missing"), QStringLiteral("complete")}, &output), 1);
        QCOMPARE(admin({QStringLiteral("settle-topup"), QStringLiteral("--db"), m_server->databaseUrl(), id, QStringLiteral("maybe")}, &output), 2);
    }
    void takesTheDatabaseFromTheServiceConfig()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"database\": \"" + m_server->databaseUrl().toUtf8() + "\"}");
        config.close();
        QString output;
        QCOMPARE(admin({QStringLiteral("--config"), config.fileName(), QStringLiteral("create-agent"),
                        QStringLiteral("configured@okpay.test"), QStringLiteral("Agent Zhao")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("created agent configured@okpay.test")), qPrintable(output));
        QCOMPARE(admin({QStringLiteral("--help")}, &output), 0);
        for (const char *command : {"create-agent", "load-faq", "settle-topup", "--config", "--db"})
            QVERIFY2(output.contains(QLatin1String(command)), command);
    }
    void rejectsBadUsage()
    {
        QString output;
        QCOMPARE(admin({QStringLiteral("create-agent"), QStringLiteral("--db"), m_server->databaseUrl()}, &output), 2);
        QCOMPARE(admin({QStringLiteral("no-such-command"), QStringLiteral("--db"), m_server->databaseUrl()}, &output), 2);
        QCOMPARE(admin({QStringLiteral("create-agent")}, &output), 2);
        QCOMPARE(admin({QStringLiteral("create-agent"), QStringLiteral("--db"), QStringLiteral("mysql://x")}, &output), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
