// LocalizedText: configuration text given once or per language, and the language a request asks for.
#include "config/localizedtext.h"

#include <QJsonObject>
#include <QTest>

using namespace okpay::server;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void picksTheLanguageThenEnglish()
    {
        const QJsonObject both{{QStringLiteral("en"), QStringLiteral("Email")}, {QStringLiteral("zh_CN"), QStringLiteral("电子邮件")}};
        QCOMPARE(LocalizedText::pick(both, QStringLiteral("zh_CN")), QStringLiteral("电子邮件"));
        QCOMPARE(LocalizedText::pick(both, QStringLiteral("en")), QStringLiteral("Email"));
        QCOMPARE(LocalizedText::pick(QJsonObject{{QStringLiteral("en"), QStringLiteral("Email")}}, QStringLiteral("zh_CN")),
                 QStringLiteral("Email"));
        QCOMPARE(LocalizedText::pick(QStringLiteral("Hotline"), QStringLiteral("zh_CN")), QStringLiteral("Hotline"));
        // Malformed configuration gives no text (the channel is then left out), never a crash.
        QCOMPARE(LocalizedText::pick(QJsonObject{{QStringLiteral("zh_CN"), 42}}, QStringLiteral("zh_CN")), QString());
        QCOMPARE(LocalizedText::pick(QJsonValue(), QStringLiteral("en")), QString());
        QCOMPARE(LocalizedText::pick(QJsonValue(7), QStringLiteral("en")), QString());
    }
    void readsTheFirstChoiceOfAcceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("locale");
        QTest::newRow("chinese") << QByteArray("zh-CN,zh;q=0.9,en;q=0.8") << QStringLiteral("zh_CN");
        QTest::newRow("bare zh") << QByteArray("zh") << QStringLiteral("zh_CN");
        QTest::newRow("upper case") << QByteArray("ZH-cn") << QStringLiteral("zh_CN");
        QTest::newRow("english") << QByteArray("en-US,en;q=0.5") << QStringLiteral("en");
        QTest::newRow("english first") << QByteArray("en, zh-CN") << QStringLiteral("en");
        QTest::newRow("other") << QByteArray("fr-FR") << QStringLiteral("en");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("en");
        QTest::newRow("junk") << QByteArray(";;,,\x01") << QStringLiteral("en");
        QTest::newRow("zhx is not zh") << QByteArray("zhx") << QStringLiteral("en");
    }
    void readsTheFirstChoiceOfAcceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, locale);
        QCOMPARE(LocalizedText::localeOf(header), locale);
    }
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
