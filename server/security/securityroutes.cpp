// Password change, sessions and the security event log.
#include "security/securityroutes.h"

#include "auth/authvalidation.h"
#include "auth/passwordhasher.h"
#include "auth/ratelimiter.h"
#include "auth/securityevents.h"
#include "auth/tokenservice.h"
#include "auth/totpcheck.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/pagination.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

// Guesses against the current password share the login limits (per account).
std::optional<QHttpServerResponse> checkCurrentPassword(const ApiRequest &r, const QString &password)
{
    const QDateTime now = r.env->clock->now();
    const QString key = QStringLiteral("reauth:") + r.userId();
    if (const int wait = r.env->rateLimiter->retryAfter(key, 5, 900, now))
        return tooManyRequests(wait);
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT password_hash FROM users WHERE id = :u"), {{":u", r.userId()}});
    if (!q.next() || !PasswordHasher::verify(password, q.value(0).toString())) {
        r.env->rateLimiter->recordFailure(key, now);
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                             QStringLiteral("The current password is not correct"), QStringLiteral("current_password"));
    }
    return std::nullopt;
}

QHttpServerResponse changePassword(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString current = body.string(QStringLiteral("current_password"), 1, 128);
    QSqlQuery user = sqlExec(r.db(), QStringLiteral("SELECT name, email, phone, totp_enabled FROM users WHERE id = :u"),
                             {{":u", r.userId()}});
    user.next();
    const QString next = readNewPassword(body, QStringLiteral("new_password"),
                                         {user.value(0).toString(), user.value(1).toString(), user.value(2).toString()});
    const auto totp = body.optionalString(QStringLiteral("totp_code"), 6, 8);
    const bool totpEnabled = user.value(3).toInt() != 0;
    if (totpEnabled && !totp)
        body.fail(QStringLiteral("totp_code"), QStringLiteral("Enter the code from your authenticator app"), QStringLiteral("mfa_required"));
    if (auto error = body.error())
        return std::move(*error);
    if (auto error = checkCurrentPassword(r, current))
        return std::move(*error);
    const QDateTime now = r.env->clock->now();
    if (totpEnabled && TotpCheck::consume(r.db(), r.userId(), *totp, now) != TotpCheck::Result::Ok) {
        SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("mfa_failed"), r.peer.toString());
        return validationError(QStringLiteral("totp_code"), QStringLiteral("The code is not correct"), QStringLiteral("invalid_mfa_code"));
    }
    sqlExec(r.db(), QStringLiteral("UPDATE users SET password_hash = :h, updated_at = :now WHERE id = :u"),
            {{":h", PasswordHasher::hash(next)}, {":now", sqlTime(now)}, {":u", r.userId()}});
    r.env->tokens->revokeAllSessions(r.db(), r.userId(), r.auth->sessionId);
    SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("password_changed"), r.peer.toString());
    return noContent();
}

QHttpServerResponse listSessions(const ApiRequest &r)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT id, device_name, ip, created_at, last_seen_at, refresh_expires_at "
                                                 "FROM sessions WHERE user_id = :u AND revoked_at IS NULL AND "
                                                 "refresh_expires_at > :now ORDER BY last_seen_at DESC LIMIT 500"),
                          {{":u", r.userId()}, {":now", sqlTime(r.env->clock->now())}});
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                 {QStringLiteral("device_name"), q.value(1).toString().isEmpty() ? QStringLiteral("Unknown device") : q.value(1).toString()},
                                 {QStringLiteral("ip_address"), q.value(2).toString()},
                                 {QStringLiteral("created_at"), apiTime(fromSqlTime(q.value(3).toString()))},
                                 {QStringLiteral("last_seen_at"), apiTime(fromSqlTime(q.value(4).toString()))},
                                 {QStringLiteral("expires_at"), apiTime(fromSqlTime(q.value(5).toString()))},
                                 {QStringLiteral("current"), q.value(0).toString() == r.auth->sessionId}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("items"), items}});
}

QHttpServerResponse revokeOtherSessions(const ApiRequest &r)
{
    QSqlQuery count = sqlExec(r.db(), QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = :u AND id <> :s AND revoked_at IS NULL"),
                              {{":u", r.userId()}, {":s", r.auth->sessionId}});
    count.next();
    r.env->tokens->revokeAllSessions(r.db(), r.userId(), r.auth->sessionId);
    SecurityEvents::record(r.db(), r.env->clock->now(), r.userId(), QStringLiteral("session_revoked"), r.peer.toString());
    return jsonResponse(QJsonObject{{QStringLiteral("revoked"), count.value(0).toInt()}});
}

QHttpServerResponse revokeSession(const ApiRequest &r, const QString &id)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT 1 FROM sessions WHERE id = :id AND user_id = :u AND revoked_at IS NULL"),
                          {{":id", id}, {":u", r.userId()}});
    if (!q.next())
        return notFound(QStringLiteral("No such session"));
    r.env->tokens->revokeSession(r.db(), id);
    SecurityEvents::record(r.db(), r.env->clock->now(), r.userId(), QStringLiteral("session_revoked"), r.peer.toString());
    return noContent();
}

QHttpServerResponse listEvents(const ApiRequest &r)
{
    std::optional<QHttpServerResponse> error;
    const auto page = readPageRequest(r, &error);
    if (!page)
        return std::move(*error);
    // Newest first: the cursor is the last (created_at, id) seen; continue strictly below it.
    QSqlQuery q = page->afterId.isEmpty()
                      ? sqlExec(r.db(), QStringLiteral("SELECT id, kind, ip, created_at, device_name FROM security_events WHERE user_id = :u "
                                                       "ORDER BY created_at DESC, id DESC LIMIT :n"),
                                {{":u", r.userId()}, {":n", page->limit + 1}})
                      : sqlExec(r.db(), QStringLiteral("SELECT id, kind, ip, created_at, device_name FROM security_events WHERE user_id = :u "
                                                       "AND (created_at < :k OR (created_at = :k AND id < :i)) "
                                                       "ORDER BY created_at DESC, id DESC LIMIT :n"),
                                {{":u", r.userId()}, {":k", page->afterKey}, {":i", page->afterId}, {":n", page->limit + 1}});
    QJsonArray items;
    QString lastKey, lastId;
    bool more = false;
    while (q.next()) {
        if (items.size() == page->limit) {
            more = true;
            break;
        }
        lastKey = q.value(3).toString();
        lastId = q.value(0).toString();
        items.append(QJsonObject{{QStringLiteral("id"), lastId},
                                 {QStringLiteral("type"), q.value(1).toString()},
                                 {QStringLiteral("ip_address"), q.value(2).toString()},
                                 {QStringLiteral("device_name"), q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
                                 {QStringLiteral("created_at"), apiTime(fromSqlTime(lastKey))}});
    }
    return jsonResponse(QJsonObject{{QStringLiteral("items"), items},
                                    {QStringLiteral("next_cursor"), more ? QJsonValue(encodeCursor(lastKey, lastId)) : QJsonValue()}});
}
} // namespace

void registerSecurityRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/security/password"), Access::User, changePassword);
    router.add(Method::Get, QStringLiteral("/v1/security/sessions"), Access::User, listSessions);
    router.add(Method::Delete, QStringLiteral("/v1/security/sessions"), Access::User, revokeOtherSessions, BodyKind::Any);
    router.addWithId(Method::Delete, QStringLiteral("/v1/security/sessions/<arg>"), Access::User, revokeSession, BodyKind::Any);
    router.add(Method::Get, QStringLiteral("/v1/security/events"), Access::User, listEvents);
}

} // namespace okpay::server
