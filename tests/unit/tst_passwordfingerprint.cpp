#include "core/passwordfingerprint.h"

#include <QTest>

using namespace okpay;

class TestPasswordFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void matchesOnlyTheSamePassword()
    {
        const PasswordFingerprint fingerprint(u"correct horse 9!");
        QVERIFY(fingerprint.matches(u"correct horse 9!"));
        QVERIFY(!fingerprint.matches(u"correct horse 9?"));
        QVERIFY(!fingerprint.matches(u"Correct horse 9!"));
        QVERIFY(!fingerprint.matches(u"correct horse 9"));
        QVERIFY(!fingerprint.matches(u"correct horse 9!!"));
    }
    void remembersOnlyTheLength()
    {
        QCOMPARE(PasswordFingerprint(u"密码Secret1!").length(), 10);
        QCOMPARE(sizeof(PasswordFingerprint), sizeof(qsizetype) + 32);  // no room for the password itself
    }
    void findsThePasswordInsideText()
    {
        const PasswordFingerprint fingerprint(u"Tr0ub4dor&3x!");
        QCOMPARE(fingerprint.indexIn(u"pw: Tr0ub4dor&3x! ok"), 4);
        QCOMPARE(fingerprint.indexIn(u"Tr0ub4dor&3x!"), 0);
        QCOMPARE(fingerprint.indexIn(u"xTr0ub4dor&3x!Tr0ub4dor&3x!", 2), 14);
        QCOMPARE(fingerprint.indexIn(u"Tr0ub4dor&3x"), -1);
        QCOMPARE(fingerprint.indexIn(u""), -1);
    }
    void copiesMatchLikeTheOriginal()
    {
        const PasswordFingerprint original(u"Tr0ub4dor&3x!");
        const PasswordFingerprint copy = original;  // SecretGuard keeps its own copy
        QVERIFY(copy.matches(u"Tr0ub4dor&3x!"));
    }
    void emptyPasswordIsNeverFound()
    {
        const PasswordFingerprint fingerprint(u"");
        QCOMPARE(fingerprint.indexIn(u"anything"), -1);
        QVERIFY(!fingerprint.matches(u""));
    }
};

QTEST_APPLESS_MAIN(TestPasswordFingerprint)
#include "tst_passwordfingerprint.moc"
