#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace okpay {

// RFC 4648 Base32, the encoding of TOTP secrets in authenticator apps.
class Base32
{
public:
    // Upper case; with '=' padding only when asked (otpauth URIs leave it out).
    static QString encode(QByteArrayView data, bool padded = false);
    // Case-insensitive; ignores spaces and hyphens people type; padding optional. nullopt on any other character
    // or an impossible length.
    static std::optional<QByteArray> decode(QStringView text);
};

} // namespace okpay
