#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace okpay {

// One opening window on a weekday, in the support center's local wall-clock time. close == QTime(0, 0) means
// 24:00 (the end of that day); otherwise open < close on the same day. A day may have several windows.
struct WeeklyWindow
{
    Qt::DayOfWeek day = Qt::Monday;
    QTime open;
    QTime close;

    bool operator==(const WeeklyWindow &) const = default;
};

// Opening hours of a support channel: a weekly schedule in an IANA timezone, minus holidays (dates in the center's
// local calendar). All results are UTC instants; callers show them with toTimeZone(userZone).
//
// Daylight saving: a local time that does not exist (spring-forward gap) resolves to the first instant after the gap,
// e.g. 02:30 on New York's DST day opens at 03:00 EDT; an ambiguous local time (fall-back) resolves to its first
// occurrence. Windows that touch or overlap (Mon 20:00-24:00, Tue 00:00-02:00) count as one continuous opening.
// Searches look at most 400 days ahead, so a schedule that never opens (or never closes) yields nullopt.
class BusinessHours
{
    Q_DECLARE_TR_FUNCTIONS(BusinessHours)

public:
    // Windows that are invalid (null times, open >= close other than a 24:00 close) are dropped.
    BusinessHours(QTimeZone zone, QList<WeeklyWindow> windows, QSet<QDate> holidays = {});

    static BusinessHours standard(QTimeZone zone, QSet<QDate> holidays = {});  // Mon–Fri 09:00–18:00
    static BusinessHours alwaysOpen();  // email and tickets: accepted around the clock, never closes

    bool isOpen(const QDateTime &now) const;
    // If closed: the next instant the channel opens. If open: the opening after the current one ends.
    std::optional<QDateTime> nextOpening(const QDateTime &now) const;
    // If open: when the current opening ends; nullopt when closed or when it does not end within the search horizon.
    std::optional<QDateTime> closesAt(const QDateTime &now) const;

    // "Online now — closes at 18:00 (your time: 23:00)" or "Opens Monday 09:00 (your time: Monday 22:00)";
    // the "your time" part is left out when the user's wall clock reads the same as the center's.
    QString statusText(const QDateTime &now, const QTimeZone &userZone, const QLocale &locale) const;

    QTimeZone timeZone() const { return m_zone; }
    const QList<WeeklyWindow> &windows() const { return m_windows; }
    const QSet<QDate> &holidays() const { return m_holidays; }

    static constexpr int SearchHorizonDays = 400;

private:
    struct Span
    {
        QDateTime start;  // UTC, inclusive
        QDateTime end;    // UTC, exclusive
    };

    QList<Span> spansOn(QDate localDate) const;
    std::optional<Span> spanEndingAfter(const QDateTime &instant) const;

    QTimeZone m_zone;
    QList<WeeklyWindow> m_windows;
    QSet<QDate> m_holidays;
};

} // namespace okpay
