// okpay-server as a process: the "listening on" line, option errors, TLS, and graceful shutdown on SIGTERM.
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestServerLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbUrl(const QString &name) const
    {
        // Lifecycle behaviour does not depend on the database; SQLite keeps these tests self-contained.
        return QStringLiteral("sqlite:") + m_dir.filePath(name);
    }
    static QUrl waitForAddress(QProcess &p)
    {
        static const QRegularExpression line(QStringLiteral("^listening on (https?://\\S+)"));
        QByteArray out;
        for (int i = 0; i < 200 && p.state() != QProcess::NotRunning; ++i) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
            const auto m = line.match(QString::fromUtf8(out));
            if (m.hasMatch())
                return QUrl(m.captured(1));
        }
        return {};
    }

    QString writeConfig(const QString &name, const QByteArray &json)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return {};
        return file.fileName();
    }

private slots:
    void badOptionsExitWithUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("listen without port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")};
        QTest::newRow("listen bad port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")};
        QTest::newRow("listen host name") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost:0")};
        QTest::newRow("half a TLS pair") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent.json")};
    }
    void badOptionsExitWithUsageError()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), args << QStringLiteral("--db") << dbUrl(QStringLiteral("bad.sqlite")));
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
    }
    void versionAndHelpPrintAndExit()
    {
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QRegularExpression(QStringLiteral("^okpay-server \\d+\\.\\d+\\.\\d+\n$")).match(QString::fromUtf8(p.readAllStandardOutput())).hasMatch());
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *option : {"--listen", "--db", "--config", "--tls-cert", "--tls-key", "--demo", "--version", "admin"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }
    void takesListenAndDatabaseFromTheConfig()
    {
        const QString db = m_dir.filePath(QStringLiteral("configured.sqlite"));
        const QString config = writeConfig(QStringLiteral("service.json"), "{\"listen\": \"127.0.0.1:0\", \"database\": \"sqlite:"
                                                                               + db.toUtf8() + "\"}");
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--config"), config});
        const QUrl address = waitForAddress(p);
        QVERIFY2(address.isValid(), p.readAllStandardError().constData());
        QVERIFY(address.port() > 0);
        QVERIFY(QFile::exists(db));
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
    }
    void theCommandLineWinsOverTheConfig()
    {
        // 192.0.2.1 (TEST-NET-1) is on no interface here: listening there would fail.
        const QString config = writeConfig(QStringLiteral("unbindable.json"), "{\"listen\": \"192.0.2.1:8080\"}");
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--config"), config, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                   QStringLiteral("--db"), dbUrl(QStringLiteral("wins.sqlite"))});
        QVERIFY2(waitForAddress(p).isValid(), p.readAllStandardError().constData());
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        const QString bad = writeConfig(QStringLiteral("badlisten.json"), "{\"listen\": \"everywhere\"}");
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--config"), bad, QStringLiteral("--db"), dbUrl(QStringLiteral("bad2.sqlite"))});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("listen"));
    }
    void unusableDatabaseExitsWithError()
    {
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                                   QStringLiteral("sqlite:/proc/okpay/cannot.sqlite")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
    }
    void sigtermLetsInFlightRequestsFinish()
    {
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                                   dbUrl(QStringLiteral("term.sqlite"))});
        const QUrl base = waitForAddress(p);
        QVERIFY(base.isValid());
        QNetworkAccessManager nam;
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/v1/auth/register"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // Registration hashes a password (~0.1 s): still running when SIGTERM arrives.
        QNetworkReply *reply = nam.post(request, R"({"name":"T","email":"term@example.com","phone":"+8613800138000","password":"vivid-Tundra-73-oscillate!"})");
        QTest::qWait(40);
        ::kill(pid_t(p.processId()), SIGTERM);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        delete reply;
    }
    void servesHttpsWithACertificate()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                                  QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QProcess p;
        p.start(QStringLiteral(OKPAY_SERVER_BIN), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                                   dbUrl(QStringLiteral("tls.sqlite")), QStringLiteral("--tls-cert"), cert,
                                                   QStringLiteral("--tls-key"), key});
        const QUrl base = waitForAddress(p);
        QCOMPARE(base.scheme(), QStringLiteral("https"));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/healthz")))));
        // The test trusts exactly this self-signed certificate, nothing else.
        const auto expected = QSslCertificate::fromPath(cert);
        QList<QSslError> allowed;
        for (const auto &e : {QSslError::SelfSignedCertificate, QSslError::HostNameMismatch})
            allowed << QSslError(e, expected.first());
        reply->ignoreSslErrors(allowed);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_serverlifecycle.moc"
