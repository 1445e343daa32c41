#pragma once
#include <QByteArray>
#include <QString>

namespace okpay::server {

// Random identifiers and secrets from OpenSSL's CSPRNG.
class Ids
{
public:
    static QString newId(const char *prefix);        // "usr_3kq9…": prefix + 20 lowercase base32 characters
    static QString newToken(int bytes = 32);         // URL-safe base64 without padding, for bearer/refresh/links
    static QString sha256Hex(const QString &secret); // how tokens are stored: never the token itself
    static QByteArray randomBytes(int count);
};

} // namespace okpay::server
