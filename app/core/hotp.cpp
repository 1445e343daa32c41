#include "core/hotp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace okpay {

namespace {
const EVP_MD *digestOf(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return EVP_sha1();
    case OtpAlgorithm::Sha256:
        return EVP_sha256();
    case OtpAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}
} // namespace

std::optional<QString> Hotp::code(QByteArrayView secret, quint64 counter, int digits, OtpAlgorithm algorithm)
{
    if (digits != 6 && digits != 8)
        return std::nullopt;
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xFF);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(digestOf(algorithm), secret.data(), int(secret.size()), message, sizeof message, mac, &macLength))
        return std::nullopt;

    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = mac[macLength - 1] & 0x0F;
    const quint32 binary = (quint32(mac[offset] & 0x7F) << 24) | (quint32(mac[offset + 1]) << 16)
                           | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    const quint32 modulus = digits == 6 ? 1'000'000u : 100'000'000u;
    return QString::number(binary % modulus).rightJustified(digits, u'0');
}

bool Hotp::equalCodes(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char16_t(a[i].unicode() ^ b[i].unicode());
    return difference == 0;
}

} // namespace okpay
