#pragma once
#include "http/jsonbody.h"

namespace okpay::server {

// Field rules shared by registration, profile updates and password changes.
QString readEmail(JsonBody &body, const QString &key = QStringLiteral("email"));  // lower-cased
QString readPhone(JsonBody &body, const QString &key = QStringLiteral("phone"));
// The app/core PasswordPolicy plus a zxcvbn score of at least 3, judged against the user's own name/email/phone.
QString readNewPassword(JsonBody &body, const QString &key, const QStringList &userInputs);
QJsonObject tokenResponse(const struct IssuedTokens &tokens, const QJsonObject &profile);

} // namespace okpay::server
