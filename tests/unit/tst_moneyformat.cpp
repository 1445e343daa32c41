#include "core/moneyformat.h"

#include <QTest>

#include <limits>

using namespace okpay;

namespace {
const QLocale kEnUs(QLocale::English, QLocale::UnitedStates);
const QLocale kZhCn(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
const QLocale kDeDe(QLocale::German, QLocale::Germany);
Currency code(const char16_t *c)
{
    return *Currency::fromCode(QStringView(c));
}
} // namespace

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatsAmountExactly_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en USD") << kEnUs << qint64(123456) << QStringLiteral("USD") << QStringLiteral("1,234.56");
        QTest::newRow("en cents") << kEnUs << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
        QTest::newRow("en negative") << kEnUs << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
        QTest::newRow("en JPY") << kEnUs << qint64(1000) << QStringLiteral("JPY") << QStringLiteral("1,000");
        QTest::newRow("en KWD") << kEnUs << qint64(1234) << QStringLiteral("KWD") << QStringLiteral("1.234");
        QTest::newRow("zh CNY") << kZhCn << qint64(987654321) << QStringLiteral("CNY")
                                << QStringLiteral("9,876,543.21");
        QTest::newRow("de EUR") << kDeDe << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("1.234,56");
        QTest::newRow("int64 max") << kEnUs << std::numeric_limits<qint64>::max() << QStringLiteral("USD")
                                   << QStringLiteral("92,233,720,368,547,758.07");
        QTest::newRow("int64 min") << kEnUs << std::numeric_limits<qint64>::min() << QStringLiteral("USD")
                                   << QStringLiteral("-92,233,720,368,547,758.08");
    }
    void formatsAmountExactly()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::amount(Money(minor, *Currency::fromCode(currency)), locale), expected);
    }
    void usesLocalSymbolForOwnCurrency()
    {
        QCOMPARE(MoneyFormat::withSymbol(Money(123456, Currency::usd()), kEnUs), QStringLiteral("$1,234.56"));
        QCOMPARE(MoneyFormat::withSymbol(Money(123456, Currency::cny()), kZhCn), QStringLiteral("¥1,234.56"));
    }
    void usesUnambiguousSymbolForForeignCurrency()
    {
        QCOMPARE(MoneyFormat::withSymbol(Money(100, Currency::usd()), kZhCn), QStringLiteral("US$1.00"));
        QCOMPARE(MoneyFormat::withSymbol(Money(100, Currency::cny()), kEnUs), QStringLiteral("CN¥1.00"));
        QCOMPARE(MoneyFormat::withSymbol(Money(250, code(u"EUR")), kEnUs), QStringLiteral("€2.50"));
    }
    void negativeAmountKeepsSignWithSymbol()
    {
        // A plain minus, not the accounting style "($10.50)" that CLDR gives en_US.
        QCOMPARE(MoneyFormat::withSymbol(Money(-1050, Currency::usd()), kEnUs), QStringLiteral("-$10.50"));
        QCOMPARE(MoneyFormat::withSymbol(Money(-1050, Currency::cny()), kZhCn), QStringLiteral("-¥10.50"));
    }
};

QTEST_APPLESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
