#include "services/contactchannels.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "api/dtoreader.h"

#include <QDir>
#include <QLocale>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContactChannels, "okpay.services.contactchannels")

namespace okpay {

namespace {
constexpr qint64 kMaxFileBytes = 1024 * 1024;  // the real list is a few KB; anything bigger is not ours

const QStringList &weekdays()
{
    static const QStringList names{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                   QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                                   QStringLiteral("sunday")};
    return names;
}

std::optional<ContactChannel::Kind> kindFrom(const QString &kind)
{
    using Kind = ContactChannel::Kind;
    static const QHash<QString, Kind> kinds{{QStringLiteral("web"), Kind::Website},  {QStringLiteral("email"), Kind::Email},
                                            {QStringLiteral("chat"), Kind::Chat},    {QStringLiteral("phone"), Kind::Phone},
                                            {QStringLiteral("social"), Kind::Social}, {QStringLiteral("tickets"), Kind::Tickets}};
    const auto found = kinds.constFind(kind);
    return found == kinds.cend() ? std::nullopt : std::optional(*found);
}

// "HH:mm", or "24:00" as a closing time (QTime(0, 0), as BusinessHours reads it).
std::optional<QTime> localTime(const QString &text, bool closing)
{
    if (closing && text == u"24:00")
        return QTime(0, 0);
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    return text.size() == 5 && time.isValid() ? std::optional(time) : std::nullopt;
}

// Reads one channel; false with *error when it breaks the contract. *known is false for a kind from the future.
bool readChannel(const QJsonValue &value, const QString &context, ContactChannel *out, bool *known, QString *error)
{
    const auto failed = [&](const QString &why) {
        *error = context + QStringLiteral(": ") + why;
        return false;
    };
    if (!value.isObject())
        return failed(QStringLiteral("not an object"));
    DtoReader r(value.toObject(), context);
    out->id = r.string(QStringLiteral("id"), 1, 64);
    const QString kind = r.string(QStringLiteral("kind"), 1, 64);
    out->name = r.string(QStringLiteral("name"), 1, 200);
    out->address = r.string(QStringLiteral("address"), 1, 500);
    out->description = r.optionalString(QStringLiteral("description"), 1000);
    out->urgent = r.boolean(QStringLiteral("urgent"));
    const QJsonObject hours = r.object(QStringLiteral("hours"));
    const QJsonArray holidays = r.array(QStringLiteral("holidays"), 100);
    const QJsonObject status = r.object(QStringLiteral("status"));
    DtoReader h(hours, context + QStringLiteral(".hours"));
    out->alwaysOpen = h.boolean(QStringLiteral("always_open"));
    const QString zoneId = h.string(QStringLiteral("timezone"), 1, 64);
    const QJsonArray weekly = h.array(QStringLiteral("weekly"), 21);
    DtoReader s(status, context + QStringLiteral(".status"));
    out->onlineWhenListed = s.oneOf(QStringLiteral("state"), {QStringLiteral("online"), QStringLiteral("offline")}) == u"online";
    for (const DtoReader *reader : {&r, &h, &s}) {
        if (!reader->ok()) {
            *error = reader->error();
            return false;
        }
    }

    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return failed(QStringLiteral("hours.timezone: unknown time zone"));
    QList<WeeklyWindow> windows;
    for (const QJsonValue &entry : weekly) {
        DtoReader w(entry.toObject(), context + QStringLiteral(".hours.weekly"));
        const qsizetype day = weekdays().indexOf(w.oneOf(QStringLiteral("day"), weekdays()));
        const auto open = localTime(w.string(QStringLiteral("open"), 5, 5), false);
        const auto close = localTime(w.string(QStringLiteral("close"), 5, 5), true);
        if (!entry.isObject() || !w.ok() || day < 0 || !open || !close || (*close != QTime(0, 0) && *open >= *close))
            return failed(QStringLiteral("hours.weekly: not an opening interval"));
        windows.append({Qt::DayOfWeek(day + 1), *open, *close});
    }
    QSet<QDate> closedDays;
    for (const QJsonValue &entry : holidays) {
        DtoReader d(entry.toObject(), context + QStringLiteral(".holidays"));
        const QDate date = QDate::fromString(d.string(QStringLiteral("date"), 10, 10), Qt::ISODate);
        const QString name = d.string(QStringLiteral("name"), 1, 200);
        if (!entry.isObject() || !d.ok() || !date.isValid())
            return failed(QStringLiteral("holidays: not a holiday"));
        out->holidays.append({date, name});
        closedDays.insert(date);
    }
    std::sort(out->holidays.begin(), out->holidays.end(),
              [](const SupportHoliday &a, const SupportHoliday &b) { return a.date < b.date; });
    out->hours = out->alwaysOpen ? BusinessHours::alwaysOpen() : BusinessHours(zone, windows, closedDays);
    const auto parsedKind = kindFrom(kind);
    *known = parsedKind.has_value();
    out->kind = parsedKind.value_or(ContactChannel::Kind::Website);
    return true;
}
} // namespace

ContactChannels::ContactChannels(ApiClient *client, QString rememberedFile, QObject *parent)
    : QObject(parent), m_client(client), m_rememberedFile(std::move(rememberedFile))
{
}

std::optional<ContactChannelList> ContactChannels::parse(const QJsonObject &body, QString *error)
{
    DtoReader r(body);
    const QJsonArray items = r.array(QStringLiteral("items"), 50);
    const QString zoneId = r.string(QStringLiteral("support_timezone"), 1, 64);
    ContactChannelList list;
    list.serverTime = r.time(QStringLiteral("server_time"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    list.supportZone = QTimeZone(zoneId.toUtf8());
    if (!list.supportZone.isValid()) {
        *error = QStringLiteral("support_timezone: unknown time zone");
        return std::nullopt;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ContactChannel channel;
        bool known = false;
        if (!readChannel(items.at(i), QStringLiteral("items[%1]").arg(i), &channel, &known, error))
            return std::nullopt;
        if (ids.contains(channel.id)) {
            *error = QStringLiteral("items[%1].id: duplicate").arg(i);
            return std::nullopt;
        }
        ids.insert(channel.id);
        if (known)
            list.channels.append(std::move(channel));
    }
    return list;
}

bool ContactChannels::showFile(const QString &path, Source source)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxFileBytes), &parseError);
    QString error = parseError.errorString();
    const auto list = document.isObject() ? parse(document.object(), &error) : std::nullopt;
    if (!list) {
        qCWarning(lcContactChannels).noquote() << "ignoring the contact channels in" << path << "-" << error;
        return false;
    }
    m_list = *list;
    m_source = source;
    emit changed();
    return true;
}

