#include "core/passwordstrength.h"

#include <QTest>

using namespace okpay;

class TestPasswordStrength : public QObject
{
    Q_OBJECT

private slots:
    void commonPasswordsScoreLow()
    {
        for (const QString &pw : {QStringLiteral("password"), QStringLiteral("123456"), QStringLiteral("qwerty")}) {
            const auto s = PasswordStrength::estimate(pw);
            QVERIFY2(s.score <= 1, qPrintable(pw));
            QVERIFY(s.weakness != PasswordWeakness::None);
        }
    }
    void longRandomPassphraseScoresHigh()
    {
        const auto s = PasswordStrength::estimate(u"vivid-Tundra-73-oscillate-pebble!");
        QCOMPARE(s.score, 4);
        QCOMPARE(int(s.weakness), int(PasswordWeakness::None));
    }
    void namesTheWeakness()
    {
        QCOMPARE(int(PasswordStrength::estimate(u"zxcvbnm,./").weakness), int(PasswordWeakness::KeyboardPattern));
        QCOMPARE(int(PasswordStrength::estimate(u"abcdefghijkl").weakness), int(PasswordWeakness::Sequence));
        QCOMPARE(int(PasswordStrength::estimate(u"19841984").weakness), int(PasswordWeakness::Date));
    }
    void personalInfoLowersScore()
    {
        const QString pw = QStringLiteral("alicewonderland");
        const auto without = PasswordStrength::estimate(pw);
        const auto with = PasswordStrength::estimate(pw, {QStringLiteral("alicewonderland")});
        QVERIFY(with.entropyBits < without.entropyBits);
        QCOMPARE(int(with.weakness), int(PasswordWeakness::PersonalInfo));
    }
    void survivesHostileInput()
    {
        QVERIFY(PasswordStrength::estimate(QString()).score == 0);
        const auto huge = PasswordStrength::estimate(QString(5000, u'x'));
        QVERIFY(huge.score >= 0 && huge.score <= 4);
        const auto unicode = PasswordStrength::estimate(QStringLiteral("密码密码密码😀\u0000x"));
        QVERIFY(unicode.score >= 0 && unicode.score <= 4);
    }
    void everyWeaknessHasAHintAndEveryScoreALabel()
    {
        for (auto w : {PasswordWeakness::CommonWord, PasswordWeakness::PersonalInfo, PasswordWeakness::Repeats,
                       PasswordWeakness::Sequence, PasswordWeakness::KeyboardPattern, PasswordWeakness::Date,
                       PasswordWeakness::TooShort})
            QVERIFY(!PasswordStrength::hint(w).isEmpty());
        QVERIFY(PasswordStrength::hint(PasswordWeakness::None).isEmpty());
        QSet<QString> labels;
        for (int score = 0; score <= 4; ++score)
            labels.insert(PasswordStrength::scoreLabel(score));
        QCOMPARE(labels.size(), 5);
    }
};

QTEST_APPLESS_MAIN(TestPasswordStrength)
#include "tst_passwordstrength.moc"
