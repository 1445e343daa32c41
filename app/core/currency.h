#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace okpay {

// An ISO 4217 currency the product knows, with its number of minor-unit digits (JPY 0, USD 2, KWD 3).
class Currency
{
public:
    static std::optional<Currency> fromCode(QStringView code);
    static Currency usd();
    static Currency eur();
    static Currency cny();
    static const QList<Currency> &walletCurrencies();  // the currencies a wallet can hold: USD, EUR, CNY
    static const QList<Currency> &all();

    QString code() const { return m_code; }
    int exponent() const { return m_exponent; }
    qint64 minorPerMajor() const;  // 10^exponent

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int exponent) : m_code(std::move(code)), m_exponent(exponent) {}
    QString m_code;
    int m_exponent = 2;
};

} // namespace okpay
