#include "support/serverprocess.h"

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
