// LogLine::format: the server's structured log line, with a UTC time formatted without QDateTime.
#include "logline.h"

#include <QDateTime>
#include <QTest>

using namespace okpay::server;

class TestLogLine : public QObject
{
    Q_OBJECT

private slots:
    void formatsUtcTimeLevelCategoryAndMessage()
    {
        const qint64 at = QDateTime(QDate(2026, 11, 25), QTime(15, 1, 53, 123), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(LogLine::format(QtInfoMsg, "okpay.request", QStringLiteral("event=request status=200"), at),
                 QByteArray("2026-11-25T15:01:53.123Z level=info cat=okpay.request event=request status=200\n"));
        QCOMPARE(LogLine::format(QtWarningMsg, nullptr, QStringLiteral("支付"), at),
                 QByteArray("2026-11-25T15:01:53.123Z level=warning cat=default ") + QStringLiteral("支付").toUtf8() + '\n');
    }
    void agreesWithQDateTimeOverTheCalendar_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("before the epoch") << qint64(-1);
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("century not leap") << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("new year") << QDateTime(QDate(2027, 1, 1), QTime(0, 0, 0, 1), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("far future") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
    }
    void agreesWithQDateTimeOverTheCalendar()
    {
        QFETCH(qint64, msecs);
        const QByteArray expected = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toUtf8();
        QCOMPARE(LogLine::format(QtDebugMsg, "c", QString(), msecs).left(24), expected);
    }
    void aMessageIsOneLineEvenWithNewlinesInIt()
    {
        // Messages are the server's own (no user text is logged), but a line break must not forge a second entry.
        const QByteArray line = LogLine::format(QtInfoMsg, "c", QStringLiteral("a\nlevel=critical b\r\n"), 0);
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.endsWith("a\\nlevel=critical b\\r\\n\n"));
    }
};

QTEST_GUILESS_MAIN(TestLogLine)
#include "tst_logline.moc"
