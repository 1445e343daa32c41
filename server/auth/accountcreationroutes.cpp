// Registration, email verification and password reset.
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
#include "mail/mailer.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QTimeZone>

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

bool isTimeZone(const QString &zone)
{
    return QTimeZone(zone.toUtf8()).isValid();
}

// Stores a single-use emailed token (only its hash) and returns the token for the link.
QString issueEmailToken(const ApiRequest &r, const QString &userId, const QString &purpose, int ttlSecs)
{
    const QString token = Ids::newToken();
    sqlExec(r.db(), QStringLiteral("INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at) "
                                   "VALUES (:h, :u, :p, :e)"),
            {{":h", Ids::sha256Hex(token)}, {":u", userId}, {":p", purpose},
             {":e", sqlTime(r.env->clock->now().addSecs(ttlSecs))}});
    return token;
}

void sendVerificationEmail(const ApiRequest &r, const QString &userId, const QString &email, const QString &name)
{
    const QString token = issueEmailToken(r, userId, QStringLiteral("verify"), 48 * 3600);
    r.env->mailer->send(email, QStringLiteral("Verify your OKPay email address"),
                        QStringLiteral("Hello %1,\r\n\r\nConfirm your email address to start using OKPay:\r\n"
                                       "%2/verify-email?token=%3\r\n\r\nOr paste this code into the app: %3\r\n\r\n"
                                       "The link is valid for 48 hours. OKPay staff will never ask for your "
                                       "password or your two-factor codes.\r\n")
                            .arg(name, r.env->config->publicUrl, token));
}

// The user of a usable (known, unused, unexpired) emailed token, without using it.
std::optional<QString> emailTokenUser(const ApiRequest &r, const QString &token, const QString &purpose)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT user_id FROM email_tokens WHERE token_hash = :h AND "
                                                 "purpose = :p AND used_at IS NULL AND expires_at > :now"),
                          {{":h", Ids::sha256Hex(token)}, {":p", purpose}, {":now", sqlTime(r.env->clock->now())}});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

// Marks an emailed token used and returns its user, or nullopt when unknown, used or expired.
std::optional<QString> consumeEmailToken(const ApiRequest &r, const QString &token, const QString &purpose)
{
    const auto owner = emailTokenUser(r, token, purpose);
    if (!owner)
        return std::nullopt;
    const QString userId = *owner;
    const QString now = sqlTime(r.env->clock->now());
    const QString hash = Ids::sha256Hex(token);
    QSqlQuery used = sqlExec(r.db(), QStringLiteral("UPDATE email_tokens SET used_at = :now WHERE token_hash = :h AND used_at IS NULL"),
                             {{":now", now}, {":h", hash}});
    if (used.numRowsAffected() != 1)
        return std::nullopt;
    return userId;
}

