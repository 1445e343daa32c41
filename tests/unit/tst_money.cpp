#include "core/money.h"

#include <QTest>

#include <limits>

using namespace okpay;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void addsSameCurrency()
    {
        const auto sum = Money(150, Currency::usd()).plus(Money(275, Currency::usd()));
        QVERIFY(sum);
        QCOMPARE(sum->minor(), 425);
        QCOMPARE(sum->currency().code(), QStringLiteral("USD"));
    }
    void refusesToMixCurrencies()
    {
        QVERIFY(!Money(1, Currency::usd()).plus(Money(1, Currency::eur())));
        QVERIFY(!Money(1, Currency::usd()).minus(Money(1, Currency::cny())));
    }
    void detectsAdditionOverflow()
    {
        const Money max(std::numeric_limits<qint64>::max(), Currency::usd());
        QVERIFY(!max.plus(Money(1, Currency::usd())));
        const Money min(std::numeric_limits<qint64>::min(), Currency::usd());
        QVERIFY(!min.minus(Money(1, Currency::usd())));
        QVERIFY(!min.negated());
    }
    void subtractsToNegative()
    {
        const auto difference = Money(100, Currency::eur()).minus(Money(250, Currency::eur()));
        QVERIFY(difference);
        QCOMPARE(difference->minor(), -150);
        QVERIFY(difference->isNegative());
    }
    void multipliesByRateRoundingHalfUp_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2.9% of 10.00") << qint64(1000) << qint64(290) << qint64(10000) << qint64(29);
        QTest::newRow("half rounds up") << qint64(50) << qint64(1) << qint64(100) << qint64(1);   // 0.5 → 1
        QTest::newRow("below half rounds down") << qint64(49) << qint64(1) << qint64(100) << qint64(0);
        QTest::newRow("negative half away from zero") << qint64(-50) << qint64(1) << qint64(100) << qint64(-1);
        QTest::newRow("exchange rate 7.1234") << qint64(10000) << qint64(71234) << qint64(10000) << qint64(71234);
        QTest::newRow("large exact via 128-bit") << qint64(4'000'000'000'000'000'000) << qint64(2) << qint64(4)
                                                 << qint64(2'000'000'000'000'000'000);
    }
    void multipliesByRateRoundingHalfUp()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, expected);
        const auto result = Money(minor, Currency::usd()).multipliedByRate(numerator, denominator);
        QVERIFY(result);
        QCOMPARE(result->minor(), expected);
    }
    void rateOverflowAndBadDenominatorFail()
    {
        const Money big(std::numeric_limits<qint64>::max(), Currency::usd());
        QVERIFY(!big.multipliedByRate(2, 1));
        QVERIFY(!Money(100, Currency::usd()).multipliedByRate(1, 0));
        QVERIFY(!Money(100, Currency::usd()).multipliedByRate(1, -5));
    }
    void equalityNeedsSameCurrency()
    {
        QVERIFY(Money(5, Currency::usd()) == Money(5, Currency::usd()));
        QVERIFY(!(Money(5, Currency::usd()) == Money(5, Currency::eur())));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
