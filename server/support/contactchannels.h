#pragma once
#include "core/businesshours.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace okpay::server {

struct ServerConfig;

// The support center's contact channels from the "support" section of the configuration: address, weekly hours in
// the center's timezone, holidays and the live open/closed status. Email, tickets, the website and social accounts
// accept messages at any time; chat and phone only inside their hours (always, in demo mode).
class ContactChannels
{
public:
    struct Channel
    {
        QString id;
        QString kind;  // email, chat, phone, tickets, social, web
        QString name;
        QString address;
        QString description;
        bool urgent = false;
        bool alwaysOpen = false;
        BusinessHours hours = BusinessHours::alwaysOpen();
    };

    // Names and descriptions in locale ("en" or "zh_CN") where the configuration gives them per language.
    static ContactChannels fromConfig(const ServerConfig &config, const QString &locale = QStringLiteral("en"));

    // The first channel of this kind; nullptr when none is configured.
    const Channel *channel(const QString &kind) const;
    // Whether a channel of this kind is answering now; when not, *nextOpening gets its next opening (if any).
    bool isOpen(const QString &kind, const QDateTime &now, std::optional<QDateTime> *nextOpening = nullptr) const;

    // The ContactChannelList body; etag covers everything but the live status.
    QJsonObject toJson(const QDateTime &now, QByteArray *etag) const;
    QString supportTimezone() const { return QString::fromUtf8(m_zone.id()); }

private:
    QJsonObject channelJson(const Channel &channel, const QDateTime &now, QJsonObject *withoutStatus) const;
    QTimeZone m_zone;
    QJsonArray m_holidays;
    QList<Channel> m_channels;
};

} // namespace okpay::server
