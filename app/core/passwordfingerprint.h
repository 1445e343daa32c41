#pragma once
#include <QList>
#include <QStringView>

#include <array>

namespace okpay {

// What the secret guard knows of the signed-in user's password: its length and an HMAC-SHA256 of it under a random
// key made once per process, never the password itself. Made at sign-in; finds the password verbatim in a text by
// testing every substring of that length (about 0.2 µs each).
class PasswordFingerprint
{
public:
    explicit PasswordFingerprint(QStringView password);

    qsizetype length() const { return m_length; }  // in UTF-16 code units
    bool matches(QStringView candidate) const;
    // Start of the first occurrence at or after `from`, or -1. An empty password is never found.
    qsizetype indexIn(QStringView text, qsizetype from = 0) const;

private:
    using Mac = std::array<unsigned char, 32>;

    qsizetype m_length;
    Mac m_mac;
};

} // namespace okpay
