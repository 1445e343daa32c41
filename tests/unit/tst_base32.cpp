#include "core/base32.h"

#include <QTest>

using namespace okpay;

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 section 10 test vectors.
    void encodesRfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    }
    void encodesRfc4648Vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoded);
        QCOMPARE(Base32::encode(data, true), encoded);
        QCOMPARE(Base32::decode(encoded), data);
        QString unpadded = encoded;
        unpadded.remove(u'=');
        QCOMPARE(Base32::encode(data), unpadded);
        QCOMPARE(Base32::decode(unpadded), data);
    }
    void decodesWhatPeopleType()
    {
        QCOMPARE(Base32::decode(u"mzxw 6ytb-oi"), QByteArray("foobar"));
    }
    void rejectsMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("digit 1") << QStringLiteral("MZXW1===");
        QTest::newRow("digit 0") << QStringLiteral("0ZXW6===");
        QTest::newRow("impossible length 1") << QStringLiteral("M");
        QTest::newRow("impossible length 3") << QStringLiteral("MZX");
        QTest::newRow("data after padding") << QStringLiteral("MY==MY==");
        QTest::newRow("non-zero trailing bits") << QStringLiteral("MZ");
        QTest::newRow("unicode") << QStringLiteral("MZXW6é");
    }
    void rejectsMalformedText()
    {
        QFETCH(QString, text);
        QVERIFY(!Base32::decode(text));
    }
    void roundTripsRandomBytes()
    {
        for (int length = 0; length < 64; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i)
                data[i] = char((i * 73 + length * 31) & 0xFF);
            QCOMPARE(Base32::decode(Base32::encode(data)), data);
        }
    }
};

QTEST_APPLESS_MAIN(TestBase32)
#include "tst_base32.moc"
