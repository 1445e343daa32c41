#include "api/apierror.h"

#include <QTest>

using namespace okpay;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void readsDocumentedShape()
    {
        const ApiError e = ApiError::fromReply(
            422, "{\"error\":{\"code\":\"insufficient_funds\",\"message\":\"Not enough money\",\"field\":\"amount\"}}");
        QCOMPARE(e.httpStatus, 422);
        QCOMPARE(e.code, QStringLiteral("insufficient_funds"));
        QCOMPARE(e.message, QStringLiteral("Not enough money"));
        QCOMPARE(e.field, QStringLiteral("amount"));
    }
    void malformedBodiesBecomeMalformedError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"error\":{\"code\":\"x");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("error not object") << QByteArray("{\"error\":\"boom\"}");
        QTest::newRow("code number") << QByteArray("{\"error\":{\"code\":42,\"message\":\"m\"}}");
        QTest::newRow("code with markup") << QByteArray("{\"error\":{\"code\":\"<b>x</b>\",\"message\":\"m\"}}");
        QTest::newRow("huge body") << QByteArray("{\"error\":{\"code\":\"x\",\"message\":\"") + QByteArray(100000, 'a')
                                          + QByteArray("\"}}");
    }
    void malformedBodiesBecomeMalformedError()
    {
        QFETCH(QByteArray, body);
        const ApiError e = ApiError::fromReply(502, body);
        QCOMPARE(e.httpStatus, 502);
        QCOMPARE(e.code, QStringLiteral("malformed_error"));
        QVERIFY(e.field.isEmpty());
    }
    void capsLongMessagesAndDropsBadField()
    {
        const QByteArray body = "{\"error\":{\"code\":\"validation_failed\",\"message\":\"" + QByteArray(5000, 'm')
                                + "\",\"field\":\"../../etc\"}}";
        const ApiError e = ApiError::fromReply(422, body);
        QCOMPARE(e.code, QStringLiteral("validation_failed"));
        QCOMPARE(e.message.size(), 500);
        QVERIFY(e.field.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
