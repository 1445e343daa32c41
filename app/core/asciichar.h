#pragma once
#include <QChar>

// ASCII-only character tests: card numbers, codes and English BIP39 words use ASCII digits and letters only,
// while QChar::isDigit/isLetter would also accept full-width digits and every Chinese character.
namespace okpay::AsciiChar {

constexpr bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
constexpr bool isUpper(QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; }
constexpr bool isLower(QChar c) { return c.unicode() >= u'a' && c.unicode() <= u'z'; }
constexpr bool isLetter(QChar c) { return isUpper(c) || isLower(c); }
constexpr char16_t toLower(QChar c) { return isUpper(c) ? char16_t(c.unicode() + (u'a' - u'A')) : c.unicode(); }

} // namespace okpay::AsciiChar
