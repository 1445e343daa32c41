#pragma once
#include <QList>
#include <QString>

namespace okpay {

// One requirement of the password policy that a candidate does not meet.
enum class PasswordRule {
    TooShort,        // fewer than PasswordPolicy::MinLength characters
    TooLong,         // more than PasswordPolicy::MaxLength characters
    NeedsLetter,
    NeedsDigit,
    NeedsSpecial,    // a character that is neither a letter nor a digit
    ControlCharacter,
};

// The password rules from the seed (letters, digits and special characters), shared by the wallet and the server.
class PasswordPolicy
{
public:
    static constexpr int MinLength = 12;
    static constexpr int MaxLength = 128;

    // Every unmet rule, in the order above; empty when the password is acceptable. Length counts code points.
    static QList<PasswordRule> unmetRules(QStringView password);
    static bool isAcceptable(QStringView password) { return unmetRules(password).isEmpty(); }
};

} // namespace okpay
