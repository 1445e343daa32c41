#include "chat/chatsettings.h"

#include "config/serverconfig.h"

#include <QJsonArray>

namespace okpay::server {

namespace {
// "hours": [{"days": [1, 2, 3, 4, 5], "open": "09:00", "close": "18:00"}] with ISO weekdays (1 = Monday).
QList<WeeklyWindow> windowsFrom(const QJsonArray &hours)
{
    QList<WeeklyWindow> windows;
    for (const QJsonValue &entry : hours) {
        const QJsonObject window = entry.toObject();
        const QTime open = QTime::fromString(window.value(u"open").toString(), QStringLiteral("HH:mm"));
        const QString closeText = window.value(u"close").toString();
        const QTime close = closeText == u"24:00" ? QTime(0, 0) : QTime::fromString(closeText, QStringLiteral("HH:mm"));
        for (const QJsonValue &day : window.value(u"days").toArray()) {
            const int d = day.toInt();
            if (d >= 1 && d <= 7)
                windows.append(WeeklyWindow{Qt::DayOfWeek(d), open, close});
        }
    }
    return windows;
}
} // namespace

ChatSettings ChatSettings::from(const ServerConfig &config)
{
    const QJsonObject section = config.section(QStringLiteral("chat"));
    // The support center's timezone and holidays apply unless the chat section overrides them.
    const QJsonObject support = config.section(QStringLiteral("support"));
    ChatSettings settings;
    const QJsonValue zoneName = section.contains(u"timezone") ? section.value(u"timezone") : support.value(u"timezone");
    QTimeZone zone(zoneName.toString(QStringLiteral("Asia/Shanghai")).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone("Asia/Shanghai");
    QSet<QDate> holidays;
    const QJsonValue holidayList = section.contains(u"holidays") ? section.value(u"holidays") : support.value(u"holidays");
    for (const QJsonValue &day : holidayList.toArray()) {
        // "2026-10-01" or {"date": "2026-10-01", "name": ...}
        const QString text = day.isObject() ? day.toObject().value(u"date").toString() : day.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            holidays.insert(date);
    }
    if (section.value(u"hours").isArray())
        settings.hours = BusinessHours(zone, windowsFrom(section.value(u"hours").toArray()), holidays);
    else
        settings.hours = BusinessHours::standard(zone, holidays);
    settings.alwaysOpen = config.demo;
    settings.waitPerPositionSecs = qBound(0, section.value(u"wait_per_position_secs").toInt(120), 3600);
    settings.longPollMaxSecs = qBound(1, section.value(u"long_poll_max_secs").toInt(25), 60);
    settings.pingSecs = qBound(1, section.value(u"ws_ping_secs").toInt(30), 300);
    return settings;
}

} // namespace okpay::server
