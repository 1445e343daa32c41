#include "api/tlspolicy.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

namespace {
bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}
} // namespace

// URL rules, and pinning against a real okpay-server speaking TLS with a certificate from a throwaway CA.
class TestTlsPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_base;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QNetworkReply *get(QNetworkAccessManager &nam, const TlsPolicy &policy)
    {
        QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/healthz"))));
        request.setSslConfiguration(policy.sslConfiguration());
        QNetworkReply *reply = nam.get(request);
        policy.watch(reply);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return reply;
    }

private slots:
    void initTestCase()
    {
        const QString openssl = QStringLiteral("openssl");
        QVERIFY(run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                              QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=OKPay Test CA")}));
        QVERIFY(run(openssl, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                              path("leaf.key"), QStringLiteral("-out"), path("leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QFile ext(path("ext.cnf"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\n");
        ext.close();
        QVERIFY(run(openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("leaf.csr"), QStringLiteral("-CA"), path("ca.pem"),
                              QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path("leaf.pem"),
                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), path("ext.cnf")}));
        m_server.start(QStringLiteral(OKPAY_SERVER_BIN),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path("s.sqlite"),
                        QStringLiteral("--tls-cert"), path("leaf.pem"), QStringLiteral("--tls-key"), path("leaf.key")});
        QByteArray out;
        const QRegularExpression line(QStringLiteral("listening on (https://\\S+)"));
        for (int i = 0; i < 200 && !m_base.isValid(); ++i) {
            m_server.waitForReadyRead(100);
            out += m_server.readAllStandardOutput();
            const auto m = line.match(QString::fromUtf8(out));
            if (m.hasMatch())
                m_base = QUrl(m.captured(1));
        }
        QVERIFY(m_base.isValid());
    }
    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void checksServerUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("expected");
        QTest::newRow("https remote") << QStringLiteral("https://api.okpay.example") << int(TlsPolicy::UrlCheck::Ok);
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << int(TlsPolicy::UrlCheck::Ok);
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << int(TlsPolicy::UrlCheck::Ok);
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << int(TlsPolicy::UrlCheck::Ok);
        QTest::newRow("http remote") << QStringLiteral("http://api.okpay.example") << int(TlsPolicy::UrlCheck::InsecureScheme);
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10") << int(TlsPolicy::UrlCheck::InsecureScheme);
        QTest::newRow("http fake loopback name") << QStringLiteral("http://127.0.0.1.evil.example") << int(TlsPolicy::UrlCheck::InsecureScheme);
        QTest::newRow("ftp") << QStringLiteral("ftp://api.okpay.example") << int(TlsPolicy::UrlCheck::Invalid);
        QTest::newRow("credentials in url") << QStringLiteral("https://user:pw@api.okpay.example") << int(TlsPolicy::UrlCheck::Invalid);
        QTest::newRow("empty") << QString() << int(TlsPolicy::UrlCheck::Invalid);
    }
    void checksServerUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, expected);
        QCOMPARE(int(TlsPolicy::checkServerUrl(QUrl(url))), expected);
    }
    void refusesAnUntrustedCertificate()
    {
        QNetworkAccessManager nam;
        TlsPolicy policy;  // system roots only: the test CA is unknown, and errors are never ignored
        QNetworkReply *reply = get(nam, policy);
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        delete reply;
    }
    void acceptsTheServersOwnCa()
    {
        QNetworkAccessManager nam;
        TlsPolicy policy;
        policy.setExtraCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
        QNetworkReply *reply = get(nam, policy);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->sslConfiguration().sessionProtocol() >= QSsl::TlsV1_2);
        delete reply;
    }
    void pinnedKeyMatches()
    {
        QNetworkAccessManager nam;
        TlsPolicy policy;
        policy.setExtraCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
        policy.setPins({TlsPolicy::spkiPin(QSslCertificate::fromPath(path("leaf.pem")).first())});
        QNetworkReply *reply = get(nam, policy);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        delete reply;
    }
    void otherKeyIsRefusedEvenWhenCaSigned()
    {
        QNetworkAccessManager nam;
        TlsPolicy policy;
        policy.setExtraCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
        policy.setPins({QByteArray(44, 'A')});
        QNetworkReply *reply = get(nam, policy);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(reply->property("okpayPinMismatch").toBool());
        delete reply;
    }
    void pinIsTheStandardSpkiHash()
    {
        // Same value as: openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64").arg(path("leaf.pem"))});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(TlsPolicy::spkiPin(QSslCertificate::fromPath(path("leaf.pem")).first()), shell.readAllStandardOutput().trimmed());
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
