// Login (with throttling and the TOTP challenge), token refresh and logout.
#include "account/profile.h"
#include "auth/authroutes.h"
#include "auth/authvalidation.h"
#include "auth/passwordhasher.h"
#include "auth/ratelimiter.h"
#include "auth/securityevents.h"
#include "auth/tokenservice.h"
#include "auth/totpcheck.h"
#include "config/serverconfig.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;
constexpr int kMfaTtlSecs = 300;
constexpr int kMfaMaxFailures = 5;

struct LoginLimits
{
    int perAccount;
    int perIp;
    int windowSecs;
};

LoginLimits limitsOf(const ApiRequest &r)
{
    const QJsonObject auth = r.env->config->section(QStringLiteral("auth"));
    return {auth.value(u"login_attempts_per_account").toInt(5), auth.value(u"login_attempts_per_ip").toInt(20),
            auth.value(u"login_window_secs").toInt(900)};
}

QHttpServerResponse login(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString email = body.string(QStringLiteral("email"), 3, 254).trimmed().toLower();
    const QString password = body.string(QStringLiteral("password"), 1, 128);
    const QString device = body.optionalString(QStringLiteral("device_name"), 1, 100).value_or(QStringLiteral("Unknown device"));
    if (auto error = body.error())
        return std::move(*error);

    const QDateTime now = r.env->clock->now();
    const LoginLimits limits = limitsOf(r);
    const QString accountKey = QStringLiteral("login-account:") + email;
    const QString ipKey = QStringLiteral("login-ip:") + r.peer.toString();
    RateLimiter &limiter = *r.env->rateLimiter;
    const int wait = qMax(limiter.retryAfter(accountKey, limits.perAccount, limits.windowSecs, now),
                          limiter.retryAfter(ipKey, limits.perIp, limits.windowSecs, now));
    if (wait > 0)
        return tooManyRequests(wait);

    const QSqlDatabase db = r.db();
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id, password_hash, totp_enabled FROM users WHERE email = :e"),
                          {{":e", email}});
    const bool exists = q.next();
    const QString userId = exists ? q.value(0).toString() : QString();
    const QString passwordHash = exists ? q.value(1).toString() : PasswordHasher::dummyHash();
    const bool totpEnabled = exists && q.value(2).toInt() != 0;
    // End the read before the slow hash check: on SQLite a statement left open keeps an old snapshot, and the
    // writes below would then fail at once with "database is locked" if another request wrote meanwhile.
    q.finish();
    // Verify against a dummy hash for unknown emails so the response time does not tell who has an account.
    const bool valid = PasswordHasher::verify(password, passwordHash) && exists;
    if (!valid) {
        limiter.recordFailure(accountKey, now);
        limiter.recordFailure(ipKey, now);
        if (exists)
            SecurityEvents::record(db, now, userId, QStringLiteral("login_failed"), r.peer.toString(), device);
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                             QStringLiteral("The email address or password is not correct"));
    }
    limiter.reset(accountKey);

    if (totpEnabled) {
        const QString mfaToken = Ids::newToken();
        sqlExec(db, QStringLiteral("INSERT INTO mfa_challenges (token_hash, user_id, expires_at, device_name) "
                                   "VALUES (:h, :u, :e, :d)"),
                {{":h", Ids::sha256Hex(mfaToken)}, {":u", userId}, {":e", sqlTime(now.addSecs(kMfaTtlSecs))},
                 {":d", device}});
        return jsonResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("mfa_required")},
                                        {QStringLiteral("mfa_token"), mfaToken},
                                        {QStringLiteral("methods"), QJsonArray{QStringLiteral("totp"), QStringLiteral("recovery_code")}},
                                        {QStringLiteral("expires_in"), kMfaTtlSecs}});
    }
    const IssuedTokens tokens = r.env->tokens->createSession(db, userId, r.peer.toString(), device);
    SecurityEvents::record(db, now, userId, QStringLiteral("login_succeeded"), r.peer.toString(), device);
    return jsonResponse(tokenResponse(tokens, *loadProfile(db, userId)));
}

