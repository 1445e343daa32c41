#include "core/moneyformat.h"

namespace okpay {

namespace {
// Unambiguous symbols for when the currency is not the locale's own (then the locale's symbol is used).
QString internationalSymbol(const QString &code)
{
    if (code == u"USD")
        return QStringLiteral("US$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"CNY")
        return QStringLiteral("CN¥");
    if (code == u"JPY")
        return QStringLiteral("JP¥");
    if (code == u"GBP")
        return QStringLiteral("£");
    if (code == u"HKD")
        return QStringLiteral("HK$");
    return code + QChar(0x00A0);
}

quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// The number without a sign: integer part with locale grouping, then exactly exponent() fraction digits.
QString unsignedAmount(quint64 magnitude, const Currency &currency, const QLocale &locale)
{
    const auto factor = quint64(currency.minorPerMajor());
    QString text = locale.toString(magnitude / factor);
    if (currency.exponent() > 0) {
        QString fraction = locale.toString(magnitude % factor);
        fraction.remove(locale.groupSeparator());
        const QString zero = locale.zeroDigit();
        while (fraction.size() < currency.exponent() * zero.size())
            fraction.prepend(zero);
        text += locale.decimalPoint() + fraction;
    }
    return text;
}
} // namespace

QString MoneyFormat::amount(const Money &money, const QLocale &locale)
{
    const QString text = unsignedAmount(magnitudeOf(money.minor()), money.currency(), locale);
    return money.isNegative() ? locale.negativeSign() + text : text;
}

QString MoneyFormat::symbol(const Currency &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return internationalSymbol(currency.code());
}

QString MoneyFormat::withSymbol(const Money &money, const QLocale &locale)
{
    // Let the locale place the symbol (its pattern for one unit), then put the exact number in. Negative amounts get
    // a leading minus rather than the accounting parentheses some locales use, which read as ambiguous in a wallet.
    const QString one = locale.toString(1);
    QString text = locale.toCurrencyString(qlonglong(1), symbol(money.currency(), locale));
    const qsizetype at = text.lastIndexOf(one);
    Q_ASSERT(at >= 0);
    text.replace(at, one.size(), unsignedAmount(magnitudeOf(money.minor()), money.currency(), locale));
    return money.isNegative() ? locale.negativeSign() + text : text;
}

} // namespace okpay