QHttpServerResponse registerUser(const ApiRequest &r)
{
    const QString ipKey = QStringLiteral("register-ip:") + r.peer.toString();
    const QDateTime now = r.env->clock->now();
    if (const int wait = r.env->rateLimiter->retryAfter(ipKey, 20, 3600, now))
        return tooManyRequests(wait);

    JsonBody body(r.body);
    const QString name = body.string(QStringLiteral("name"), 1, 100).trimmed();
    const QString email = readEmail(body);
    const QString phone = readPhone(body);
    const QString password = readNewPassword(body, QStringLiteral("password"), {name, email, phone});
    const QString locale = body.optionalOneOf(QStringLiteral("locale"), {QStringLiteral("en"), QStringLiteral("zh_CN")})
                               .value_or(QStringLiteral("en"));
    const QString timezone = body.optionalString(QStringLiteral("timezone"), 1, 64).value_or(QStringLiteral("UTC"));
    const QString device = body.optionalString(QStringLiteral("device_name"), 1, 100).value_or(QStringLiteral("Unknown device"));
    if (!body.has(QStringLiteral("name")) || name.isEmpty())
        body.fail(QStringLiteral("name"), QStringLiteral("name is required"));
    if (!isTimeZone(timezone))
        body.fail(QStringLiteral("timezone"), QStringLiteral("timezone must be an IANA zone such as Asia/Shanghai"));
    if (auto error = body.error())
        return std::move(*error);
    r.env->rateLimiter->recordFailure(ipKey, now);  // counts registrations, not failures

    const QString hash = PasswordHasher::hash(password);  // slow on purpose; outside the transaction
    const QString userId = Ids::newId("usr");
    const QSqlDatabase db = r.db();
    {
        SqlTransaction tx(db, r.env->db->dialect());
        QSqlQuery taken = sqlExec(db, QStringLiteral("SELECT 1 FROM users WHERE email = :e"), {{":e", email}});
        if (taken.next())
            return errorResponse(Status::Conflict, QStringLiteral("email_taken"),
                                 QStringLiteral("An account with this email address already exists"), QStringLiteral("email"));
        sqlExec(db, QStringLiteral("INSERT INTO users (id, email, name, phone, password_hash, locale, timezone, "
                                   "created_at, updated_at) VALUES (:id, :e, :n, :p, :h, :l, :tz, :now, :now)"),
                {{":id", userId}, {":e", email}, {":n", name}, {":p", phone}, {":h", hash}, {":l", locale},
                 {":tz", timezone}, {":now", sqlTime(now)}});
        tx.commit();
    }
    sendVerificationEmail(r, userId, email, name);
    const IssuedTokens tokens = r.env->tokens->createSession(db, userId, r.peer.toString(), device);
    SecurityEvents::record(db, now, userId, QStringLiteral("login_succeeded"), r.peer.toString(), device);
    return jsonResponse(tokenResponse(tokens, *loadProfile(db, userId)), Status::Created);
}

QHttpServerResponse verifyEmail(const ApiRequest &r)
{
    JsonBody body(r.body);
    if (body.has(QStringLiteral("token"))) {
        const QString token = body.string(QStringLiteral("token"), 16, 256);
        if (auto error = body.error())
            return std::move(*error);
        const auto userId = consumeEmailToken(r, token, QStringLiteral("verify"));
        if (!userId)
            return validationError(QStringLiteral("token"), QStringLiteral("This link is invalid, used or expired"),
                                   QStringLiteral("invalid_token"));
        sqlExec(r.db(), QStringLiteral("UPDATE users SET email_verified = 1, updated_at = :now WHERE id = :u"),
                {{":now", sqlTime(r.env->clock->now())}, {":u", *userId}});
        r.env->tokens->forgetUser(*userId);  // money endpoints open up at once, not after the token cache expires
        return noContent();
    }
    const QString email = readEmail(body);
    if (auto error = body.error())
        return std::move(*error);
    const QString ipKey = QStringLiteral("verify-ip:") + r.peer.toString();
    if (const int wait = r.env->rateLimiter->retryAfter(ipKey, 10, 3600, r.env->clock->now()))
        return tooManyRequests(wait);
    r.env->rateLimiter->recordFailure(ipKey, r.env->clock->now());
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT id, name FROM users WHERE email = :e AND email_verified = 0"),
                          {{":e", email}});
    if (q.next())
        sendVerificationEmail(r, q.value(0).toString(), email, q.value(1).toString());
    return QHttpServerResponse(Status::Accepted);  // same answer whether or not the address exists
}

QHttpServerResponse requestPasswordReset(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString email = readEmail(body);
    if (auto error = body.error())
        return std::move(*error);
    const QString ipKey = QStringLiteral("reset-ip:") + r.peer.toString();
    if (const int wait = r.env->rateLimiter->retryAfter(ipKey, 10, 3600, r.env->clock->now()))
        return tooManyRequests(wait);
    r.env->rateLimiter->recordFailure(ipKey, r.env->clock->now());
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT id, name FROM users WHERE email = :e"), {{":e", email}});
    if (q.next()) {
        const QString token = issueEmailToken(r, q.value(0).toString(), QStringLiteral("reset"), 3600);
        r.env->mailer->send(email, QStringLiteral("Reset your OKPay password"),
                            QStringLiteral("Hello %1,\r\n\r\nSomeone asked to reset your OKPay password. If it was you:\r\n"
                                           "%2/reset-password?token=%3\r\n\r\nThe link is valid for one hour. If it was "
                                           "not you, ignore this email; your password stays the same.\r\n")
                                .arg(q.value(1).toString(), r.env->config->publicUrl, token));
    }
    return QHttpServerResponse(Status::Accepted);
}

