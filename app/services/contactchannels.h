#pragma once
#include "core/businesshours.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace okpay {

class ApiClient;

// A day the support center is closed, in its own calendar.
struct SupportHoliday
{
    QDate date;
    QString name;

    bool operator==(const SupportHoliday &) const = default;
};

// One way to reach support, as GET /v1/support/contact-channels describes it.
struct ContactChannel
{
    // The UI picks each kind's button with an exhaustive switch (no default).
    enum class Kind { Website, Email, Chat, Phone, Social, Tickets };

    QString id;
    Kind kind = Kind::Website;
    QString name;
    QString address;  // a URL, an email address, a phone number or a social handle, depending on the kind
    QString description;
    bool urgent = false;      // recommended for urgent problems (the hotline)
    bool alwaysOpen = false;  // accepts messages at any time
    BusinessHours hours = BusinessHours::alwaysOpen();  // with the holidays; live status comes from here
    QList<SupportHoliday> holidays;                     // by date
    bool onlineWhenListed = false;  // the server's status at serverTime (shown only while nothing newer is known)
};

// The whole answer: channels in display order and the support center's timezone.
struct ContactChannelList
{
    QList<ContactChannel> channels;
    QTimeZone supportZone;
    QDateTime serverTime;  // when the server made the list (UTC)
};

// The support center's contact channels, signed in or out and offline: shows the last good answer remembered in a
// file (or the copy bundled with the app) at once, then asks the server. An answer that is not what the contract
// promises is refused as a whole and what is shown stays. Nothing in the list is secret.
class ContactChannels : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Server, Remembered, Bundled };
    Q_ENUM(Source)

    // rememberedFile: where the last good answer is kept (a small JSON file); may be empty (nothing remembered).
    ContactChannels(ApiClient *client, QString rememberedFile, QObject *parent = nullptr);

    void showSaved();  // the remembered copy, else the bundled one; no network
    void refresh();    // shows the saved copy first if nothing is shown yet, then asks the server

    const ContactChannelList &list() const { return m_list; }
    Source source() const { return m_source; }
    QDateTime savedAt() const { return m_list.serverTime; }  // how old a remembered or bundled copy is
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }  // why the server's answer is not shown; "" when it is

    // Reads a ContactChannelList body against the contract; nullopt and a technical *error when it is not one.
    // Channels of a kind this version does not know are skipped (a newer server may add some).
    static std::optional<ContactChannelList> parse(const QJsonObject &body, QString *error);
    // The bundled copy in the app's language (QLocale's default, set from the language setting).
    static QString bundledFile();

signals:
    void changed();  // list() and source() have changed
    void loadingChanged(bool loading);
    void refreshFailed(const QString &message);  // for the user; what is shown stays

private:
    bool showFile(const QString &path, Source source);
    void remember(const QJsonObject &body) const;
    void setLoading(bool loading);

    ApiClient *m_client;
    QString m_rememberedFile;
    ContactChannelList m_list;
    Source m_source = Source::None;
    bool m_loading = false;
    QString m_lastError;
};

} // namespace okpay
