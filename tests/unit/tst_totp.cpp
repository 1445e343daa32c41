#include "core/totp.h"

#include <QTest>

using namespace okpay;

Q_DECLARE_METATYPE(okpay::OtpAlgorithm)

namespace {
const QByteArray kSha1Seed = QByteArrayLiteral("12345678901234567890");
const QByteArray kSha256Seed = QByteArrayLiteral("12345678901234567890123456789012");
const QByteArray kSha512Seed = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

Totp rfcSha1(int digits = 6)
{
    return Totp(Totp::Params{kSha1Seed, digits, 30, OtpAlgorithm::Sha1});
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    // RFC 6238 Appendix B: all 18 published values (6 times x SHA-1/256/512, 8 digits).
    void matchesRfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<QString>("expected");
        const struct
        {
            qint64 time;
            const char *sha1, *sha256, *sha512;
        } rows[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto &r : rows) {
            QTest::addRow("%lld SHA1", static_cast<long long>(r.time)) << r.time << OtpAlgorithm::Sha1 << QString::fromLatin1(r.sha1);
            QTest::addRow("%lld SHA256", static_cast<long long>(r.time)) << r.time << OtpAlgorithm::Sha256 << QString::fromLatin1(r.sha256);
            QTest::addRow("%lld SHA512", static_cast<long long>(r.time)) << r.time << OtpAlgorithm::Sha512 << QString::fromLatin1(r.sha512);
        }
    }
    void matchesRfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(QString, expected);
        const QByteArray seed = algorithm == OtpAlgorithm::Sha1     ? kSha1Seed
                                : algorithm == OtpAlgorithm::Sha256 ? kSha256Seed
                                                                    : kSha512Seed;
        const Totp totp(Totp::Params{seed, 8, 30, algorithm});
        QCOMPARE(totp.codeAt(at(time)), expected);
    }
    void acceptsOneStepOfDrift()
    {
        const Totp totp = rfcSha1();
        const QDateTime now = at(1'700'000'000);
        const qint64 step = totp.stepAt(now);
        QCOMPARE(totp.verify(*totp.codeForStep(step - 1), now), step - 1);
        QCOMPARE(totp.verify(*totp.codeForStep(step), now), step);
        QCOMPARE(totp.verify(*totp.codeForStep(step + 1), now), step + 1);
    }
    void rejectsTwoStepsAway()
    {
        const Totp totp = rfcSha1();
        const QDateTime now = at(1'700'000'000);
        const qint64 step = totp.stepAt(now);
        QVERIFY(!totp.verify(*totp.codeForStep(step - 2), now));
        QVERIFY(!totp.verify(*totp.codeForStep(step + 2), now));
    }
    void singleUsePerStep()
    {
        const Totp totp = rfcSha1();
        const QDateTime now = at(1'700'000'000);
        const QString code = *totp.codeAt(now);
        const auto first = totp.verify(code, now);
        QVERIFY(first);
        QVERIFY2(!totp.verify(code, now, first), "a code must not be accepted twice in its step");
        // An older step's code is refused once a newer one was used.
        QVERIFY(!totp.verify(*totp.codeForStep(*first - 1), now, first));
        QVERIFY(totp.verify(*totp.codeForStep(*first + 1), now, first));
    }
    void rejectsMalformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("12345");
        QTest::newRow("long") << QStringLiteral("1234567");
        QTest::newRow("letters") << QStringLiteral("abcdef");
        QTest::newRow("full-width") << QStringLiteral("１２３４５６");
        QTest::newRow("huge") << QString(10000, u'1');
    }
    void rejectsMalformedCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!rfcSha1().verify(code, at(1'700'000'000)));
    }
    void ignoresSpacesInTypedCode()
    {
        const Totp totp = rfcSha1();
        const QDateTime now = at(1'700'000'000);
        const QString code = *totp.codeAt(now);
        QVERIFY(totp.verify(QString(code.left(3) + u' ' + code.mid(3)), now));
    }
    void generatesDistinctRandomSecrets()
    {
        const QByteArray a = Totp::generateSecret();
        const QByteArray b = Totp::generateSecret();
        QCOMPARE(a.size(), 20);
        QVERIFY(a != b);
    }
    void beforeEpochHasNoCode()
    {
        QVERIFY(!rfcSha1().codeAt(at(-100)));
    }
};

QTEST_APPLESS_MAIN(TestTotp)
#include "tst_totp.moc"
