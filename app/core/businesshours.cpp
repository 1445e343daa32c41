#include "core/businesshours.h"

#include <algorithm>
#include <utility>

namespace okpay {

namespace {

constexpr qint64 MSecsPerDay = 24 * 60 * 60 * 1000;

QDateTime utcFromMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// The UTC instant at which the wall clock of `zone` reads `date time`. Implemented here rather than left to
// QDateTime because Qt's handling of gaps and overlaps changed between versions (6.7 added TransitionResolution).
// Ambiguous (fall-back) times give the first occurrence; times skipped by a gap give the instant the gap ends.
QDateTime resolveLocal(const QTimeZone &zone, QDate date, QTime time)
{
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    // The zone's offsets around that wall time: before and after any transition near it.
    QList<int> offsets;
    for (qint64 probe : {wall - MSecsPerDay, wall, wall + MSecsPerDay})
        offsets.append(zone.offsetFromUtc(utcFromMSecs(probe)));

    std::optional<qint64> earliest;
    for (int offset : std::as_const(offsets)) {
        const qint64 candidate = wall - qint64(offset) * 1000;
        if (zone.offsetFromUtc(utcFromMSecs(candidate)) == offset && (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    if (earliest)
        return utcFromMSecs(*earliest);

    // In a gap: the wall time never happens; the first valid instant after it is the transition closing the gap.
    const auto [minOffset, maxOffset] = std::minmax_element(offsets.cbegin(), offsets.cend());
    const QDateTime beforeGap = utcFromMSecs(wall - qint64(*maxOffset) * 1000);
    const QTimeZone::OffsetData transition = zone.nextTransition(beforeGap);
    if (transition.atUtc.isValid())
        return transition.atUtc.toUTC();
    return utcFromMSecs(wall - qint64(*minOffset) * 1000);
}

bool isValidWindow(const WeeklyWindow &w)
{
    return w.open.isValid() && w.close.isValid() && (w.close == QTime(0, 0) || w.open < w.close);
}

} // namespace

BusinessHours::BusinessHours(QTimeZone zone, QList<WeeklyWindow> windows, QSet<QDate> holidays)
    : m_zone(std::move(zone)), m_holidays(std::move(holidays))
{
    windows.removeIf([](const WeeklyWindow &w) { return !isValidWindow(w); });
    std::sort(windows.begin(), windows.end(), [](const WeeklyWindow &a, const WeeklyWindow &b) {
        return std::pair(a.day, a.open) < std::pair(b.day, b.open);
    });
    m_windows = std::move(windows);
}

BusinessHours BusinessHours::standard(QTimeZone zone, QSet<QDate> holidays)
{
    QList<WeeklyWindow> windows;
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        windows.append({day, QTime(9, 0), QTime(18, 0)});
    return BusinessHours(std::move(zone), std::move(windows), std::move(holidays));
}

BusinessHours BusinessHours::alwaysOpen()
{
    QList<WeeklyWindow> windows;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        windows.append({Qt::DayOfWeek(day), QTime(0, 0), QTime(0, 0)});
    return BusinessHours(QTimeZone::utc(), std::move(windows));
}

// The openings of one local day as UTC spans, in order; empty on holidays and days a zone skipped entirely.
QList<BusinessHours::Span> BusinessHours::spansOn(QDate localDate) const
{
    QList<Span> spans;
    if (m_holidays.contains(localDate))
        return spans;
    for (const WeeklyWindow &w : m_windows) {
        if (w.day != localDate.dayOfWeek())
            continue;
        const QDateTime start = resolveLocal(m_zone, localDate, w.open);
        const QDateTime end = w.close == QTime(0, 0) ? resolveLocal(m_zone, localDate.addDays(1), QTime(0, 0))
                                                     : resolveLocal(m_zone, localDate, w.close);
        if (start < end)
            spans.append({start, end});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

// The first maximal opening (touching windows merged) that ends after `instant`. A span still running at the search
// horizon is not returned: its end is unknown.
std::optional<BusinessHours::Span> BusinessHours::spanEndingAfter(const QDateTime &instant) const
{
    if (!instant.isValid())
        return std::nullopt;
    // Start a day early so that an opening which began on the previous local day is seen whole.
    const QDate first = instant.toTimeZone(m_zone).date().addDays(-1);
    std::optional<Span> current;
    for (int i = 0; i <= SearchHorizonDays; ++i) {
        for (const Span &span : spansOn(first.addDays(i))) {
            if (current && span.start <= current->end) {
                current->end = std::max(current->end, span.end);
                continue;
            }
            if (current && current->end > instant)
                return current;
            current = span;
        }
    }
    return std::nullopt;
}

bool BusinessHours::isOpen(const QDateTime &now) const
{
    if (!now.isValid())
        return false;
    // Around a transition at midnight an instant can belong to the neighbouring local day's windows.
    const QDate today = now.toTimeZone(m_zone).date();
    for (int i = -1; i <= 1; ++i) {
        const QList<Span> spans = spansOn(today.addDays(i));
        if (std::any_of(spans.cbegin(), spans.cend(),
                        [&](const Span &s) { return s.start <= now && now < s.end; }))
            return true;
    }
    return false;
}

std::optional<QDateTime> BusinessHours::nextOpening(const QDateTime &now) const
{
    std::optional<Span> span = spanEndingAfter(now);
    if (span && span->start <= now)  // open now: look past the current opening
        span = spanEndingAfter(span->end);
    if (!span)
        return std::nullopt;
    return span->start;
}

std::optional<QDateTime> BusinessHours::closesAt(const QDateTime &now) const
{
    const std::optional<Span> span = spanEndingAfter(now);
    if (!span || span->start > now)
        return std::nullopt;
    return span->end;
}

QString BusinessHours::statusText(const QDateTime &now, const QTimeZone &userZone, const QLocale &locale) const
{
    const auto timeText = [&](const QDateTime &t) { return locale.toString(t.time(), QLocale::ShortFormat); };
    const auto dayAndTimeText = [&](const QDateTime &t) {
        return tr("%1 %2", "weekday and time, e.g. Monday 09:00")
            .arg(locale.dayName(t.date().dayOfWeek(), QLocale::LongFormat), timeText(t));
    };
    // The weekday is only worth showing when the moment is not on the same local day as now.
    const auto whenText = [&](const QDateTime &t, const QTimeZone &zone) {
        return t.toTimeZone(zone).date() == now.toTimeZone(zone).date() ? timeText(t.toTimeZone(zone))
                                                                         : dayAndTimeText(t.toTimeZone(zone));
    };
    const auto sameWallClock = [&](const QDateTime &t) {
        return m_zone.offsetFromUtc(t) == userZone.offsetFromUtc(t);
    };

    if (isOpen(now)) {
        const std::optional<QDateTime> end = closesAt(now);
        if (!end)
            return tr("Online now");
        if (sameWallClock(*end))
            return tr("Online now — closes at %1").arg(whenText(*end, m_zone));
        return tr("Online now — closes at %1 (your time: %2)").arg(whenText(*end, m_zone), whenText(*end, userZone));
    }
    const std::optional<QDateTime> opening = nextOpening(now);
    if (!opening)
        return tr("Closed");
    const QString centerText = dayAndTimeText(opening->toTimeZone(m_zone));
    if (sameWallClock(*opening))
        return tr("Opens %1").arg(centerText);
    return tr("Opens %1 (your time: %2)").arg(centerText, dayAndTimeText(opening->toTimeZone(userZone)));
}

} // namespace okpay