QString ContactChannels::bundledFile()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral(":/contact-channels.zh_CN.json")
                                                    : QStringLiteral(":/contact-channels.json");
}

void ContactChannels::showSaved()
{
    if (!showFile(m_rememberedFile, Source::Remembered))
        showFile(bundledFile(), Source::Bundled);
}

void ContactChannels::remember(const QJsonObject &body) const
{
    if (m_rememberedFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_rememberedFile).absolutePath());
    QSaveFile file(m_rememberedFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(body).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcContactChannels).noquote() << "cannot remember the contact channels in" << m_rememberedFile << "-" << file.errorString();
}

void ContactChannels::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ContactChannels::refresh()
{
    if (m_source == Source::None)
        showSaved();
    if (m_loading || !m_client)
        return;
    setLoading(true);
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/support/contact-channels");
    spec.authenticated = false;  // the same answer for everyone; works signed out
    m_client->send(spec, this, [this](const ApiResult &result) {
        setLoading(false);
        QString error;
        const auto list = result.ok() && result.json.isObject() ? parse(result.json.object(), &error) : std::nullopt;
        if (!list) {
            if (result.ok()) {
                qCWarning(lcContactChannels).noquote() << "the server's contact channels break the contract:"
                                                       << (error.isEmpty() ? QStringLiteral("not an object") : error);
                m_lastError = tr("The contact details from OKPay could not be read.");
            } else {
                m_lastError = ApiErrorText::userMessage(*result.error);
            }
            emit refreshFailed(m_lastError);
            return;
        }
        m_lastError.clear();
        m_list = *list;
        m_source = Source::Server;
        remember(result.json.object());
        emit changed();
    });
}

} // namespace okpay
