#include "core/businesshours.h"

#include <QTest>

using namespace Qt::StringLiterals;
using okpay::BusinessHours;
using okpay::WeeklyWindow;

namespace {

QDateTime local(const char *zoneId, int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone(zoneId));
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

const QTimeZone Berlin("Europe/Berlin");

} // namespace

class TestBusinessHours : public QObject
{
    Q_OBJECT

private slots:
    void isOpenFollowsWeeklyWindows_data();
    void isOpenFollowsWeeklyWindows();
    void closesAtEndOfCurrentWindowInUtc();
    void opensMondayAfterFridayEvening();
    void nextOpeningWhileOpenIsAfterCurrentWindow();
    void holidayIsClosed();
    void holidayIsADateInTheCentersCalendar();
    void nextOpeningSkipsHolidayAndWeekend();
    void severalWindowsPerDay();
    void midnightCloseJoinsTheNextDay();
    void invalidWindowsAreDropped();
    void dstSpringForwardInNewYork();
    void dstFallBackInBerlin();
    void daySkippedBySamoaIsClosed();
    void shownInUserZoneAcrossDateLine_data();
    void shownInUserZoneAcrossDateLine();
    void emptyScheduleNeverOpens();
    void searchStopsAtHorizon();
    void alwaysOpen();
    void statusText_data();
    void statusText();
    void statusTextUsesLocaleTimeFormat();
};

// Berlin, week of Monday 2024-01-15 (CET, UTC+1).
void TestBusinessHours::isOpenFollowsWeeklyWindows_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("open");
    QTest::newRow("monday before opening") << local("Europe/Berlin", 2024, 1, 15, 8, 59, 59) << false;
    QTest::newRow("monday at opening") << local("Europe/Berlin", 2024, 1, 15, 9, 0) << true;
    QTest::newRow("wednesday noon") << local("Europe/Berlin", 2024, 1, 17, 12, 0) << true;
    QTest::newRow("friday last second") << local("Europe/Berlin", 2024, 1, 19, 17, 59, 59) << true;
    QTest::newRow("friday at closing") << local("Europe/Berlin", 2024, 1, 19, 18, 0) << false;
    QTest::newRow("closed on saturday") << local("Europe/Berlin", 2024, 1, 20, 12, 0) << false;
    QTest::newRow("closed on sunday") << local("Europe/Berlin", 2024, 1, 21, 12, 0) << false;
    QTest::newRow("same instant given in Tokyo") << local("Asia/Tokyo", 2024, 1, 15, 17, 30) << true;
    QTest::newRow("invalid instant") << QDateTime() << false;
}

void TestBusinessHours::isOpenFollowsWeeklyWindows()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, open);
    QCOMPARE(BusinessHours::standard(Berlin).isOpen(now), open);
}

void TestBusinessHours::closesAtEndOfCurrentWindowInUtc()
{
    const auto hours = BusinessHours::standard(Berlin);
    const auto closes = hours.closesAt(local("Europe/Berlin", 2024, 1, 17, 10, 0));
    QCOMPARE(closes.value_or(QDateTime()), utc(2024, 1, 17, 17));
    QCOMPARE(closes->timeSpec(), Qt::UTC);
    QVERIFY(!hours.closesAt(local("Europe/Berlin", 2024, 1, 20, 12, 0)));  // Saturday: closed
}

void TestBusinessHours::opensMondayAfterFridayEvening()
{
    const auto hours = BusinessHours::standard(Berlin);
    const QDateTime monday = utc(2024, 1, 22, 8);
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 19, 18, 0)).value_or(QDateTime()), monday);
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 20, 12, 0)).value_or(QDateTime()), monday);
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 22, 8, 59, 59)).value_or(QDateTime()), monday);
}

