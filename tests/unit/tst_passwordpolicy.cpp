#include "core/passwordpolicy.h"

#include <QTest>

using namespace okpay;

using Rules = QList<PasswordRule>;
Q_DECLARE_METATYPE(Rules)

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void reportsEveryUnmetRule_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<Rules>("unmet");
        QTest::newRow("acceptable") << QStringLiteral("correct-Horse7battery") << Rules{};
        QTest::newRow("exactly 12") << QStringLiteral("abcdefghij1!") << Rules{};
        QTest::newRow("11 chars") << QStringLiteral("abcdefghi1!") << Rules{PasswordRule::TooShort};
        QTest::newRow("empty") << QString()
                               << Rules{PasswordRule::TooShort, PasswordRule::NeedsLetter, PasswordRule::NeedsDigit,
                                        PasswordRule::NeedsSpecial};
        QTest::newRow("letters only") << QStringLiteral("abcdefghijklmnop")
                                      << Rules{PasswordRule::NeedsDigit, PasswordRule::NeedsSpecial};
        QTest::newRow("no special") << QStringLiteral("abcdefghijkl12") << Rules{PasswordRule::NeedsSpecial};
        QTest::newRow("no letter") << QStringLiteral("1234567890!@#") << Rules{PasswordRule::NeedsLetter};
        QTest::newRow("space is special") << QStringLiteral("correct horse 42") << Rules{};
        QTest::newRow("chinese letters") << QStringLiteral("我的密码很长很安全哦1!") << Rules{};
        QTest::newRow("128 chars") << QString(126, u'a') + QStringLiteral("1!") << Rules{};
        QTest::newRow("129 chars") << QString(127, u'a') + QStringLiteral("1!") << Rules{PasswordRule::TooLong};
        QTest::newRow("control char") << QStringLiteral("abcdefghij1!\t") << Rules{PasswordRule::ControlCharacter};
        QTest::newRow("nul char") << QStringLiteral("abcdefghij1!") + QChar(0) << Rules{PasswordRule::ControlCharacter};
    }
    void reportsEveryUnmetRule()
    {
        QFETCH(QString, password);
        QFETCH(Rules, unmet);
        QCOMPARE(PasswordPolicy::unmetRules(password), unmet);
        QCOMPARE(PasswordPolicy::isAcceptable(password), unmet.isEmpty());
    }
    void countsCodePointsNotUtf16Units()
    {
        // 11 emoji (2 UTF-16 units each) + "a1" = 13 code points but 24 units: long enough, and not over-counted.
        QString password;
        for (int i = 0; i < 10; ++i)
            password += QStringLiteral("😀");
        password += QStringLiteral("a1");
        QCOMPARE(PasswordPolicy::unmetRules(password), Rules{});
        QString tooShort = QStringLiteral("😀😀😀😀😀a1");  // 7 code points, 12 UTF-16 units
        QCOMPARE(PasswordPolicy::unmetRules(tooShort), Rules{PasswordRule::TooShort});
    }
};

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
