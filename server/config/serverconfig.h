#pragma once
#include <QJsonObject>
#include <QString>

namespace okpay::server {

// Server settings: built-in defaults (server/config/defaults.json, compiled in) overlaid by --config FILE. Each
// area reads its own section ("funding", "support", "chat", ...) from sections; a few common values are typed here.
struct ServerConfig
{
    QJsonObject sections;
    QString dataDir;          // attachments, mail outbox; next to the SQLite file by default
    QString publicUrl;        // base of links in emails
    QString listen;           // HOST:PORT when --listen is not given (the packaged service's config sets it)
    QString database;         // sqlite:PATH or postgres://… when --db is not given
    bool demo = false;
    int accessTokenTtlSecs = 900;
    int refreshTokenTtlSecs = 30 * 86400;

    QJsonObject section(const QString &name) const { return sections.value(name).toObject(); }
    // nullopt with a reason for an unreadable or malformed file.
    static std::optional<ServerConfig> load(const QString &overrideFile, QString *error);
};

} // namespace okpay::server
