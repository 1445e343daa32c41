#include "core/clock.h"
#include "support/fixedclock.h"

#include <QTest>

using namespace okpay;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsUtcAndCurrent()
    {
        const SystemClock clock;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock.now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(before.secsTo(now)) < 5);
    }
    void fixedClockStandsStillUntilMoved()
    {
        const QDateTime start(QDate(2026, 3, 8), QTime(6, 59, 59), Qt::UTC);
        test::FixedClock clock(start);
        const Clock &asClock = clock;
        QCOMPARE(asClock.now(), start);
        clock.advanceSecs(1);
        QCOMPARE(asClock.now(), start.addSecs(1));
    }
};

QTEST_APPLESS_MAIN(TestClock)
#include "tst_clock.moc"
