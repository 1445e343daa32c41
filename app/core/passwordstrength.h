#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace okpay {

// What most weakens a password, as found by zxcvbn.
enum class PasswordWeakness {
    None,
    CommonWord,       // a dictionary word or common password, also with l33t substitutions
    PersonalInfo,     // the user's own name, email or phone
    Repeats,          // "aaaa", "abcabc"
    Sequence,         // "abcd", "1234"
    KeyboardPattern,  // "qwerty", "asdf"
    Date,             // dates and years
    TooShort,         // little of it is hard to guess
};

// A 0–4 strength estimate from zxcvbn (0 = too guessable … 4 = very unguessable) with a hint to improve it.
struct PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)

public:
    int score = 0;
    double entropyBits = 0;  // zxcvbn's estimate, log2 of the guesses needed
    PasswordWeakness weakness = PasswordWeakness::None;

    // userInputs: the name, email and phone of the account, so they count as guessable.
    static PasswordStrength estimate(QStringView password, const QStringList &userInputs = {});
    static QString scoreLabel(int score);       // translated: "Very weak" … "Very strong"
    static QString hint(PasswordWeakness weakness);  // translated advice, empty for None
};

} // namespace okpay
