#include "core/moneyparser.h"

#include <QTest>

using namespace okpay;

Q_DECLARE_METATYPE(okpay::MoneyParseError)

namespace {
const QLocale kEnUs(QLocale::English, QLocale::UnitedStates);
const QLocale kZhCn(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
const QLocale kDeDe(QLocale::German, QLocale::Germany);
} // namespace

class TestMoneyParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatUsersType_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << kEnUs << QStringLiteral("USD") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("two decimals") << kEnUs << QStringLiteral("USD") << QStringLiteral("12.34") << qint64(1234);
        QTest::newRow("one decimal") << kEnUs << QStringLiteral("USD") << QStringLiteral("12.3") << qint64(1230);
        QTest::newRow("leading point") << kEnUs << QStringLiteral("USD") << QStringLiteral(".5") << qint64(50);
        QTest::newRow("trailing point") << kEnUs << QStringLiteral("USD") << QStringLiteral("7.") << qint64(700);
        QTest::newRow("grouping") << kEnUs << QStringLiteral("USD") << QStringLiteral("1,234,567.89")
                                  << qint64(123456789);
        QTest::newRow("spaces around") << kEnUs << QStringLiteral("USD") << QStringLiteral("  5.00 ") << qint64(500);
        QTest::newRow("JPY whole") << kEnUs << QStringLiteral("JPY") << QStringLiteral("1,500") << qint64(1500);
        QTest::newRow("KWD three") << kEnUs << QStringLiteral("KWD") << QStringLiteral("1.234") << qint64(1234);
        QTest::newRow("zh plain") << kZhCn << QStringLiteral("CNY") << QStringLiteral("88.80") << qint64(8880);
        QTest::newRow("zh full-width digits") << kZhCn << QStringLiteral("CNY") << QStringLiteral("１２３．４５")
                                              << qint64(12345);
        QTest::newRow("zh ideographic stop") << kZhCn << QStringLiteral("CNY") << QStringLiteral("12。5")
                                             << qint64(1250);
        QTest::newRow("de comma decimal") << kDeDe << QStringLiteral("EUR") << QStringLiteral("1.234,56")
                                          << qint64(123456);
        QTest::newRow("zero") << kEnUs << QStringLiteral("USD") << QStringLiteral("0") << qint64(0);
        QTest::newRow("int64 max") << kEnUs << QStringLiteral("USD") << QStringLiteral("92233720368547758.07")
                                   << qint64(9223372036854775807);
    }
    void parsesWhatUsersType()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const MoneyParseResult result = MoneyParser::parse(text, *Currency::fromCode(currency), locale);
        QVERIFY2(result.ok(), qPrintable(text));
        QCOMPARE(result.money->minor(), minor);
        QCOMPARE(result.money->currency().code(), currency);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<MoneyParseError>("error");
        const QString usd = QStringLiteral("USD");
        QTest::newRow("empty") << kEnUs << usd << QString() << MoneyParseError::Empty;
        QTest::newRow("blank") << kEnUs << usd << QStringLiteral("   ") << MoneyParseError::Empty;
        QTest::newRow("third decimal USD") << kEnUs << usd << QStringLiteral("1.005") << MoneyParseError::TooManyDecimals;
        QTest::newRow("trailing zero third decimal") << kEnUs << usd << QStringLiteral("1.000")
                                                     << MoneyParseError::TooManyDecimals;
        QTest::newRow("fourth decimal KWD") << kEnUs << QStringLiteral("KWD") << QStringLiteral("1.2345")
                                            << MoneyParseError::TooManyDecimals;
        QTest::newRow("any decimal JPY") << kEnUs << QStringLiteral("JPY") << QStringLiteral("100.5")
                                         << MoneyParseError::DecimalsNotAllowed;
        QTest::newRow("JPY bare point") << kEnUs << QStringLiteral("JPY") << QStringLiteral("100.")
                                        << MoneyParseError::DecimalsNotAllowed;
        QTest::newRow("minus") << kEnUs << usd << QStringLiteral("-5") << MoneyParseError::SignNotAllowed;
        QTest::newRow("plus") << kEnUs << usd << QStringLiteral("+5") << MoneyParseError::SignNotAllowed;
        QTest::newRow("unicode minus") << kEnUs << usd << QStringLiteral("\u22125") << MoneyParseError::SignNotAllowed;
        QTest::newRow("sign inside") << kEnUs << usd << QStringLiteral("5-3") << MoneyParseError::SignNotAllowed;
        QTest::newRow("exponent") << kEnUs << usd << QStringLiteral("1e3") << MoneyParseError::ExponentNotation;
        QTest::newRow("exponent upper") << kEnUs << usd << QStringLiteral("2E-2") << MoneyParseError::ExponentNotation;
        QTest::newRow("letters") << kEnUs << usd << QStringLiteral("abc") << MoneyParseError::InvalidCharacter;
        QTest::newRow("currency symbol") << kEnUs << usd << QStringLiteral("$5") << MoneyParseError::InvalidCharacter;
        QTest::newRow("two points") << kEnUs << usd << QStringLiteral("1.2.3") << MoneyParseError::InvalidCharacter;
        QTest::newRow("only point") << kEnUs << usd << QStringLiteral(".") << MoneyParseError::InvalidCharacter;
        QTest::newRow("nan") << kEnUs << usd << QStringLiteral("NaN") << MoneyParseError::InvalidCharacter;
        QTest::newRow("hex") << kEnUs << usd << QStringLiteral("0x10") << MoneyParseError::InvalidCharacter;
        QTest::newRow("nul byte") << kEnUs << usd << QString(QChar(0)) + QStringLiteral("5")
                                  << MoneyParseError::InvalidCharacter;
        QTest::newRow("bad grouping") << kEnUs << usd << QStringLiteral("1,23") << MoneyParseError::MisplacedGroupSeparator;
        QTest::newRow("leading group") << kEnUs << usd << QStringLiteral(",123") << MoneyParseError::MisplacedGroupSeparator;
        QTest::newRow("group in fraction") << kEnUs << usd << QStringLiteral("1.2,3")
                                           << MoneyParseError::MisplacedGroupSeparator;
        QTest::newRow("over int64") << kEnUs << usd << QStringLiteral("92233720368547758.08") << MoneyParseError::TooLarge;
        QTest::newRow("huge") << kEnUs << usd << QString(400, u'9') << MoneyParseError::TooLarge;
        QTest::newRow("de point is grouping") << kDeDe << QStringLiteral("EUR") << QStringLiteral("1,2,3")
                                              << MoneyParseError::InvalidCharacter;
    }
    void rejectsBadInput()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(MoneyParseError, error);
        const MoneyParseResult result = MoneyParser::parse(text, *Currency::fromCode(currency), locale);
        QVERIFY(!result.money);
        QCOMPARE(int(result.error), int(error));
    }

    void acceptsNegativeWhenAllowed()
    {
        const auto result = MoneyParser::parse(u"-12.50", Currency::usd(), kEnUs, MoneyParser::Sign::AllowNegative);
        QVERIFY(result.ok());
        QCOMPARE(result.money->minor(), -1250);
        const auto plus = MoneyParser::parse(u"+3", Currency::usd(), kEnUs, MoneyParser::Sign::AllowNegative);
        QCOMPARE(plus.money->minor(), 300);
    }
    void doubleSignRejectedEvenWhenAllowed()
    {
        const auto result = MoneyParser::parse(u"--5", Currency::usd(), kEnUs, MoneyParser::Sign::AllowNegative);
        QVERIFY(!result.ok());
    }
};

QTEST_APPLESS_MAIN(TestMoneyParser)
#include "tst_moneyparser.moc"
