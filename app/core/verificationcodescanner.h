#pragma once
#include "core/secretfinding.h"

#include <QList>
#include <QStringView>

namespace okpay {

// One-time codes (6–8 digits, or two halves split by a space: "123 456") with a label such as "code", "2FA", "OTP"
// or "验证码" shortly before or after them. Labels naming something else ("zip code", "邮编", "order") win when they
// are as close. Strong when the label is at most a few characters away ("code: 123456", "验证码：654321").
class VerificationCodeScanner
{
public:
    // cardNumbers as found by CardNumberScanner, in text order: their digit groups are not codes.
    static QList<SecretFinding> find(QStringView text, const QList<SecretFinding> &cardNumbers);
};

} // namespace okpay
