#include "core/secretguard.h"

#include "core/asciichar.h"
#include "core/cardnumberscanner.h"
#include "core/recoveryphrasescanner.h"
#include "core/securitycodescanner.h"
#include "core/verificationcodescanner.h"

#include <algorithm>

namespace okpay {

SecretGuard::SecretGuard(std::optional<PasswordFingerprint> password)
    : m_password(std::move(password))
{
}

QList<SecretFinding> SecretGuard::scan(QStringView text) const
{
    QList<SecretFinding> found = RecoveryPhraseScanner::find(text);
    const QList<SecretFinding> cards = CardNumberScanner::find(text);
    found += cards;
    found += SecurityCodeScanner::find(text, cards);
    found += VerificationCodeScanner::find(text, cards);
    if (m_password) {
        for (qsizetype at = m_password->indexIn(text); at >= 0;
             at = m_password->indexIn(text, at + m_password->length()))
            found.append({SecretFinding::Kind::Password, at, m_password->length(), true});
    }
    std::stable_sort(found.begin(), found.end(), [](const SecretFinding &a, const SecretFinding &b) {
        return a.start != b.start ? a.start < b.start : a.kind < b.kind;
    });
    return found;
}

QString SecretGuard::maskCardNumbers(const QString &text)
{
    constexpr int KeptFirst = 6;
    constexpr int KeptLast = 4;
    QString masked = text;
    for (const SecretFinding &card : CardNumberScanner::find(text)) {
        qsizetype digits = 0;
        for (qsizetype i = card.start; i < card.start + card.length; ++i)
            digits += AsciiChar::isDigit(text.at(i)) ? 1 : 0;
        qsizetype seen = 0;
        for (qsizetype i = card.start; i < card.start + card.length; ++i) {
            if (!AsciiChar::isDigit(text.at(i)))
                continue;
            if (seen >= KeptFirst && seen < digits - KeptLast)
                masked[i] = QChar(0x2022);
            ++seen;
        }
    }
    return masked;
}

} // namespace okpay
