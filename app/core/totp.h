#pragma once
#include "core/hotp.h"

#include <QDateTime>

namespace okpay {

// RFC 6238 time-based one-time passwords over Hotp.
class Totp
{
public:
    struct Params
    {
        QByteArray secret;  // raw key bytes (Base32-decoded)
        int digits = 6;
        int periodSecs = 30;
        OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    };

    explicit Totp(Params params) : m_params(std::move(params)) {}
    const Params &params() const { return m_params; }

    qint64 stepAt(const QDateTime &time) const;
    std::optional<QString> codeAt(const QDateTime &time) const;
    std::optional<QString> codeForStep(qint64 step) const;

    // Accepts the code of the current step or one step either side (clock drift). To make codes single-use, pass
    // the last step accepted for this secret: that step and earlier ones are refused. Returns the matched step,
    // which the caller stores as the new last accepted step.
    std::optional<qint64> verify(QStringView code, const QDateTime &now,
                                 std::optional<qint64> lastAcceptedStep = std::nullopt) const;

    // 20 random bytes from OpenSSL's CSPRNG (the RFC 4226 recommended length for SHA-1).
    static QByteArray generateSecret(int bytes = 20);

private:
    Params m_params;
};

} // namespace okpay
