// TOTP two-factor authentication: setup with a pending secret, enable with a first code (which returns the recovery
// codes once), disable, and recovery-code status/regeneration.
#include "security/securityroutes.h"

#include "auth/passwordhasher.h"
#include "auth/ratelimiter.h"
#include "auth/securityevents.h"
#include "auth/totpcheck.h"
#include "core/base32.h"
#include "core/clock.h"
#include "core/otpauthuri.h"
#include "core/totp.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;
constexpr int kPendingSecretSecs = 600;
constexpr int kRecoveryCodeCount = 10;

// "abcd-efgh-2345": 12 characters from an unambiguous alphabet (no 0/o, 1/l), ~60 bits.
QString newRecoveryCode()
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    const QByteArray bytes = Ids::randomBytes(12);
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i == 4 || i == 8)
            code += u'-';
        code += QLatin1Char(alphabet[quint8(bytes[i]) & 31]);
    }
    return code;
}

QJsonObject replaceRecoveryCodes(const ApiRequest &r, const QDateTime &now)
{
    sqlExec(r.db(), QStringLiteral("DELETE FROM recovery_codes WHERE user_id = :u"), {{":u", r.userId()}});
    QJsonArray codes;
    for (int i = 0; i < kRecoveryCodeCount; ++i) {
        const QString code = newRecoveryCode();
        codes.append(code);
        sqlExec(r.db(), QStringLiteral("INSERT INTO recovery_codes (user_id, code_hash, generated_at) VALUES (:u, :h, :t)"),
                {{":u", r.userId()}, {":h", Ids::sha256Hex(TotpCheck::normalizedRecoveryCode(code))}, {":t", sqlTime(now)}});
    }
    return QJsonObject{{QStringLiteral("codes"), codes}, {QStringLiteral("generated_at"), apiTime(now)}};
}

bool passwordMatches(const ApiRequest &r, const QString &password)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT password_hash FROM users WHERE id = :u"), {{":u", r.userId()}});
    return q.next() && PasswordHasher::verify(password, q.value(0).toString());
}

std::optional<QHttpServerResponse> throttled(const ApiRequest &r)
{
    if (const int wait = r.env->rateLimiter->retryAfter(QStringLiteral("2fa:") + r.userId(), 10, 900, r.env->clock->now()))
        return tooManyRequests(wait);
    return std::nullopt;
}

// Consumes the user's TOTP code; the error response when TOTP is off (409) or the code fails (422, recorded).
std::optional<QHttpServerResponse> requireTotpCode(const ApiRequest &r, const QString &code, const QDateTime &now)
{
    const TotpCheck::Result result = TotpCheck::consume(r.db(), r.userId(), code, now);
    if (result == TotpCheck::Result::NotEnabled)
        return errorResponse(Status::Conflict, QStringLiteral("totp_not_enabled"), QStringLiteral("Two-factor authentication is off"));
    if (result != TotpCheck::Result::Ok) {
        r.env->rateLimiter->recordFailure(QStringLiteral("2fa:") + r.userId(), now);
        SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("mfa_failed"), r.peer.toString());
        return validationError(QStringLiteral("totp_code"), QStringLiteral("The code is not correct"), QStringLiteral("invalid_mfa_code"));
    }
    return std::nullopt;
}

