#include "core/totp.h"

#include <openssl/rand.h>

namespace okpay {

qint64 Totp::stepAt(const QDateTime &time) const
{
    const qint64 seconds = time.toSecsSinceEpoch();
    const qint64 period = qMax(1, m_params.periodSecs);
    return seconds >= 0 ? seconds / period : -((-seconds + period - 1) / period);
}

std::optional<QString> Totp::codeForStep(qint64 step) const
{
    if (step < 0 || m_params.periodSecs <= 0)
        return std::nullopt;
    return Hotp::code(m_params.secret, quint64(step), m_params.digits, m_params.algorithm);
}

std::optional<QString> Totp::codeAt(const QDateTime &time) const
{
    return codeForStep(stepAt(time));
}

std::optional<qint64> Totp::verify(QStringView code, const QDateTime &now, std::optional<qint64> lastAcceptedStep) const
{
    const QString trimmed = code.toString().remove(u' ');
    if (trimmed.size() != m_params.digits)
        return std::nullopt;
    const qint64 current = stepAt(now);
    std::optional<qint64> matched;
    for (qint64 step = current - 1; step <= current + 1; ++step) {
        const auto expected = codeForStep(step);
        // Check every candidate (no early exit) so the time taken does not depend on which step matched.
        if (expected && Hotp::equalCodes(*expected, trimmed) && !matched)
            matched = step;
    }
    if (matched && lastAcceptedStep && *matched <= *lastAcceptedStep)
        return std::nullopt;
    return matched;
}

QByteArray Totp::generateSecret(int bytes)
{
    QByteArray secret(qMax(10, bytes), Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), int(secret.size())) != 1)
        qFatal("OpenSSL RAND_bytes failed");  // never fall back to a weak generator for a 2FA secret
    return secret;
}

} // namespace okpay
