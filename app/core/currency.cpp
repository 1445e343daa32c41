#include "core/currency.h"

namespace okpay {

namespace {
struct Entry
{
    const char16_t *code;
    int exponent;
};

// ISO 4217 minor-unit digits for the currencies we accept; extend here, never guess.
constexpr Entry kTable[] = {
    {u"USD", 2}, {u"EUR", 2}, {u"CNY", 2}, {u"GBP", 2}, {u"HKD", 2}, {u"SGD", 2}, {u"AUD", 2},
    {u"CAD", 2}, {u"CHF", 2}, {u"JPY", 0}, {u"KRW", 0}, {u"KWD", 3}, {u"BHD", 3}, {u"JOD", 3},
};
} // namespace

const QList<Currency> &Currency::all()
{
    static const QList<Currency> list = [] {
        QList<Currency> out;
        for (const Entry &e : kTable)
            out.append(Currency(QString::fromUtf16(e.code), e.exponent));
        return out;
    }();
    return list;
}

std::optional<Currency> Currency::fromCode(QStringView code)
{
    for (const Currency &c : all()) {
        if (c.code() == code)
            return c;
    }
    return std::nullopt;
}

Currency Currency::usd() { return *fromCode(u"USD"); }
Currency Currency::eur() { return *fromCode(u"EUR"); }
Currency Currency::cny() { return *fromCode(u"CNY"); }

const QList<Currency> &Currency::walletCurrencies()
{
    static const QList<Currency> list{usd(), eur(), cny()};
    return list;
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace okpay
