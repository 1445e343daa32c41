#include "core/filecontenttype.h"

#include <QTest>

using namespace okpay;

class TestFileContentType : public QObject
{
    Q_OBJECT

private slots:
    void sniffsByBytesNotName_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("binaryType");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n rest", 13) << QStringLiteral("image/png") << QStringLiteral("image/png");
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0", 4) << QStringLiteral("image/jpeg") << QStringLiteral("image/jpeg");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("application/pdf") << QStringLiteral("application/pdf");
        QTest::newRow("utf-8 text") << QStringLiteral("提现一直没有到账\n\tok").toUtf8() << QStringLiteral("text/plain") << QString();
        QTest::newRow("windows exe") << QByteArray("MZ\x90\x00\x03", 5) << QString() << QString();
        QTest::newRow("invalid utf-8") << QByteArray("abc\xff\xfe", 5) << QString() << QString();
        QTest::newRow("control byte") << QByteArray("abc\x01") << QString() << QString();
        QTest::newRow("png magic too short") << QByteArray("\x89PNG", 4) << QString() << QString();
    }
    void sniffsByBytesNotName()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, type);
        QFETCH(QString, binaryType);
        QCOMPARE(FileContentType::sniff(contents), type);
        QCOMPARE(FileContentType::sniffBinary(contents), binaryType);
    }
};

QTEST_GUILESS_MAIN(TestFileContentType)
#include "tst_filecontenttype.moc"
