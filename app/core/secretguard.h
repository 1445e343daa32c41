#pragma once
#include "core/passwordfingerprint.h"
#include "core/secretfinding.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace okpay {

// Checks text before it goes to support (chat, tickets, email) for secrets the user should not send: recovery
// phrases, card numbers and security codes, one-time codes, and the user's own password. Holds no secret itself;
// scan() is const and safe to call from several threads.
class SecretGuard
{
public:
    explicit SecretGuard(std::optional<PasswordFingerprint> password = std::nullopt);

    // Every finding, ordered by start (then by kind). A 10 KB message takes ~0.3 ms in a release build, plus
    // ~1.7 ms when a password is checked (one HMAC per position).
    QList<SecretFinding> scan(QStringView text) const;

    // The text with each detected card number's middle digits replaced by '•' (first 6 and last 4 digits and the
    // spaces or hyphens kept: "4111 11•• •••• 1111"); everything else unchanged.
    static QString maskCardNumbers(const QString &text);

private:
    std::optional<PasswordFingerprint> m_password;
};

} // namespace okpay
