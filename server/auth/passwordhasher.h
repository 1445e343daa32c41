#pragma once
#include <QString>

namespace okpay::server {

// PBKDF2-HMAC-SHA256 with a per-user random salt (OpenSSL). The stored form names its parameters
// ("pbkdf2-sha256$600000$<salt>$<hash>") so the cost can be raised later without breaking old hashes.
class PasswordHasher
{
public:
    static constexpr int Iterations = 600'000;  // OWASP 2023 minimum for PBKDF2-HMAC-SHA256
    static QString hash(const QString &password);
    // Constant-time comparison; false for any malformed stored value.
    static bool verify(const QString &password, const QString &stored);
    // A hash of a random password, verified against when the account does not exist so timing does not reveal it.
    static const QString &dummyHash();
};

} // namespace okpay::server