QHttpServerResponse setup(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString password = body.string(QStringLiteral("current_password"), 1, 128);
    if (auto error = body.error())
        return std::move(*error);
    if (auto error = throttled(r))
        return std::move(*error);
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT email, totp_enabled FROM users WHERE id = :u"), {{":u", r.userId()}});
    q.next();
    const QString email = q.value(0).toString();
    const bool enabled = q.value(1).toInt() != 0;
    q.finish();  // no read left open across the slow password check and the write (a stale SQLite snapshot fails it)
    if (enabled)
        return errorResponse(Status::Conflict, QStringLiteral("totp_already_enabled"), QStringLiteral("Two-factor authentication is already on"));
    const QDateTime now = r.env->clock->now();
    if (!passwordMatches(r, password)) {
        r.env->rateLimiter->recordFailure(QStringLiteral("2fa:") + r.userId(), now);
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                             QStringLiteral("The current password is not correct"), QStringLiteral("current_password"));
    }
    const Totp::Params params{Totp::generateSecret(), 6, 30, OtpAlgorithm::Sha1};
    const QString secret = Base32::encode(params.secret);
    sqlExec(r.db(), QStringLiteral("UPDATE users SET totp_pending_secret = :s, totp_pending_expires_at = :e WHERE id = :u"),
            {{":s", secret}, {":e", sqlTime(now.addSecs(kPendingSecretSecs))}, {":u", r.userId()}});
    return jsonResponse(QJsonObject{
        {QStringLiteral("secret"), secret},
        {QStringLiteral("otpauth_uri"), OtpAuthUri::build(params, QStringLiteral("OKPay"), email).toString(QUrl::FullyEncoded)},
        {QStringLiteral("algorithm"), QStringLiteral("SHA1")},
        {QStringLiteral("digits"), 6},
        {QStringLiteral("period"), 30},
        {QStringLiteral("expires_at"), apiTime(now.addSecs(kPendingSecretSecs))}});
}

QHttpServerResponse enable(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString code = body.string(QStringLiteral("totp_code"), 6, 8);
    if (auto error = body.error())
        return std::move(*error);
    if (auto error = throttled(r))
        return std::move(*error);
    const QDateTime now = r.env->clock->now();
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT totp_pending_secret, totp_enabled FROM users WHERE id = :u AND "
                                                 "totp_pending_expires_at > :now"),
                          {{":u", r.userId()}, {":now", sqlTime(now)}});
    if (!q.next() || q.value(0).toString().isEmpty())
        return errorResponse(Status::Conflict, QStringLiteral("totp_setup_missing"), QStringLiteral("Start the setup again"));
    if (q.value(1).toInt() != 0)
        return errorResponse(Status::Conflict, QStringLiteral("totp_already_enabled"), QStringLiteral("Two-factor authentication is already on"));
    const Totp totp(Totp::Params{*Base32::decode(q.value(0).toString()), 6, 30, OtpAlgorithm::Sha1});
    const auto step = totp.verify(code, now);
    if (!step) {
        r.env->rateLimiter->recordFailure(QStringLiteral("2fa:") + r.userId(), now);
        return validationError(QStringLiteral("totp_code"), QStringLiteral("The code is not correct; check the time on your phone"),
                               QStringLiteral("invalid_mfa_code"));
    }
    SqlTransaction tx(r.db(), r.env->db->dialect());
    sqlExec(r.db(), QStringLiteral("UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
                                   "totp_enabled = 1, totp_last_step = :s, updated_at = :now WHERE id = :u"),
            {{":s", *step}, {":now", sqlTime(now)}, {":u", r.userId()}});
    const QJsonObject codes = replaceRecoveryCodes(r, now);
    tx.commit();
    SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("totp_enabled"), r.peer.toString());
    return jsonResponse(codes);
}

