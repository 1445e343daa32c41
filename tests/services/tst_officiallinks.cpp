// OfficialLinks: which links in a support message lead to OKPay (https to okpay.example or a subdomain) and which
// only look like it.
#include "services/officiallinks.h"

#include <QTest>

using namespace okpay;

class TestOfficialLinks : public QObject
{
    Q_OBJECT

private slots:
    void judgesEachLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("official");
        QTest::newRow("apex") << QStringLiteral("https://okpay.example/fees") << true;
        QTest::newRow("subdomain") << QStringLiteral("https://help.okpay.example/a?b=c#d") << true;
        QTest::newRow("upper case host") << QStringLiteral("https://HELP.OKPAY.EXAMPLE/") << true;
        QTest::newRow("trailing dot") << QStringLiteral("https://okpay.example./") << true;
        QTest::newRow("with port") << QStringLiteral("https://okpay.example:8443/x") << true;
        QTest::newRow("plain http") << QStringLiteral("http://okpay.example/") << false;
        QTest::newRow("suffix trick") << QStringLiteral("https://okpay.example.evil.test/") << false;
        QTest::newRow("glued prefix") << QStringLiteral("https://myokpay.example/") << false;
        QTest::newRow("user info trick") << QStringLiteral("https://okpay.example@evil.test/") << false;
        QTest::newRow("cyrillic a") << QStringLiteral("https://okp\u0430y.example/") << false;
        QTest::newRow("other domain") << QStringLiteral("https://okpay-support.example.net/login") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    }
    void judgesEachLink()
    {
        QFETCH(QString, url);
        QFETCH(bool, official);
        QCOMPARE(OfficialLinks().isOfficial(QUrl(url)), official);
    }

    void findsLinksInTextWithoutTrailingPunctuation()
    {
        const QString text = QStringLiteral("See https://help.okpay.example/fees. Or www.okpay.example, not (http://evil.test/x)! "
                                            "中文：https://okpay.example/zh。谢谢");
        const QList<OfficialLinks::Link> links = OfficialLinks().find(text);
        QCOMPARE(links.size(), 4);
        QCOMPARE(text.mid(links[0].start, links[0].length), QStringLiteral("https://help.okpay.example/fees"));
        QVERIFY(links[0].official);
        QCOMPARE(links[1].url, QUrl(QStringLiteral("https://www.okpay.example")));
        QVERIFY(links[1].official);
        QCOMPARE(text.mid(links[2].start, links[2].length), QStringLiteral("http://evil.test/x"));
        QVERIFY(!links[2].official);
        QCOMPARE(text.mid(links[3].start, links[3].length), QStringLiteral("https://okpay.example/zh"));
        QVERIFY(links[3].official);
    }

    void usesTheDomainsItIsGiven()
    {
        const OfficialLinks links({QStringLiteral("okpay.cn"), QStringLiteral(" OKPay.Example ")});
        QVERIFY(links.isOfficial(QUrl(QStringLiteral("https://support.okpay.cn/"))));
        QVERIFY(links.isOfficial(QUrl(QStringLiteral("https://okpay.example/"))));
        QVERIFY(!links.isOfficial(QUrl(QStringLiteral("https://okpay.com/"))));
    }

    void textWithoutLinksHasNone()
    {
        QVERIFY(OfficialLinks().find(QStringLiteral("Your transfer ref is OK-100234, file screenshot.png, version 1.2.3")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfficialLinks)
#include "tst_officiallinks.moc"
