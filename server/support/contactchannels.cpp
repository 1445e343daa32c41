#include "support/contactchannels.h"

#include "config/localizedtext.h"

#include "config/serverconfig.h"
#include "storage/ids.h"
#include "storage/sqltime.h"

#include <QJsonDocument>

namespace okpay::server {

namespace {
const QStringList &dayNames()
{
    static const QStringList names{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                   QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                                   QStringLiteral("sunday")};
    return names;
}

QString localTime(const QTime &time, bool closing)
{
    return closing && time == QTime(0, 0) ? QStringLiteral("24:00") : time.toString(QStringLiteral("HH:mm"));
}

QTime parseLocalTime(const QString &text)
{
    return text == u"24:00" ? QTime(0, 0) : QTime::fromString(text, QStringLiteral("HH:mm"));
}

// The chat area's own format, "hours": [{"days": [1, 2, 3, 4, 5], "open": "09:00", "close": "18:00"}].
QList<WeeklyWindow> parseChatHours(const QJsonArray &hours)
{
    QList<WeeklyWindow> windows;
    for (const QJsonValue &entry : hours) {
        const QJsonObject o = entry.toObject();
        for (const QJsonValue &day : o.value(u"days").toArray())
            if (day.toInt() >= 1 && day.toInt() <= 7)
                windows.append({Qt::DayOfWeek(day.toInt()), parseLocalTime(o.value(u"open").toString()),
                                parseLocalTime(o.value(u"close").toString())});
    }
    return windows;
}

QList<WeeklyWindow> parseWeekly(const QJsonValue &value)
{
    if (!value.isArray())
        return BusinessHours::standard(QTimeZone::utc()).windows();  // Monday–Friday 09:00–18:00
    QList<WeeklyWindow> windows;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        const qsizetype day = dayNames().indexOf(o.value(u"day").toString());
        if (day >= 0)
            windows.append({Qt::DayOfWeek(day + 1), parseLocalTime(o.value(u"open").toString()),
                            parseLocalTime(o.value(u"close").toString())});
    }
    return windows;
}
} // namespace

ContactChannels ContactChannels::fromConfig(const ServerConfig &config, const QString &locale)
{
    const QJsonObject support = config.section(QStringLiteral("support"));
    ContactChannels result;
    result.m_zone = QTimeZone(support.value(u"timezone").toString(QStringLiteral("Asia/Shanghai")).toUtf8());
    if (!result.m_zone.isValid())
        result.m_zone = QTimeZone::utc();
    QSet<QDate> holidayDates;
    for (const QJsonValue &h : support.value(u"holidays").toArray()) {
        const QDate date = QDate::fromString(h.toObject().value(u"date").toString(), Qt::ISODate);
        const QString name = LocalizedText::pick(h.toObject().value(u"name"), locale);
        if (date.isValid() && !name.isEmpty()) {
            holidayDates.insert(date);
            result.m_holidays.append(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                                 {QStringLiteral("name"), name.left(200)}});
        }
    }
    for (const QJsonValue &entry : support.value(u"channels").toArray()) {
        const QJsonObject o = entry.toObject();
        Channel c;
        c.id = o.value(u"id").toString();
        c.kind = o.value(u"kind").toString();
        c.name = LocalizedText::pick(o.value(u"name"), locale);
        c.address = o.value(u"address").toString();
        c.description = LocalizedText::pick(o.value(u"description"), locale);
        c.urgent = o.value(u"urgent").toBool();
        // Demo mode: every flow can be tried alone at any hour.
        c.alwaysOpen = o.value(u"always_open").toBool() || (config.demo && (c.kind == u"chat" || c.kind == u"phone"));
        if (c.id.isEmpty() || c.kind.isEmpty() || c.name.isEmpty() || c.address.isEmpty())
            continue;
        // Live chat enforces the chat section's hours (chat area); show the same ones unless the channel sets its own.
        const QJsonObject chat = config.section(QStringLiteral("chat"));
        const bool chatHours = c.kind == u"chat" && !o.contains(u"weekly") && chat.value(u"hours").isArray();
        QTimeZone zone = result.m_zone;
        const QTimeZone chatZone(chat.value(u"timezone").toString().toUtf8());
        if (chatHours && chat.value(u"timezone").isString() && chatZone.isValid())
            zone = chatZone;
        const QList<WeeklyWindow> windows = chatHours ? parseChatHours(chat.value(u"hours").toArray())
                                                      : parseWeekly(o.value(u"weekly"));
        c.hours = c.alwaysOpen ? BusinessHours::alwaysOpen() : BusinessHours(zone, windows, holidayDates);
        result.m_channels.append(c);
    }
    return result;
}