void TestBusinessHours::nextOpeningWhileOpenIsAfterCurrentWindow()
{
    const auto hours = BusinessHours::standard(Berlin);
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 17, 10, 0)).value_or(QDateTime()),
             utc(2024, 1, 18, 8));
    // Strictly after now: at the opening instant itself the next one is tomorrow's.
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 15, 9, 0)).value_or(QDateTime()),
             utc(2024, 1, 16, 8));
}

void TestBusinessHours::holidayIsClosed()
{
    const auto hours = BusinessHours::standard(Berlin, {QDate(2024, 1, 17)});
    QVERIFY(!hours.isOpen(local("Europe/Berlin", 2024, 1, 17, 12, 0)));
    QVERIFY(!hours.closesAt(local("Europe/Berlin", 2024, 1, 17, 12, 0)));
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 16, 20, 0)).value_or(QDateTime()),
             utc(2024, 1, 18, 8));
    QCOMPARE(hours.holidays(), QSet<QDate>{QDate(2024, 1, 17)});
}

// Monday 2024-11-18 10:00 in Kiritimati (UTC+14) is still Sunday in UTC: the center's calendar decides.
void TestBusinessHours::holidayIsADateInTheCentersCalendar()
{
    const QTimeZone kiritimati("Pacific/Kiritimati");
    const QDateTime now = utc(2024, 11, 17, 20);
    QVERIFY(BusinessHours::standard(kiritimati).isOpen(now));

    const auto hours = BusinessHours::standard(kiritimati, {QDate(2024, 11, 18)});
    QVERIFY(!hours.isOpen(now));
    QCOMPARE(hours.nextOpening(now).value_or(QDateTime()), utc(2024, 11, 18, 19));  // Tuesday 09:00 local
}

// Easter 2024 in Berlin: Good Friday and Easter Monday off, and DST starts on the Sunday in between.
void TestBusinessHours::nextOpeningSkipsHolidayAndWeekend()
{
    const auto hours = BusinessHours::standard(Berlin, {QDate(2024, 3, 29), QDate(2024, 4, 1)});
    const auto opening = hours.nextOpening(local("Europe/Berlin", 2024, 3, 28, 18, 0));
    QCOMPARE(opening.value_or(QDateTime()), utc(2024, 4, 2, 7));  // Tuesday 09:00 CEST
    QCOMPARE(opening->toTimeZone(Berlin).time(), QTime(9, 0));
}

void TestBusinessHours::severalWindowsPerDay()
{
    // Given out of order on purpose: a lunch break on Mondays.
    const BusinessHours hours(Berlin, {{Qt::Monday, QTime(13, 0), QTime(18, 0)},
                                       {Qt::Monday, QTime(9, 0), QTime(12, 0)}});
    QCOMPARE(hours.windows().first().open, QTime(9, 0));
    QCOMPARE(hours.closesAt(local("Europe/Berlin", 2024, 1, 15, 11, 0)).value_or(QDateTime()), utc(2024, 1, 15, 11));
    QVERIFY(!hours.isOpen(local("Europe/Berlin", 2024, 1, 15, 12, 30)));
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 15, 12, 30)).value_or(QDateTime()),
             utc(2024, 1, 15, 12));
    QCOMPARE(hours.nextOpening(local("Europe/Berlin", 2024, 1, 15, 10, 0)).value_or(QDateTime()),
             utc(2024, 1, 15, 12));
}

// close == 00:00 means 24:00; windows that touch count as one opening.
void TestBusinessHours::midnightCloseJoinsTheNextDay()
{
    const BusinessHours hours(QTimeZone::utc(), {{Qt::Monday, QTime(20, 0), QTime(0, 0)},
                                                 {Qt::Tuesday, QTime(0, 0), QTime(2, 0)},
                                                 {Qt::Tuesday, QTime(9, 0), QTime(10, 0)}});
    QVERIFY(hours.isOpen(utc(2024, 1, 15, 23, 59)));
    QVERIFY(hours.isOpen(utc(2024, 1, 16, 0, 0)));
    QVERIFY(!hours.isOpen(utc(2024, 1, 16, 2, 0)));
    QCOMPARE(hours.closesAt(utc(2024, 1, 15, 21)).value_or(QDateTime()), utc(2024, 1, 16, 2));
    QCOMPARE(hours.nextOpening(utc(2024, 1, 15, 23, 59)).value_or(QDateTime()), utc(2024, 1, 16, 9));
    QCOMPARE(hours.nextOpening(utc(2024, 1, 15, 12)).value_or(QDateTime()), utc(2024, 1, 15, 20));
}

