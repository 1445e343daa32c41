#include "core/otpauthuri.h"

#include "core/base32.h"

#include <QTest>
#include <QUrlQuery>

using namespace okpay;

class TestOtpAuthUri : public QObject
{
    Q_OBJECT

private slots:
    void buildsKeyUriFormat()
    {
        const Totp::Params params{QByteArrayLiteral("12345678901234567890"), 6, 30, OtpAlgorithm::Sha1};
        const QUrl uri = OtpAuthUri::build(params, QStringLiteral("OKPay"), QStringLiteral("alice@example.com"));
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/OKPay:alice@example.com"));
        const QUrlQuery query(uri);
        QCOMPARE(query.queryItemValue(QStringLiteral("secret")), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("OKPay"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
        QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
    }
    void roundTripsThroughText()
    {
        const Totp::Params params{QByteArrayLiteral("abcdefghij0123456789"), 8, 60, OtpAlgorithm::Sha256};
        const QUrl built = OtpAuthUri::build(params, QStringLiteral("OK Pay & Co"), QStringLiteral("李雷@example.cn"));
        const auto parsed = OtpAuthUri::parse(QUrl(built.toString(QUrl::FullyEncoded)));
        QVERIFY(parsed);
        QCOMPARE(parsed->params.secret, params.secret);
        QCOMPARE(parsed->params.digits, 8);
        QCOMPARE(parsed->params.periodSecs, 60);
        QCOMPARE(int(parsed->params.algorithm), int(OtpAlgorithm::Sha256));
        QCOMPARE(parsed->issuer, QStringLiteral("OK Pay & Co"));
        QCOMPARE(parsed->account, QStringLiteral("李雷@example.cn"));
    }
    void rejectsMalformedUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("wrong scheme") << QStringLiteral("https://totp/x?secret=MZXW6YTB");
        QTest::newRow("hotp") << QStringLiteral("otpauth://hotp/x?secret=MZXW6YTB&counter=1");
        QTest::newRow("no secret") << QStringLiteral("otpauth://totp/x");
        QTest::newRow("bad secret") << QStringLiteral("otpauth://totp/x?secret=M1!");
        QTest::newRow("bad digits") << QStringLiteral("otpauth://totp/x?secret=MZXW6YTB&digits=7");
        QTest::newRow("digits text") << QStringLiteral("otpauth://totp/x?secret=MZXW6YTB&digits=six");
        QTest::newRow("zero period") << QStringLiteral("otpauth://totp/x?secret=MZXW6YTB&period=0");
        QTest::newRow("bad algorithm") << QStringLiteral("otpauth://totp/x?secret=MZXW6YTB&algorithm=MD5");
    }
    void rejectsMalformedUris()
    {
        QFETCH(QString, uri);
        QVERIFY(!OtpAuthUri::parse(QUrl(uri)));
    }
};

QTEST_APPLESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
