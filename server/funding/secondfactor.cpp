#include "funding/secondfactor.h"

#include "auth/ratelimiter.h"
#include "auth/securityevents.h"
#include "auth/totpcheck.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "storage/sql.h"

#include <QRegularExpression>

namespace okpay::server {

namespace {
constexpr int kMaxFailures = 5;
constexpr int kWindowSecs = 15 * 60;
} // namespace

std::optional<QHttpServerResponse> SecondFactor::check(const ApiRequest &r, const std::optional<QString> &totpCode)
{
    QSqlQuery q = sqlExec(r.db(), QStringLiteral("SELECT totp_enabled FROM users WHERE id = :u"), {{":u", r.userId()}});
    if (!q.next() || q.value(0).toInt() == 0)
        return std::nullopt;
    if (!totpCode)
        return validationError(QStringLiteral("totp_code"), QStringLiteral("Enter the code from your authenticator app"),
                               QStringLiteral("mfa_required"));
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{6,8}$"));
    const QDateTime now = r.env->clock->now();
    // A stolen access token must not be enough to guess the 6-digit code: 5 wrong codes per 15 minutes, then 429.
    const QString limitKey = QStringLiteral("money-mfa:") + r.userId();
    if (const int wait = r.env->rateLimiter->retryAfter(limitKey, kMaxFailures, kWindowSecs, now))
        return tooManyRequests(wait);
    if (pattern.match(*totpCode).hasMatch()
        && TotpCheck::consume(r.db(), r.userId(), *totpCode, now) == TotpCheck::Result::Ok) {
        r.env->rateLimiter->reset(limitKey);
        return std::nullopt;
    }
    r.env->rateLimiter->recordFailure(limitKey, now);
    SecurityEvents::record(r.db(), now, r.userId(), QStringLiteral("mfa_failed"), r.peer.toString());
    return errorResponse(Status::Unauthorized, QStringLiteral("invalid_mfa_code"), QStringLiteral("The code is not correct"),
                         QStringLiteral("totp_code"));
}

} // namespace okpay::server