void TestBusinessHours::invalidWindowsAreDropped()
{
    const WeeklyWindow valid{Qt::Thursday, QTime(9, 0), QTime(10, 0)};
    const BusinessHours hours(Berlin, {{Qt::Monday, QTime(18, 0), QTime(9, 0)},
                                       {Qt::Tuesday, QTime(), QTime(10, 0)},
                                       {Qt::Wednesday, QTime(9, 0), QTime(9, 0)},
                                       valid});
    QCOMPARE(hours.windows(), QList<WeeklyWindow>{valid});
}

// 2024-03-10: New York skips 02:00-03:00 EST→EDT.
void TestBusinessHours::dstSpringForwardInNewYork()
{
    const QTimeZone newYork("America/New_York");
    const auto standard = BusinessHours::standard(newYork);
    QCOMPARE(standard.nextOpening(local("America/New_York", 2024, 3, 1, 18, 30)).value_or(QDateTime()),
             utc(2024, 3, 4, 14));  // EST
    QCOMPARE(standard.nextOpening(local("America/New_York", 2024, 3, 8, 18, 30)).value_or(QDateTime()),
             utc(2024, 3, 11, 13));  // EDT

    // 02:30 does not exist that Sunday: the window opens at the first instant after the gap, 03:00 EDT.
    const BusinessHours night(newYork, {{Qt::Sunday, QTime(2, 30), QTime(4, 0)}});
    const auto opening = night.nextOpening(local("America/New_York", 2024, 3, 9, 12, 0));
    QCOMPARE(opening.value_or(QDateTime()), utc(2024, 3, 10, 7));
    QCOMPARE(opening->toTimeZone(newYork).time(), QTime(3, 0));
    QVERIFY(!night.isOpen(utc(2024, 3, 10, 7).addSecs(-1)));
    QCOMPARE(night.closesAt(utc(2024, 3, 10, 7, 30)).value_or(QDateTime()), utc(2024, 3, 10, 8));
    QCOMPARE(night.nextOpening(utc(2024, 3, 10, 7, 30)).value_or(QDateTime()), utc(2024, 3, 17, 6, 30));
}

// 2024-10-27: Berlin goes back from 03:00 CEST to 02:00 CET, so 02:00-03:00 happens twice.
void TestBusinessHours::dstFallBackInBerlin()
{
    const auto standard = BusinessHours::standard(Berlin);
    QCOMPARE(standard.nextOpening(local("Europe/Berlin", 2024, 10, 25, 18, 0)).value_or(QDateTime()),
             utc(2024, 10, 28, 8));  // Monday 09:00 CET, one hour later in UTC than Friday's

    // An ambiguous opening time means its first occurrence, so the window lasts 2.5 hours.
    const BusinessHours night(Berlin, {{Qt::Sunday, QTime(2, 30), QTime(4, 0)}});
    QCOMPARE(night.nextOpening(utc(2024, 10, 26, 12)).value_or(QDateTime()), utc(2024, 10, 27, 0, 30));
    QVERIFY(night.isOpen(utc(2024, 10, 27, 1, 45)));  // 02:45 for the second time
    QCOMPARE(night.closesAt(utc(2024, 10, 27, 1, 45)).value_or(QDateTime()), utc(2024, 10, 27, 3));

    const BusinessHours allSunday(Berlin, {{Qt::Sunday, QTime(0, 0), QTime(0, 0)}});
    const QDateTime sundayStart = utc(2024, 10, 26, 22);
    QCOMPARE(sundayStart.secsTo(allSunday.closesAt(sundayStart).value_or(QDateTime())), 25 * 3600);
}