const ContactChannels::Channel *ContactChannels::channel(const QString &kind) const
{
    for (const Channel &c : m_channels)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

bool ContactChannels::isOpen(const QString &kind, const QDateTime &now, std::optional<QDateTime> *nextOpening) const
{
    const Channel *c = channel(kind);
    if (!c)
        return false;
    if (c->hours.isOpen(now))
        return true;
    if (nextOpening)
        *nextOpening = c->hours.nextOpening(now);
    return false;
}

QJsonObject ContactChannels::channelJson(const Channel &c, const QDateTime &now, QJsonObject *withoutStatus) const
{
    QJsonArray weekly;
    for (const WeeklyWindow &w : c.hours.windows())
        weekly.append(QJsonObject{{QStringLiteral("day"), dayNames().at(int(w.day) - 1)},
                                  {QStringLiteral("open"), localTime(w.open, false)},
                                  {QStringLiteral("close"), localTime(w.close, true)}});
    const QTimeZone shownZone = c.alwaysOpen ? m_zone : c.hours.timeZone();
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("kind"), c.kind},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("address"), c.address},
                     {QStringLiteral("hours"),
                      QJsonObject{{QStringLiteral("timezone"), QString::fromUtf8(shownZone.id())},
                                  {QStringLiteral("always_open"), c.alwaysOpen},
                                  {QStringLiteral("weekly"), weekly}}},
                     {QStringLiteral("holidays"), c.alwaysOpen ? QJsonArray() : m_holidays},
                     {QStringLiteral("urgent"), c.urgent}};
    if (!c.description.isEmpty())
        json.insert(QStringLiteral("description"), c.description);
    *withoutStatus = json;
    const bool open = c.hours.isOpen(now);
    const auto next = open ? std::nullopt : c.hours.nextOpening(now);
    const auto closes = open ? c.hours.closesAt(now) : std::nullopt;
    json.insert(QStringLiteral("status"),
                QJsonObject{{QStringLiteral("state"), open ? QStringLiteral("online") : QStringLiteral("offline")},
                            {QStringLiteral("as_of"), apiTime(now)},
                            {QStringLiteral("next_opening"), next ? QJsonValue(apiTime(*next)) : QJsonValue()},
                            {QStringLiteral("next_closing"), closes ? QJsonValue(apiTime(*closes)) : QJsonValue()}});
    return json;
}

QJsonObject ContactChannels::toJson(const QDateTime &now, QByteArray *etag) const
{
    QJsonArray items;
    QJsonArray stable;
    for (const Channel &c : m_channels) {
        QJsonObject withoutStatus;
        items.append(channelJson(c, now, &withoutStatus));
        stable.append(withoutStatus);
    }
    const QString digest = Ids::sha256Hex(QString::fromUtf8(QJsonDocument(stable).toJson(QJsonDocument::Compact)));
    *etag = QByteArrayLiteral("\"ch-") + digest.left(32).toLatin1() + QByteArrayLiteral("\"");
    return {{QStringLiteral("items"), items},
            {QStringLiteral("support_timezone"), QString::fromUtf8(m_zone.id())},
            {QStringLiteral("server_time"), apiTime(now)}};
}

} // namespace okpay::server
