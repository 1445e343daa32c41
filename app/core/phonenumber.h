#pragma once
#include <QString>

namespace okpay {

// Phone numbers as the API stores them (E.164: "+<country code><number>").
class PhoneNumber
{
public:
    // "+44 (20) 7946-0958" or "0044 20 7946 0958" → "+442079460958"; other text is returned without separators.
    static QString normalized(const QString &typed);
    static bool isValid(const QString &normalized);  // +, a non-zero digit, 7–15 digits in all
};

} // namespace okpay