// Samoa jumped across the date line: Friday 2011-12-30 never happened in Pacific/Apia.
void TestBusinessHours::daySkippedBySamoaIsClosed()
{
    const QTimeZone apia("Pacific/Apia");
    const QDateTime thursdayEvening = local("Pacific/Apia", 2011, 12, 29, 18, 30);
    QCOMPARE(BusinessHours::standard(apia).nextOpening(thursdayEvening).value_or(QDateTime()),
             utc(2012, 1, 1, 19));  // Monday 2012-01-02 09:00 at UTC+14

    const BusinessHours fridays(apia, {{Qt::Friday, QTime(9, 0), QTime(18, 0)}});
    QCOMPARE(fridays.nextOpening(thursdayEvening).value_or(QDateTime()), utc(2012, 1, 5, 19));
}

// Center in Shanghai, asked on Friday 2024-11-15 12:00 CST: closes Friday 18:00, reopens Monday 09:00.
void TestBusinessHours::shownInUserZoneAcrossDateLine_data()
{
    QTest::addColumn<QByteArray>("userZone");
    QTest::addColumn<int>("closeDay");
    QTest::addColumn<QTime>("closeTime");
    QTest::addColumn<int>("openDay");
    QTest::addColumn<QTime>("openTime");
    QTest::newRow("Shanghai") << "Asia/Shanghai"_ba << int(Qt::Friday) << QTime(18, 0) << int(Qt::Monday)
                              << QTime(9, 0);
    QTest::newRow("Auckland UTC+13") << "Pacific/Auckland"_ba << int(Qt::Friday) << QTime(23, 0)
                                     << int(Qt::Monday) << QTime(14, 0);
    QTest::newRow("Kiritimati UTC+14") << "Pacific/Kiritimati"_ba << int(Qt::Saturday) << QTime(0, 0)
                                       << int(Qt::Monday) << QTime(15, 0);
    QTest::newRow("Pago Pago UTC-11") << "Pacific/Pago_Pago"_ba << int(Qt::Thursday) << QTime(23, 0)
                                      << int(Qt::Sunday) << QTime(14, 0);
}

void TestBusinessHours::shownInUserZoneAcrossDateLine()
{
    QFETCH(QByteArray, userZone);
    QFETCH(int, closeDay);
    QFETCH(QTime, closeTime);
    QFETCH(int, openDay);
    QFETCH(QTime, openTime);
    const QTimeZone zone(userZone);
    QVERIFY(zone.isValid());

    const auto hours = BusinessHours::standard(QTimeZone("Asia/Shanghai"));
    const QDateTime now = local("Asia/Shanghai", 2024, 11, 15, 12, 0);
    const QDateTime closes = hours.closesAt(now).value_or(QDateTime()).toTimeZone(zone);
    const QDateTime opens = hours.nextOpening(now).value_or(QDateTime()).toTimeZone(zone);
    QCOMPARE(closes.date().dayOfWeek(), closeDay);
    QCOMPARE(closes.time(), closeTime);
    QCOMPARE(opens.date().dayOfWeek(), openDay);
    QCOMPARE(opens.time(), openTime);
}

void TestBusinessHours::emptyScheduleNeverOpens()
{
    const BusinessHours hours(Berlin, {});
    const QDateTime now = utc(2024, 1, 15, 10);
    QVERIFY(!hours.isOpen(now));
    QVERIFY(!hours.nextOpening(now));
    QVERIFY(!hours.closesAt(now));
    QCOMPARE(hours.statusText(now, Berlin, QLocale(QLocale::English, QLocale::UnitedKingdom)), u"Closed"_s);
}

