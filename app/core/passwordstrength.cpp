#include "core/passwordstrength.h"

#include <zxcvbn.h>

#include <memory>
#include <vector>

namespace okpay {

namespace {
// zxcvbn's score thresholds (guesses < 10^3, 10^6, 10^8, 10^10) expressed in bits.
int scoreFromBits(double bits)
{
    if (bits < 9.97)
        return 0;
    if (bits < 19.93)
        return 1;
    if (bits < 26.58)
        return 2;
    if (bits < 33.22)
        return 3;
    return 4;
}

PasswordWeakness weaknessOf(ZxcTypeMatch_t type)
{
    switch (static_cast<int>(type) & ~static_cast<int>(MULTIPLE_MATCH)) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        return PasswordWeakness::CommonWord;
    case USER_MATCH:
    case USER_LEET_MATCH:
        return PasswordWeakness::PersonalInfo;
    case REPEATS_MATCH:
        return PasswordWeakness::Repeats;
    case SEQUENCE_MATCH:
        return PasswordWeakness::Sequence;
    case SPATIAL_MATCH:
        return PasswordWeakness::KeyboardPattern;
    case DATE_MATCH:
    case YEAR_MATCH:
        return PasswordWeakness::Date;
    default:
        return PasswordWeakness::None;
    }
}

struct InfoDeleter
{
    void operator()(ZxcMatch_t *info) const { ZxcvbnFreeInfo(info); }
};
} // namespace

PasswordStrength PasswordStrength::estimate(QStringView password, const QStringList &userInputs)
{
    const QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> inputs;
    for (const QString &input : userInputs) {
        if (!input.isEmpty())
            inputs.push_back(input.toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &input : inputs)
        dictionary.push_back(input.constData());
    dictionary.push_back(nullptr);

    ZxcMatch_t *raw = nullptr;
    PasswordStrength result;
    result.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &raw);
    const std::unique_ptr<ZxcMatch_t, InfoDeleter> info(raw);
    result.score = scoreFromBits(result.entropyBits);
    if (result.score >= 3)
        return result;

    // Point at the longest recognised pattern: that is what an attacker guesses first.
    int longest = 0;
    for (const ZxcMatch_t *m = info.get(); m; m = m->Next) {
        const PasswordWeakness w = weaknessOf(m->Type);
        if (w != PasswordWeakness::None && m->Length > longest) {
            longest = m->Length;
            result.weakness = w;
        }
    }
    if (result.weakness == PasswordWeakness::None)
        result.weakness = PasswordWeakness::TooShort;
    return result;
}

QString PasswordStrength::scoreLabel(int score)
{
    switch (qBound(0, score, 4)) {
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Strong");
    default:
        return tr("Very strong");
    }
}

QString PasswordStrength::hint(PasswordWeakness weakness)
{
    switch (weakness) {
    case PasswordWeakness::None:
        return {};
    case PasswordWeakness::CommonWord:
        return tr("Avoid common words and passwords, even with letters swapped for symbols.");
    case PasswordWeakness::PersonalInfo:
        return tr("Do not use your name, email address or phone number.");
    case PasswordWeakness::Repeats:
        return tr("Avoid repeated characters and repeated words.");
    case PasswordWeakness::Sequence:
        return tr("Avoid sequences such as abcd or 1234.");
    case PasswordWeakness::KeyboardPattern:
        return tr("Avoid keyboard patterns such as qwerty.");
    case PasswordWeakness::Date:
        return tr("Avoid dates and years that relate to you.");
    case PasswordWeakness::TooShort:
        return tr("Add a few more unrelated words to make it longer.");
    }
    return {};
}

} // namespace okpay