// Turning the second factor off needs both factors: the password alone (a phished one, say) must not remove the
// protection it is there to back up. A lost phone is covered by a recovery code.
QHttpServerResponse disable(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString password = body.string(QStringLiteral("current_password"), 1, 128);
    const auto code = body.optionalString(QStringLiteral("totp_code"), 6, 8);
    const auto recoveryCode = body.optionalString(QStringLiteral("recovery_code"), 8, 32);
    if (code.has_value() == recoveryCode.has_value())
        body.fail(QStringLiteral("totp_code"), QStringLiteral("Send either totp_code or recovery_code"));
    if (auto error = body.error())
        return std::move(*error);
    if (auto error = throttled(r))
        return std::move(*error);
    const QDateTime now = r.env->clock->now();
    bool enabled = false;
    {
        QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT totp_enabled FROM users WHERE id = :u"), {{":u", r.userId()}});
        enabled = q.next() && q.value(0).toInt() != 0;
    }
    if (!enabled)
        return errorResponse(Status::Conflict, QStringLiteral("totp_not_enabled"), QStringLiteral("Two-factor authentication is off"));
    if (!passwordMatches(r, password)) {
        r.env->rateLimiter->recordFailure(QStringLiteral("2fa:") + r.userId(), now);
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                             QStringLiteral("The current password is not correct"), QStringLiteral("current_password"));
    }
    if (code) {
        if (auto error = requireTotpCode(r, *code, now))
            return std::move(*error);
    } else if (!TotpCheck::consumeRecoveryCode(r.db(), r.userId(), *recoveryCode, now)) {
        r.env->rateLimiter->recordFailure(QStringLiteral("2fa:") + r.userId(), now);
        SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("mfa_failed"), r.peer.toString());
        return validationError(QStringLiteral("recovery_code"), QStringLiteral("The recovery code is not correct or was used"),
                               QStringLiteral("invalid_mfa_code"));
    }
    SqlTransaction tx(r.db(), r.env->db->dialect());
    sqlExec(r.db(), QStringLiteral("UPDATE users SET totp_enabled = 0, totp_secret = NULL, totp_last_step = NULL, "
                                   "updated_at = :now WHERE id = :u"),
            {{":now", sqlTime(now)}, {":u", r.userId()}});
    sqlExec(r.db(), QStringLiteral("DELETE FROM recovery_codes WHERE user_id = :u"), {{":u", r.userId()}});
    tx.commit();
    SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("totp_disabled"), r.peer.toString());
    return noContent();
}

QHttpServerResponse recoveryStatus(const ApiRequest &r)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN used_at IS NULL THEN 1 ELSE 0 END), "
                                                 "MAX(generated_at) FROM recovery_codes WHERE user_id = :u"),
                          {{":u", r.userId()}});
    q.next();
    QSqlQuery enabled = sqlExec(r.db(), QStringLiteral("SELECT totp_enabled FROM users WHERE id = :u"), {{":u", r.userId()}});
    enabled.next();
    return jsonResponse(QJsonObject{
        {QStringLiteral("enabled"), enabled.value(0).toInt() != 0},
        {QStringLiteral("total"), q.value(0).toInt()},
        {QStringLiteral("remaining"), q.value(1).toInt()},
        {QStringLiteral("generated_at"), q.value(2).isNull() ? QJsonValue() : QJsonValue(apiTime(fromSqlTime(q.value(2).toString())))}});
}

QHttpServerResponse regenerateRecoveryCodes(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString code = body.string(QStringLiteral("totp_code"), 6, 8);
    if (auto error = body.error())
        return std::move(*error);
    if (auto error = throttled(r))
        return std::move(*error);
    const QDateTime now = r.env->clock->now();
    if (auto error = requireTotpCode(r, code, now))
        return std::move(*error);
    SqlTransaction tx(r.db(), r.env->db->dialect());
    const QJsonObject codes = replaceRecoveryCodes(r, now);
    tx.commit();
    SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("recovery_codes_regenerated"), r.peer.toString());
    return jsonResponse(codes);
}
} // namespace

void registerTotpRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/security/totp/setup"), Access::User, setup);
    router.add(Method::Post, QStringLiteral("/v1/security/totp/enable"), Access::User, enable);
    router.add(Method::Post, QStringLiteral("/v1/security/totp/disable"), Access::User, disable);
    router.add(Method::Get, QStringLiteral("/v1/security/recovery-codes"), Access::User, recoveryStatus);
    router.add(Method::Post, QStringLiteral("/v1/security/recovery-codes"), Access::User, regenerateRecoveryCodes);
}

} // namespace okpay::server