void TestBusinessHours::searchStopsAtHorizon()
{
    QSet<QDate> yearOff;
    for (QDate d(2024, 1, 1); d < QDate(2025, 1, 1); d = d.addDays(1))
        yearOff.insert(d);
    const QDateTime now = utc(2024, 1, 1, 12);
    QCOMPARE(BusinessHours::standard(Berlin, yearOff).nextOpening(now).value_or(QDateTime()), utc(2025, 1, 1, 8));

    QSet<QDate> foreverOff = yearOff;
    for (QDate d(2025, 1, 1); d < QDate(2026, 1, 1); d = d.addDays(1))
        foreverOff.insert(d);
    QVERIFY(!BusinessHours::standard(Berlin, foreverOff).nextOpening(now));
}

void TestBusinessHours::alwaysOpen()
{
    const auto hours = BusinessHours::alwaysOpen();
    for (const QDateTime &now : {utc(2024, 1, 20, 3), local("Pacific/Kiritimati", 2024, 12, 25, 0, 0),
                                 local("America/New_York", 2024, 3, 10, 3, 0)}) {
        QVERIFY(hours.isOpen(now));
        QVERIFY(!hours.closesAt(now));
        QVERIFY(!hours.nextOpening(now));
    }
    QCOMPARE(hours.statusText(utc(2024, 1, 20, 3), Berlin, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             u"Online now"_s);
}

// Center in Berlin (CET); en_GB formats times as 24-hour HH:mm.
void TestBusinessHours::statusText_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("userZone");
    QTest::addColumn<QString>("text");
    const QDateTime wednesday = local("Europe/Berlin", 2024, 1, 17, 10, 0);
    const QDateTime fridayEvening = local("Europe/Berlin", 2024, 1, 19, 19, 0);
    QTest::newRow("open, same zone") << wednesday << "Europe/Berlin"_ba << u"Online now — closes at 18:00"_s;
    QTest::newRow("open, other zone same clock") << wednesday << "Europe/Paris"_ba
                                                 << u"Online now — closes at 18:00"_s;
    QTest::newRow("open, New York") << wednesday << "America/New_York"_ba
                                    << u"Online now — closes at 18:00 (your time: 12:00)"_s;
    QTest::newRow("open, closes after midnight for Shanghai")
        << wednesday << "Asia/Shanghai"_ba << u"Online now — closes at 18:00 (your time: Thursday 01:00)"_s;
    QTest::newRow("closed, same zone") << fridayEvening << "Europe/Berlin"_ba << u"Opens Monday 09:00"_s;
    QTest::newRow("closed, Tokyo") << fridayEvening << "Asia/Tokyo"_ba
                                   << u"Opens Monday 09:00 (your time: Monday 17:00)"_s;
    QTest::newRow("closed, Pago Pago") << fridayEvening << "Pacific/Pago_Pago"_ba
                                       << u"Opens Monday 09:00 (your time: Sunday 21:00)"_s;
}

void TestBusinessHours::statusText()
{
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, userZone);
    QFETCH(QString, text);
    const auto hours = BusinessHours::standard(Berlin);
    QCOMPARE(hours.statusText(now, QTimeZone(userZone), QLocale(QLocale::English, QLocale::UnitedKingdom)), text);
}

void TestBusinessHours::statusTextUsesLocaleTimeFormat()
{
    const auto hours = BusinessHours::standard(Berlin);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    // Newer CLDR data puts a narrow no-break space before AM/PM.
    QString text = hours.statusText(local("Europe/Berlin", 2024, 1, 19, 19, 0), QTimeZone("Asia/Tokyo"), us);
    text.replace(QChar(0x202F), u' ');
    QCOMPARE(text, u"Opens Monday 9:00 AM (your time: Monday 5:00 PM)"_s);
}

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "tst_businesshours.moc"
