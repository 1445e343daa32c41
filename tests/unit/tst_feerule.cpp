#include "core/feerule.h"

#include <QTest>

#include <limits>

using namespace okpay;

class TestFeeRule : public QObject
{
    Q_OBJECT

private slots:
    void percentPlusFixedRoundedHalfUp_data()
    {
        QTest::addColumn<qint64>("percentBp");
        QTest::addColumn<qint64>("fixed");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::newRow("2.9% + 0.30 of 100.00") << qint64(290) << qint64(30) << qint64(10000) << qint64(320);
        QTest::newRow("1% of 0.50 is half a cent → 1") << qint64(100) << qint64(0) << qint64(50) << qint64(1);
        QTest::newRow("1% of 0.49 → 0") << qint64(100) << qint64(0) << qint64(49) << qint64(0);
        QTest::newRow("1.5% of 10.10 = 15.15 → 15") << qint64(150) << qint64(0) << qint64(1010) << qint64(15);
        QTest::newRow("fixed only") << qint64(0) << qint64(100) << qint64(123456) << qint64(100);
        QTest::newRow("zero amount pays fixed") << qint64(290) << qint64(30) << qint64(0) << qint64(30);
    }
    void percentPlusFixedRoundedHalfUp()
    {
        QFETCH(qint64, percentBp);
        QFETCH(qint64, fixed);
        QFETCH(qint64, amount);
        QFETCH(qint64, fee);
        const auto rule = FeeRule::create(Currency::usd(), percentBp, fixed);
        QVERIFY(rule);
        QCOMPARE(rule->feeFor(Money(amount, Currency::usd()))->minor(), fee);
    }
    void clampsToMinAndMax()
    {
        const auto rule = FeeRule::create(Currency::usd(), 100, 0, 50, 1000);
        QCOMPARE(rule->feeFor(Money(100, Currency::usd()))->minor(), 50);        // 1 cent → min 0.50
        QCOMPARE(rule->feeFor(Money(1'000'000, Currency::usd()))->minor(), 1000);  // 100.00 → max 10.00
        QCOMPARE(rule->feeFor(Money(20'000, Currency::usd()))->minor(), 200);
    }
    void rejectsInvalidRules()
    {
        QVERIFY(!FeeRule::create(Currency::usd(), -1, 0));
        QVERIFY(!FeeRule::create(Currency::usd(), 10001, 0));
        QVERIFY(!FeeRule::create(Currency::usd(), 100, -5));
        QVERIFY(!FeeRule::create(Currency::usd(), 100, 0, -1));
        QVERIFY(!FeeRule::create(Currency::usd(), 100, 0, 500, 100));
    }
    void refusesOtherCurrencyNegativeAndOverflow()
    {
        const auto rule = FeeRule::create(Currency::usd(), 100, 30);
        QVERIFY(!rule->feeFor(Money(100, Currency::eur())));
        QVERIFY(!rule->feeFor(Money(-100, Currency::usd())));
        const auto fixedHeavy = FeeRule::create(Currency::usd(), 10000, std::numeric_limits<qint64>::max());
        QVERIFY(!fixedHeavy->feeFor(Money(10, Currency::usd())));
    }
    void jpyHasNoFractions()
    {
        const auto jpy = *Currency::fromCode(u"JPY");
        const auto rule = FeeRule::create(jpy, 250, 0);
        QCOMPARE(rule->feeFor(Money(1020, jpy))->minor(), 26);  // 25.5 yen → 26
    }
    void promotionWindowIsHalfOpen()
    {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1'000'000, Qt::UTC);
        const Promotion p{QStringLiteral("p"), start, start.addDays(1), Promotion::Kind::WaiveFee, 0};
        QVERIFY(!p.isActiveAt(start.addSecs(-1)));
        QVERIFY(p.isActiveAt(start));
        QVERIFY(p.isActiveAt(start.addDays(1).addSecs(-1)));
        QVERIFY(!p.isActiveAt(start.addDays(1)));
    }
    void discountSavesShareOfFee()
    {
        const Promotion half{QStringLiteral("h"), {}, {}, Promotion::Kind::DiscountFee, 5000};
        QCOMPARE(half.savingOn(Money(321, Currency::usd())).minor(), 161);  // 160.5 → 161
        const Promotion waive{QStringLiteral("w"), {}, {}, Promotion::Kind::WaiveFee, 0};
        QCOMPARE(waive.savingOn(Money(321, Currency::usd())).minor(), 321);
        const Promotion absurd{QStringLiteral("x"), {}, {}, Promotion::Kind::DiscountFee, 99999};
        QCOMPARE(absurd.savingOn(Money(321, Currency::usd())).minor(), 321);  // never more than the fee
    }
};

QTEST_APPLESS_MAIN(TestFeeRule)
#include "tst_feerule.moc"