QHttpServerResponse loginMfa(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString mfaToken = body.string(QStringLiteral("mfa_token"), 32, 512);
    const auto totpCode = body.optionalString(QStringLiteral("totp_code"), 6, 8);
    const auto recoveryCode = body.optionalString(QStringLiteral("recovery_code"), 8, 32);
    if (totpCode.has_value() == recoveryCode.has_value())
        body.fail(QStringLiteral("totp_code"), QStringLiteral("Send exactly one of totp_code or recovery_code"));
    if (auto error = body.error())
        return std::move(*error);

    const QDateTime now = r.env->clock->now();
    const QSqlDatabase db = r.db();
    const QString hash = Ids::sha256Hex(mfaToken);
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT user_id, device_name FROM mfa_challenges WHERE token_hash = :h AND "
                                             "used_at IS NULL AND expires_at > :now AND failures < :max"),
                          {{":h", hash}, {":now", sqlTime(now)}, {":max", kMfaMaxFailures}});
    if (!q.next())
        return errorResponse(Status::Unauthorized, QStringLiteral("mfa_token_expired"),
                             QStringLiteral("The sign-in attempt expired; sign in again"));
    const QString userId = q.value(0).toString();
    const QString device = q.value(1).toString();

    bool passed = false;
    if (totpCode) {
        // A correct but already used code (Reused) fails like a wrong one and is recorded below as mfa_failed.
        passed = TotpCheck::consume(db, userId, *totpCode, now) == TotpCheck::Result::Ok;
    } else {
        passed = TotpCheck::consumeRecoveryCode(db, userId, *recoveryCode, now);
        if (passed)
            SecurityEvents::record(db, now, userId, QStringLiteral("recovery_code_used"), r.peer.toString(), device);
    }
    if (!passed) {
        sqlExec(db, QStringLiteral("UPDATE mfa_challenges SET failures = failures + 1 WHERE token_hash = :h"), {{":h", hash}});
        SecurityEvents::record(db, now, userId, QStringLiteral("mfa_failed"), r.peer.toString(), device);
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_mfa_code"),
                             QStringLiteral("The code is not correct"), totpCode ? QStringLiteral("totp_code")
                                                                                  : QStringLiteral("recovery_code"));
    }
    QSqlQuery used = sqlExec(db, QStringLiteral("UPDATE mfa_challenges SET used_at = :now WHERE token_hash = :h AND used_at IS NULL"),
                             {{":now", sqlTime(now)}, {":h", hash}});
    if (used.numRowsAffected() != 1)
        return errorResponse(Status::Unauthorized, QStringLiteral("mfa_token_expired"),
                             QStringLiteral("The sign-in attempt expired; sign in again"));
    const IssuedTokens tokens = r.env->tokens->createSession(db, userId, r.peer.toString(), device);
    SecurityEvents::record(db, now, userId, QStringLiteral("login_succeeded"), r.peer.toString(), device);
    return jsonResponse(tokenResponse(tokens, *loadProfile(db, userId)));
}

QHttpServerResponse refresh(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString token = body.string(QStringLiteral("refresh_token"), 32, 512);
    if (auto error = body.error())
        return std::move(*error);
    const QString ipKey = QStringLiteral("refresh-ip:") + r.peer.toString();
    const QDateTime now = r.env->clock->now();
    if (const int wait = r.env->rateLimiter->retryAfter(ipKey, 60, 300, now))
        return tooManyRequests(wait);

    IssuedTokens tokens;
    switch (r.env->tokens->refresh(r.db(), token, &tokens)) {
    case TokenService::RefreshResult::Ok:
        break;
    case TokenService::RefreshResult::Reused: {
        r.env->rateLimiter->recordFailure(ipKey, now);
        QSqlQuery owner = sqlExec(r.db(), QStringLiteral("SELECT user_id FROM sessions WHERE id = :id"), {{":id", tokens.sessionId}});
        if (owner.next())
            SecurityEvents::record(r.db(), now, owner.value(0).toString(), QStringLiteral("refresh_token_reused"), r.peer.toString());
        return errorResponse(Status::Unauthorized, QStringLiteral("refresh_token_reused"),
                             QStringLiteral("This sign-in was ended for your safety; sign in again"));
    }
    case TokenService::RefreshResult::Invalid:
        r.env->rateLimiter->recordFailure(ipKey, now);
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_refresh_token"),
                             QStringLiteral("Sign in again"));
    }
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT user_id FROM sessions WHERE id = :id"), {{":id", tokens.sessionId}});
    q.next();
    return jsonResponse(tokenResponse(tokens, *loadProfile(r.db(), q.value(0).toString())));
}

QHttpServerResponse logout(const ApiRequest &r)
{
    r.env->tokens->revokeSession(r.db(), r.auth->sessionId);
    return noContent();
}
} // namespace

void registerLoginRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/auth/login"), Access::Public, login);
    router.add(Method::Post, QStringLiteral("/v1/auth/login/mfa"), Access::Public, loginMfa);
    router.add(Method::Post, QStringLiteral("/v1/auth/refresh"), Access::Public, refresh);
    router.add(Method::Post, QStringLiteral("/v1/auth/logout"), Access::User, logout, BodyKind::Any);
}

} // namespace okpay::server
