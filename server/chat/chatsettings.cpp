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
    ChatSettings settings;
    QTimeZone zone(section.value(u"timezone").toString(QStringLiteral("Asia/Shanghai")).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone("Asia/Shanghai");
    QSet<QDate> holidays;
    for (const QJsonValue &day : section.value(u"holidays").toArray())
        holidays.insert(QDate::fromString(day.toString(), Qt::ISODate));
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
