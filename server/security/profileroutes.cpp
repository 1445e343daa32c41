// The signed-in user's profile: read, and change name, contact details, language and timezone.
#include "security/securityroutes.h"

#include "account/profile.h"
#include "auth/authvalidation.h"
#include "auth/passwordhasher.h"
#include "auth/ratelimiter.h"
#include "auth/securityevents.h"
#include "auth/tokenservice.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QTimeZone>

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

QHttpServerResponse getProfile(const ApiRequest &r)
{
    const auto profile = loadProfile(r.db(), r.userId());
    return profile ? jsonResponse(*profile) : notFound();
}

QHttpServerResponse updateProfile(const ApiRequest &r)
{
    JsonBody body(r.body);
    static const QStringList known{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                                   QStringLiteral("locale"), QStringLiteral("timezone"), QStringLiteral("current_password")};
    for (const QString &key : body.object().keys()) {
        if (!known.contains(key))
            body.fail(key, QStringLiteral("%1 cannot be changed here").arg(key));
    }
    if (body.object().isEmpty())
        body.fail(QString(), QStringLiteral("Send at least one field to change"));
    const auto name = body.optionalString(QStringLiteral("name"), 1, 100);
    const std::optional<QString> email = body.has(QStringLiteral("email")) ? std::optional(readEmail(body)) : std::nullopt;
    const std::optional<QString> phone = body.has(QStringLiteral("phone")) ? std::optional(readPhone(body)) : std::nullopt;
    const auto locale = body.optionalOneOf(QStringLiteral("locale"), {QStringLiteral("en"), QStringLiteral("zh_CN")});
    const auto timezone = body.optionalString(QStringLiteral("timezone"), 1, 64);
    const auto password = body.optionalString(QStringLiteral("current_password"), 1, 128);
    if (timezone && !QTimeZone(timezone->toUtf8()).isValid())
        body.fail(QStringLiteral("timezone"), QStringLiteral("timezone must be an IANA zone such as Asia/Shanghai"));
    if (name && name->trimmed().isEmpty())
        body.fail(QStringLiteral("name"), QStringLiteral("name must not be blank"));
    if ((email || phone) && !password)
        body.fail(QStringLiteral("current_password"), QStringLiteral("Enter your password to change your email or phone"));
    if (auto error = body.error())
        return std::move(*error);

    const QDateTime now = r.env->clock->now();
    const QSqlDatabase db = r.db();
    if (password) {
        const QString key = QStringLiteral("reauth:") + r.userId();
        if (const int wait = r.env->rateLimiter->retryAfter(key, 5, 900, now))
            return tooManyRequests(wait);
        QSqlQuery q = sqlExec(db, QStringLiteral("SELECT password_hash FROM users WHERE id = :u"), {{":u", r.userId()}});
        if (!q.next() || !PasswordHasher::verify(*password, q.value(0).toString())) {
            r.env->rateLimiter->recordFailure(key, now);
            return errorResponse(Status::Unauthorized, QStringLiteral("invalid_credentials"),
                                 QStringLiteral("The current password is not correct"), QStringLiteral("current_password"));
        }
    }
    SqlTransaction tx(db, r.env->db->dialect());
    QSqlQuery current = sqlExec(db, QStringLiteral("SELECT email FROM users WHERE id = :u"), {{":u", r.userId()}});
    current.next();
    const bool emailChanges = email && *email != current.value(0).toString();
    if (emailChanges) {
        QSqlQuery taken = sqlExec(db, QStringLiteral("SELECT 1 FROM users WHERE email = :e"), {{":e", *email}});
        if (taken.next())
            return errorResponse(Status::Conflict, QStringLiteral("email_taken"),
                                 QStringLiteral("An account with this email address already exists"), QStringLiteral("email"));
    }
    // COALESCE keeps the fields that were not sent; a changed email must be verified again.
    sqlExec(db, QStringLiteral("UPDATE users SET name = COALESCE(:n, name), email = COALESCE(:e, email), "
                               "phone = COALESCE(:p, phone), locale = COALESCE(:l, locale), timezone = COALESCE(:tz, timezone), "
                               "email_verified = CASE WHEN :changed = 1 THEN 0 ELSE email_verified END, updated_at = :now "
                               "WHERE id = :u"),
            {{":n", name ? QVariant(name->trimmed()) : QVariant()}, {":e", emailChanges ? QVariant(*email) : QVariant()},
             {":p", phone ? QVariant(*phone) : QVariant()}, {":l", locale ? QVariant(*locale) : QVariant()},
             {":tz", timezone ? QVariant(*timezone) : QVariant()}, {":changed", emailChanges ? 1 : 0},
             {":now", sqlTime(now)}, {":u", r.userId()}});
    tx.commit();
    if (emailChanges) {
        r.env->tokens->forgetUser(r.userId());
        SecurityEvents::record(db, now, r.userId(), QStringLiteral("email_changed"), r.peer.toString());
    }
    return jsonResponse(*loadProfile(db, r.userId()));
}
} // namespace

void registerProfileRoutes(ApiRouter &router)
{
    router.add(Method::Get, QStringLiteral("/v1/account/profile"), Access::User, getProfile);
    router.add(Method::Patch, QStringLiteral("/v1/account/profile"), Access::User, updateProfile);
}

} // namespace okpay::server