// With TOTP on, a password reset needs a TOTP or recovery code (422 mfa_required / invalid_mfa_code, throttled).
std::optional<QHttpServerResponse> requireResetSecondFactor(const ApiRequest &r, const QString &userId,
                                                            const std::optional<QString> &totpCode,
                                                            const std::optional<QString> &recoveryCode, const QDateTime &now)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT totp_enabled FROM users WHERE id = :u"), {{":u", userId}});
    const bool enabled = q.next() && q.value(0).toInt() != 0;
    q.finish();  // no read left open across the writes below (a stale SQLite snapshot would fail them)
    if (!enabled)
        return std::nullopt;
    const QString limiterKey = QStringLiteral("2fa:") + userId;
    if (const int wait = r.env->rateLimiter->retryAfter(limiterKey, 10, 900, now))
        return tooManyRequests(wait);
    if (!totpCode && !recoveryCode)
        return validationError(QStringLiteral("totp_code"), QStringLiteral("Two-factor authentication is on: a code is required"),
                               QStringLiteral("mfa_required"));
    const bool ok = totpCode ? TotpCheck::consume(r.db(), userId, *totpCode, now) == TotpCheck::Result::Ok
                             : TotpCheck::consumeRecoveryCode(r.db(), userId, *recoveryCode, now);
    if (ok)
        return std::nullopt;
    r.env->rateLimiter->recordFailure(limiterKey, now);
    SecurityEvents::record(r.db(), now, userId, QStringLiteral("mfa_failed"), r.peer.toString());
    return validationError(totpCode ? QStringLiteral("totp_code") : QStringLiteral("recovery_code"),
                           QStringLiteral("The code is not correct"), QStringLiteral("invalid_mfa_code"));
}

QHttpServerResponse confirmPasswordReset(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString token = body.string(QStringLiteral("token"), 16, 256);
    const QString password = readNewPassword(body, QStringLiteral("new_password"), {});
    const auto totpCode = body.optionalString(QStringLiteral("totp_code"), 6, 8);
    const auto recoveryCode = body.optionalString(QStringLiteral("recovery_code"), 8, 32);
    if (auto error = body.error())
        return std::move(*error);
    const QDateTime now = r.env->clock->now();
    const auto owner = emailTokenUser(r, token, QStringLiteral("reset"));
    if (!owner)
        return validationError(QStringLiteral("token"), QStringLiteral("This link is invalid, used or expired"),
                               QStringLiteral("invalid_token"));
    // The mailbox alone must not unlock an account that has two-factor on: the second factor is checked before
    // the emailed token is used up, so a mistyped code does not cost the user a new email.
    if (auto error = requireResetSecondFactor(r, *owner, totpCode, recoveryCode, now))
        return std::move(*error);
    const auto userId = consumeEmailToken(r, token, QStringLiteral("reset"));
    if (!userId)
        return validationError(QStringLiteral("token"), QStringLiteral("This link is invalid, used or expired"),
                               QStringLiteral("invalid_token"));
    // Receiving the reset link proves control of the mailbox, so the address counts as verified too.
    sqlExec(r.db(), QStringLiteral("UPDATE users SET password_hash = :h, email_verified = 1, updated_at = :now WHERE id = :u"),
            {{":h", PasswordHasher::hash(password)}, {":now", sqlTime(now)}, {":u", *userId}});
    r.env->tokens->revokeAllSessions(r.db(), *userId);
    SecurityEvents::record(r.db(), now, *userId, QStringLiteral("password_reset"), r.peer.toString());
    return noContent();
}
} // namespace

void registerAccountCreationRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/auth/register"), Access::Public, registerUser);
    router.add(Method::Post, QStringLiteral("/v1/auth/verify-email"), Access::Public, verifyEmail);
    router.add(Method::Post, QStringLiteral("/v1/auth/password-reset"), Access::Public, requestPasswordReset);
    router.add(Method::Post, QStringLiteral("/v1/auth/password-reset/confirm"), Access::Public, confirmPasswordReset);
}

} // namespace okpay::server
