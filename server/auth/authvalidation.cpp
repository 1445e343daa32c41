#include "auth/authvalidation.h"

#include "auth/tokenservice.h"
#include "core/passwordpolicy.h"
#include "core/passwordstrength.h"

#include <QRegularExpression>

namespace okpay::server {

QString readEmail(JsonBody &body, const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = body.string(key, 3, 254).trimmed().toLower();
    if (!email.isEmpty() && !pattern.match(email).hasMatch())
        body.fail(key, QStringLiteral("Enter a valid email address"), QStringLiteral("invalid_email"));
    return email;
}

QString readPhone(JsonBody &body, const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    const QString phone = body.string(key, 8, 16);
    if (!phone.isEmpty() && !pattern.match(phone).hasMatch())
        body.fail(key, QStringLiteral("Phone numbers are written +<country code><number>"), QStringLiteral("invalid_phone"));
    return phone;
}

QString readNewPassword(JsonBody &body, const QString &key, const QStringList &userInputs)
{
    const QString password = body.string(key, 1, 1024);
    if (password.isEmpty())
        return password;
    if (!PasswordPolicy::isAcceptable(password) || PasswordStrength::estimate(password, userInputs).score < 3)
        body.fail(key, QStringLiteral("Use 12–128 characters with letters, digits and special characters that are "
                                      "hard to guess"),
                  QStringLiteral("weak_password"));
    return password;
}

QJsonObject tokenResponse(const IssuedTokens &tokens, const QJsonObject &profile)
{
    return QJsonObject{
        {QStringLiteral("status"), QStringLiteral("authenticated")},
        {QStringLiteral("access_token"), tokens.accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), tokens.accessTtlSecs},
        {QStringLiteral("refresh_token"), tokens.refreshToken},
        {QStringLiteral("refresh_expires_in"), tokens.refreshTtlSecs},
        {QStringLiteral("session_id"), tokens.sessionId},
        {QStringLiteral("user"), profile},
    };
}

} // namespace okpay::server
