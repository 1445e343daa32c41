#include "core/currency.h"

#include <QTest>

using namespace okpay;

class TestCurrency : public QObject
{
    Q_OBJECT

private slots:
    void knowsIsoExponents_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<qint64>("factor");
        QTest::newRow("JPY") << QStringLiteral("JPY") << 0 << qint64(1);
        QTest::newRow("USD") << QStringLiteral("USD") << 2 << qint64(100);
        QTest::newRow("EUR") << QStringLiteral("EUR") << 2 << qint64(100);
        QTest::newRow("CNY") << QStringLiteral("CNY") << 2 << qint64(100);
        QTest::newRow("KWD") << QStringLiteral("KWD") << 3 << qint64(1000);
    }
    void knowsIsoExponents()
    {
        QFETCH(QString, code);
        QFETCH(int, exponent);
        QFETCH(qint64, factor);
        const auto currency = Currency::fromCode(code);
        QVERIFY(currency);
        QCOMPARE(currency->exponent(), exponent);
        QCOMPARE(currency->minorPerMajor(), factor);
    }
    void rejectsUnknownAndMalformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("lower case") << QStringLiteral("usd");
        QTest::newRow("unknown") << QStringLiteral("XYZ");
        QTest::newRow("too long") << QStringLiteral("USDX");
        QTest::newRow("injection") << QStringLiteral("USD'; DROP TABLE");
    }
    void rejectsUnknownAndMalformedCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!Currency::fromCode(code));
    }
    void walletHoldsUsdEurCny()
    {
        QStringList codes;
        for (const Currency &c : Currency::walletCurrencies())
            codes << c.code();
        QCOMPARE(codes, (QStringList{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("CNY")}));
    }
};

QTEST_APPLESS_MAIN(TestCurrency)
#include "tst_currency.moc"
