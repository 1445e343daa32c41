#pragma once
#include "core/totp.h"

#include <QUrl>

namespace okpay {

// Builds and reads otpauth://totp/ URIs (the Key Uri Format authenticator apps scan as a QR code).
class OtpAuthUri
{
public:
    static QUrl build(const Totp::Params &params, const QString &issuer, const QString &account);

    struct Parsed
    {
        Totp::Params params;
        QString issuer;
        QString account;
    };
    static std::optional<Parsed> parse(const QUrl &uri);
};

} // namespace okpay
