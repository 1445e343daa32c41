#pragma once
#include <QtGlobal>

namespace okpay {

// One secret found in a text by SecretGuard: what it is and where (UTF-16 offsets into the scanned text).
struct SecretFinding
{
    // The UI maps each kind to a translated warning with an exhaustive switch (no default).
    enum class Kind {
        RecoveryPhrase,    // 12+ BIP39 words in a row (English or Simplified Chinese)
        CardNumber,        // a Luhn-valid 12–19 digit number outside URLs, phone numbers and order numbers
        CardSecurityCode,  // a 3–4 digit CVV/CVC next to a label or right after a card number or expiry date
        VerificationCode,  // a 6–8 digit one-time code next to a label such as "2FA" or "验证码"
        Password,          // the signed-in user's own password, verbatim
    };

    Kind kind;
    qsizetype start;
    qsizetype length;
    // High confidence: a valid BIP39 checksum, a known card network prefix, a label right next to a code,
    // a CVV label (not only the position after a card), or a password match (always strong).
    bool strong;

    friend bool operator==(const SecretFinding &, const SecretFinding &) = default;
};

} // namespace okpay
