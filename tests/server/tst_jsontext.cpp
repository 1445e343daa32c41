// JsonText: JSON written as text for the hottest responses must parse back to the same values, whatever the text.
#include "http/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace okpay::server;

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringsParseBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("USD");
        QTest::newRow("empty") << QString();
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("json injection") << QStringLiteral("\",\"amount\":999999,\"x\":\"");
        QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\r\x01\x1f");
        QTest::newRow("chinese") << QStringLiteral("人民币");
        QTest::newRow("emoji") << QStringLiteral("💰");
        QTest::newRow("nul") << QString(QChar(0));
    }
    void stringsParseBackUnchanged()
    {
        QFETCH(QString, text);
        QByteArray json("{\"v\":");
        JsonText::appendString(json, text);
        json.append('}');
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(u"v").toString(), text);
        QCOMPARE(doc.object().size(), 1);
    }
    void moneyIsAnIntegerWithItsCurrency()
    {
        QByteArray json;
        JsonText::appendMoney(json, std::numeric_limits<qint64>::min(), u"KWD");
        const QJsonObject money = QJsonDocument::fromJson(json).object();
        QCOMPARE(json, QByteArray("{\"amount\":-9223372036854775808,\"currency\":\"KWD\"}"));
        QCOMPARE(money.value(u"currency").toString(), QStringLiteral("KWD"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
