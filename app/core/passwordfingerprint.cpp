#include "core/passwordfingerprint.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace okpay {

namespace {
// The key lives only in this process: the fingerprint cannot be compared with one from another run or machine.
const QByteArray &processKey()
{
    static const QByteArray key = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        return bytes;
    }();
    return key;
}

// An HMAC-SHA256 context keyed once and reset for each message, which is ~6x faster than one-shot HMAC().
class KeyedHmac
{
public:
    KeyedHmac()
    {
        const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                                     &EVP_MAC_free);
        if (mac)
            m_ctx.reset(EVP_MAC_CTX_new(mac.get()));
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                     OSSL_PARAM_construct_end()};
        const QByteArray &key = processKey();
        if (m_ctx
            && EVP_MAC_init(m_ctx.get(), reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                            params) != 1)
            m_ctx.reset();
    }

    // False when OpenSSL fails, so that a broken context never reports a match.
    bool compute(QStringView message, std::array<unsigned char, 32> *out)
    {
        size_t length = 0;
        return m_ctx && EVP_MAC_init(m_ctx.get(), nullptr, 0, nullptr) == 1
               && EVP_MAC_update(m_ctx.get(), reinterpret_cast<const unsigned char *>(message.utf16()),
                                 size_t(message.size()) * sizeof(char16_t)) == 1
               && EVP_MAC_final(m_ctx.get(), out->data(), &length, out->size()) == 1 && length == out->size();
    }

private:
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> m_ctx{nullptr, &EVP_MAC_CTX_free};
};
} // namespace

PasswordFingerprint::PasswordFingerprint(QStringView password)
    : m_length(password.size())
    , m_mac{}
{
    if (!KeyedHmac().compute(password, &m_mac))
        m_length = 0;  // never matches rather than matching everything
}

bool PasswordFingerprint::matches(QStringView candidate) const
{
    return candidate.size() == m_length && indexIn(candidate) == 0;
}

qsizetype PasswordFingerprint::indexIn(QStringView text, qsizetype from) const
{
    if (m_length == 0 || from < 0)
        return -1;
    KeyedHmac hmac;
    Mac mac;
    for (qsizetype i = from; i + m_length <= text.size(); ++i) {
        if (hmac.compute(text.sliced(i, m_length), &mac) && CRYPTO_memcmp(mac.data(), m_mac.data(), mac.size()) == 0)
            return i;
    }
    return -1;
}

} // namespace okpay
