#include "core/moneyparser.h"

namespace okpay {

namespace {
MoneyParseResult failure(MoneyParseError error)
{
    return MoneyParseResult{std::nullopt, error};
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Full-width digits and punctuation from a Chinese input method become ASCII; a few spaces become plain ones.
QString normalized(QStringView text, const QLocale &locale)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (locale.decimalPoint() == u".")
        s.replace(QChar(0x3002), u'.');  // ideographic full stop
    s.replace(QChar(0x2212), u'-');      // minus sign
    return s;
}

bool validGrouping(QStringView integerPart, QStringView groupSeparator)
{
    const auto groups = integerPart.split(groupSeparator);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype n = groups.at(i).size();
        if (i == 0 ? (n < 1 || n > 3) : n != 3)
            return false;
    }
    return true;
}
} // namespace

MoneyParseResult MoneyParser::parse(QStringView text, const Currency &currency, const QLocale &locale, Sign sign)
{
    QString s = normalized(text, locale);
    if (s.isEmpty())
        return failure(MoneyParseError::Empty);

    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+') || s.startsWith(locale.negativeSign())) {
        if (sign == Sign::PositiveOnly)
            return failure(MoneyParseError::SignNotAllowed);
        negative = !s.startsWith(u'+');
        s.remove(0, 1);
    }

    const QString point = locale.decimalPoint();
    QString group = locale.groupSeparator();
    if (group.at(0).isSpace())
        s.replace(u' ', group);  // users type a plain space where the locale groups with a no-break space

    for (const QChar c : std::as_const(s)) {
        if (isAsciiDigit(c) || QStringView(point) == QStringView(&c, 1) || QStringView(group) == QStringView(&c, 1))
            continue;
        if (c == u'e' || c == u'E')
            return failure(MoneyParseError::ExponentNotation);
        if (c == u'-' || c == u'+')
            return failure(sign == Sign::PositiveOnly ? MoneyParseError::SignNotAllowed
                                                      : MoneyParseError::InvalidCharacter);
        return failure(MoneyParseError::InvalidCharacter);
    }

    const qsizetype pointAt = s.indexOf(point);
    const QStringView integerPart = pointAt < 0 ? QStringView(s) : QStringView(s).left(pointAt);
    const QStringView fractionPart = pointAt < 0 ? QStringView() : QStringView(s).mid(pointAt + point.size());
    if (fractionPart.contains(point))
        return failure(MoneyParseError::InvalidCharacter);
    if (fractionPart.contains(group) || (integerPart.contains(group) && !validGrouping(integerPart, group)))
        return failure(MoneyParseError::MisplacedGroupSeparator);
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return failure(MoneyParseError::InvalidCharacter);
    if (pointAt >= 0 && currency.exponent() == 0)
        return failure(MoneyParseError::DecimalsNotAllowed);
    if (fractionPart.size() > currency.exponent())
        return failure(MoneyParseError::TooManyDecimals);

    qint64 minor = 0;
    auto appendDigit = [&minor](QChar c) { return !qMulOverflow(minor, qint64(10), &minor) && !qAddOverflow(minor, qint64(c.unicode() - u'0'), &minor); };
    for (const QChar c : integerPart) {
        if (isAsciiDigit(c) && !appendDigit(c))
            return failure(MoneyParseError::TooLarge);
    }
    for (int i = 0; i < currency.exponent(); ++i) {
        if (!appendDigit(i < fractionPart.size() ? fractionPart.at(i) : QChar(u'0')))
            return failure(MoneyParseError::TooLarge);
    }
    return MoneyParseResult{Money(negative ? -minor : minor, currency), MoneyParseError::None};
}

} // namespace okpay
