#include "core/passwordpolicy.h"

namespace okpay {

QList<PasswordRule> PasswordPolicy::unmetRules(QStringView password)
{
    const QList<uint> codePoints = password.toUcs4();
    bool letter = false;
    bool digit = false;
    bool special = false;
    bool control = false;
    for (const uint cp : codePoints) {
        if (QChar::isLetter(cp))
            letter = true;
        else if (QChar::isDigit(cp))
            digit = true;
        else if (QChar::category(cp) == QChar::Other_Control || QChar::category(cp) == QChar::Other_Surrogate)
            control = true;
        else
            special = true;
    }

    QList<PasswordRule> unmet;
    if (codePoints.size() < MinLength)
        unmet.append(PasswordRule::TooShort);
    if (codePoints.size() > MaxLength)
        unmet.append(PasswordRule::TooLong);
    if (!letter)
        unmet.append(PasswordRule::NeedsLetter);
    if (!digit)
        unmet.append(PasswordRule::NeedsDigit);
    if (!special)
        unmet.append(PasswordRule::NeedsSpecial);
    if (control)
        unmet.append(PasswordRule::ControlCharacter);
    return unmet;
}

} // namespace okpay
