#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace okpay {

enum class OtpAlgorithm { Sha1, Sha256, Sha512 };

// RFC 4226 HMAC-based one-time passwords, with HMAC from OpenSSL.
class Hotp
{
public:
    // The zero-padded code for a counter; digits is 6 or 8 (anything else yields nullopt).
    static std::optional<QString> code(QByteArrayView secret, quint64 counter, int digits = 6,
                                       OtpAlgorithm algorithm = OtpAlgorithm::Sha1);
    // Compares two codes without an early exit, so timing does not reveal a correct prefix.
    static bool equalCodes(QStringView a, QStringView b);
};

} // namespace okpay
