#include "config/serverconfig.h"

#include <QFile>
#include <QJsonDocument>

namespace okpay::server {

namespace {
std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

// Objects merge key by key; anything else in the override replaces the default.
QJsonObject merged(QJsonObject base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}
} // namespace

std::optional<ServerConfig> ServerConfig::load(const QString &overrideFile, QString *error)
{
    auto defaults = readObject(QStringLiteral(":/okpay-server/defaults.json"), error);
    if (!defaults)
        return std::nullopt;
    QJsonObject all = *defaults;
    if (!overrideFile.isEmpty()) {
        const auto overlay = readObject(overrideFile, error);
        if (!overlay)
            return std::nullopt;
        all = merged(all, *overlay);
    }
    ServerConfig config;
    config.sections = all;
    const QJsonObject auth = all.value(u"auth").toObject();
    config.accessTokenTtlSecs = qBound(60, auth.value(u"access_token_ttl_secs").toInt(900), 86400);
    config.refreshTokenTtlSecs = qBound(3600, auth.value(u"refresh_token_ttl_secs").toInt(30 * 86400), 365 * 86400);
    config.publicUrl = all.value(u"public_url").toString();
    config.dataDir = all.value(u"data_dir").toString();
    config.listen = all.value(u"listen").toString();
    config.database = all.value(u"database").toString();
    return config;
}

} // namespace okpay::server
