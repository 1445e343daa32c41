// LaunchOptions: okpay-wallet's command line and the okpay: links the desktop hands it, including hostile ones.
#include "services/launchoptions.h"

#include <QCommandLineParser>
#include <QTest>

using namespace okpay;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error = nullptr)
    {
        QCommandLineParser parser;
        QString ignored;
        return LaunchOptions::parse(parser, QStringList{QStringLiteral("okpay-wallet")} + arguments, error ? error : &ignored);
    }

private slots:
    void noArgumentsChangeNothing()
    {
        const auto options = parse({});
        QVERIFY(options);
        QVERIFY(options->server.isEmpty());
        QVERIFY(options->language.isEmpty());
        QVERIFY(options->place.isEmpty());
        QVERIFY(options->badLink.isEmpty());
    }

    void readsServerLanguageAndPlace()
    {
        const auto options = parse({QStringLiteral("--server"), QStringLiteral("https://api.okpay.example:8443"),
                                    QStringLiteral("--lang"), QStringLiteral("zh-CN"), QStringLiteral("--open"), QStringLiteral("Help")});
        QVERIFY(options);
        QCOMPARE(options->server, QUrl(QStringLiteral("https://api.okpay.example:8443")));
        QCOMPARE(options->language, QStringLiteral("zh_CN"));
        QCOMPARE(options->place, QStringLiteral("help"));
    }

    void plainHttpOnlyForThisComputer()
    {
        QVERIFY(parse({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:8080")}));
        QVERIFY(parse({QStringLiteral("--server"), QStringLiteral("http://localhost:8080")}));
        QString error;
        QVERIFY(!parse({QStringLiteral("--server"), QStringLiteral("http://api.okpay.example")}, &error));
        QVERIFY(error.contains(QStringLiteral("https://")));
    }

    void rejectsMalformedServers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << QStringLiteral("api.okpay.example");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@api.okpay.example");
        QTest::newRow("spaces") << QStringLiteral("https://api okpay.example");
        QTest::newRow("no host") << QStringLiteral("https://");
    }
    void rejectsMalformedServers()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!parse({QStringLiteral("--server"), url}, &error));
        QVERIFY(!error.isEmpty());
    }

    void rejectsUnknownLanguagesAndPlaces()
    {
        QString error;
        QVERIFY(!parse({QStringLiteral("--lang"), QStringLiteral("fr")}, &error));
        QVERIFY(error.contains(QStringLiteral("zh_CN")));
        QVERIFY(!parse({QStringLiteral("--open"), QStringLiteral("settings")}, &error));
        QVERIFY(error.contains(QStringLiteral("balance")));
        QVERIFY(!parse({QStringLiteral("--open"), QStringLiteral("faq/../../etc/passwd")}, &error));
        QVERIFY(!parse({QStringLiteral("--unknown")}, &error));
        QVERIFY(error.contains(QStringLiteral("unknown")));
        QVERIFY(!parse({QStringLiteral("okpay:help"), QStringLiteral("okpay:chat")}, &error));
    }

    void readsTheLanguageBeforeTheParser()
    {
        const QString app = QStringLiteral("okpay-wallet");
        QCOMPARE(LaunchOptions::languageArgument({app, QStringLiteral("--lang"), QStringLiteral("zh_CN")}), QStringLiteral("zh_CN"));
        QCOMPARE(LaunchOptions::languageArgument({app, QStringLiteral("--lang=en"), QStringLiteral("--help")}), QStringLiteral("en"));
        QCOMPARE(LaunchOptions::languageArgument({app, QStringLiteral("--lang")}), QString());
        QCOMPARE(LaunchOptions::languageArgument({app, QStringLiteral("--lang"), QStringLiteral("xx")}), QString());
        QCOMPARE(LaunchOptions::languageArgument({app, QStringLiteral("--"), QStringLiteral("--lang"), QStringLiteral("en")}), QString());
    }

    void linksNamePlaces_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("place");
        QTest::newRow("opaque") << QStringLiteral("okpay:help") << QStringLiteral("help");
        QTest::newRow("authority") << QStringLiteral("okpay://topup") << QStringLiteral("topup");
        QTest::newRow("trailing slash") << QStringLiteral("okpay://chat/") << QStringLiteral("chat");
        QTest::newRow("article") << QStringLiteral("okpay:faq/two-factor-setup") << QStringLiteral("faq/two-factor-setup");
        QTest::newRow("article with authority") << QStringLiteral("okpay://faq/two-factor-setup") << QStringLiteral("faq/two-factor-setup");
        QTest::newRow("upper case") << QStringLiteral("OKPAY:Security") << QStringLiteral("security");
        QTest::newRow("other scheme") << QStringLiteral("https://okpay.example/help") << QString();
        QTest::newRow("unknown place") << QStringLiteral("okpay:settings") << QString();
        QTest::newRow("path traversal") << QStringLiteral("okpay:faq/../secrets") << QString();
        QTest::newRow("nested") << QStringLiteral("okpay:faq/a/b") << QString();
        QTest::newRow("credentials") << QStringLiteral("okpay://user@help") << QString();
        QTest::newRow("port") << QStringLiteral("okpay://help:80") << QString();
        QTest::newRow("empty") << QStringLiteral("okpay:") << QString();
        QTest::newRow("long article") << QStringLiteral("okpay:faq/") + QString(200, u'a') << QString();
    }
    void linksNamePlaces()
    {
        QFETCH(QString, link);
        QFETCH(QString, place);
        QCOMPARE(LaunchOptions::placeFromLink(QUrl(link, QUrl::StrictMode)), place);
    }

    void aBadLinkStillOpensTheApp()
    {
        const auto options = parse({QStringLiteral("okpay:transfer-all-my-money")});
        QVERIFY(options);
        QVERIFY(options->place.isEmpty());
        QCOMPARE(options->badLink, QStringLiteral("okpay:transfer-all-my-money"));
        const auto huge = parse({QStringLiteral("okpay:") + QString(100000, u'x')});
        QVERIFY(huge);
        QCOMPARE(huge->badLink.size(), 200);
    }

    void openWinsOverALink()
    {
        const auto options = parse({QStringLiteral("--open"), QStringLiteral("security"), QStringLiteral("okpay:help")});
        QVERIFY(options);
        QCOMPARE(options->place, QStringLiteral("security"));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
