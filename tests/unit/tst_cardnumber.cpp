#include "core/cardnumber.h"

#include <QTest>

using namespace okpay;

class TestCardNumber : public QObject
{
    Q_OBJECT

private slots:
    void brandFromLeadingDigits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("brand");
        QTest::newRow("visa") << QStringLiteral("4242424242424242") << QStringLiteral("visa");
        QTest::newRow("visa, one digit") << QStringLiteral("4") << QStringLiteral("visa");
        QTest::newRow("mastercard 51") << QStringLiteral("5105105105105100") << QStringLiteral("mastercard");
        QTest::newRow("mastercard 2221") << QStringLiteral("2221000000000009") << QStringLiteral("mastercard");
        QTest::newRow("not mastercard 2720+") << QStringLiteral("2721000000000000") << QStringLiteral("other");
        QTest::newRow("amex") << QStringLiteral("378282246310005") << QStringLiteral("amex");
        QTest::newRow("unionpay") << QStringLiteral("6212345678901232") << QStringLiteral("unionpay");
        QTest::newRow("jcb") << QStringLiteral("3530111333300000") << QStringLiteral("jcb");
        QTest::newRow("too short") << QStringLiteral("5") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void brandFromLeadingDigits()
    {
        QFETCH(QString, digits);
        QFETCH(QString, brand);
        QCOMPARE(CardNumber::brand(digits), brand);
    }
    void acceptsValidNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("visa test") << QStringLiteral("4111111111111111");
        QTest::newRow("with spaces") << QStringLiteral("4111 1111 1111 1111");
        QTest::newRow("with hyphens") << QStringLiteral("5500-0000-0000-0004");
        QTest::newRow("amex 15") << QStringLiteral("378282246310005");
        QTest::newRow("unionpay 19") << QStringLiteral("6212345678901234569");
    }
    void acceptsValidNumbers()
    {
        QFETCH(QString, number);
        QVERIFY(CardNumber::isValid(number));
    }
    void rejectsInvalidNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("checksum") << QStringLiteral("4111111111111112");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("42");
        QTest::newRow("letters") << QStringLiteral("4111a11111111111");
        QTest::newRow("too long") << QStringLiteral("41111111111111111111");
        QTest::newRow("full-width digits") << QStringLiteral("４１１１１１１１１１１１１１１１");
    }
    void rejectsInvalidNumbers()
    {
        QFETCH(QString, number);
        QVERIFY(!CardNumber::isValid(number));
    }
    void luhnOnDigitsOnly()
    {
        QVERIFY(CardNumber::luhnValid(u"79927398713"));
        QVERIFY(!CardNumber::luhnValid(u"79927398710"));
        QVERIFY(!CardNumber::luhnValid(u""));
        QVERIFY(!CardNumber::luhnValid(u"7992 7398 713"));
    }
    void masksAllButFirstSixAndLastFour()
    {
        QCOMPARE(CardNumber::masked(u"4111 1111 1111 1111"), QStringLiteral("411111••••••1111"));
        QCOMPARE(CardNumber::masked(u"378282246310005"), QStringLiteral("378282•••••0005"));
        QCOMPARE(CardNumber::masked(u"1234"), QStringLiteral("••••"));  // too short to show any digit
    }
};

QTEST_APPLESS_MAIN(TestCardNumber)
#include "tst_cardnumber.moc"
