#include "core/quote.h"

#include <QTest>

#include <limits>

using namespace okpay;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
const FeeRule kCard = *FeeRule::create(Currency::usd(), 290, 30);  // credit card: 2.9% + 0.30

Promotion promo(const QString &id, Promotion::Kind kind, qint64 bp, int startDays = -1, int endDays = 1)
{
    return Promotion{id, kNow.addDays(startDays), kNow.addDays(endDays), kind, bp};
}
} // namespace

class TestQuote : public QObject
{
    Q_OBJECT

private slots:
    void quotesFeeAndTotal()
    {
        QuoteError error;
        const Quote q = Quote::calculate(Money(10000, Currency::usd()), kCard, {}, kNow, {}, &error);
        QCOMPARE(int(error), int(QuoteError::None));
        QCOMPARE(q.standardFee.minor(), 320);
        QCOMPARE(q.fee.minor(), 320);
        QCOMPARE(q.saving.minor(), 0);
        QCOMPARE(q.total.minor(), 10320);
        QVERIFY(q.promotionId.isEmpty());
    }
    void activePromotionWaivesFeeAndShowsSaving()
    {
        QuoteError error;
        const Quote q = Quote::calculate(Money(10000, Currency::usd()), kCard,
                                         {promo(QStringLiteral("free-week"), Promotion::Kind::WaiveFee, 0)}, kNow, {},
                                         &error);
        QCOMPARE(q.fee.minor(), 0);
        QCOMPARE(q.saving.minor(), 320);
        QCOMPARE(q.total.minor(), 10000);
        QCOMPARE(q.promotionId, QStringLiteral("free-week"));
    }
    void expiredOrFuturePromotionIgnored()
    {
        QuoteError error;
        const Quote q = Quote::calculate(
            Money(10000, Currency::usd()), kCard,
            {promo(QStringLiteral("past"), Promotion::Kind::WaiveFee, 0, -10, -1),
             promo(QStringLiteral("future"), Promotion::Kind::WaiveFee, 0, 1, 10)},
            kNow, {}, &error);
        QCOMPARE(q.fee.minor(), 320);
        QVERIFY(q.promotionId.isEmpty());
    }
    void bestPromotionWins()
    {
        QuoteError error;
        const Quote q = Quote::calculate(
            Money(10000, Currency::usd()), kCard,
            {promo(QStringLiteral("quarter"), Promotion::Kind::DiscountFee, 2500),
             promo(QStringLiteral("half"), Promotion::Kind::DiscountFee, 5000)},
            kNow, {}, &error);
        QCOMPARE(q.promotionId, QStringLiteral("half"));
        QCOMPARE(q.saving.minor(), 160);
        QCOMPARE(q.fee.minor(), 160);
    }
    void refusesBadAmounts_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("error");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << int(QuoteError::NonPositiveAmount);
        QTest::newRow("negative") << qint64(-500) << QStringLiteral("USD") << int(QuoteError::NonPositiveAmount);
        QTest::newRow("other currency") << qint64(500) << QStringLiteral("EUR") << int(QuoteError::CurrencyMismatch);
        QTest::newRow("below min") << qint64(99) << QStringLiteral("USD") << int(QuoteError::BelowMinimum);
        QTest::newRow("above max") << qint64(1'000'001) << QStringLiteral("USD") << int(QuoteError::AboveMaximum);
    }
    void refusesBadAmounts()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(int, error);
        QuoteError actual = QuoteError::None;
        Quote::calculate(Money(amount, *Currency::fromCode(currency)), kCard, {}, kNow, AmountLimits{100, 1'000'000},
                         &actual);
        QCOMPARE(int(actual), error);
    }
    void totalOverflowIsAnError()
    {
        QuoteError error;
        Quote::calculate(Money(std::numeric_limits<qint64>::max(), Currency::usd()), *FeeRule::create(Currency::usd(), 0, 1),
                         {}, kNow, {}, &error);
        QCOMPARE(int(error), int(QuoteError::Overflow));
    }
};

QTEST_APPLESS_MAIN(TestQuote)
#include "tst_quote.moc"
