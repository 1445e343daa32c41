#include "ui/funding/methoddescription.h"

#include "core/moneyformat.h"

#include <QJsonArray>

#include <algorithm>

namespace okpay {

namespace {
// The entry of a per-currency array ("fees", "limits") for the currency; an empty object when missing.
QJsonObject forCurrency(const QJsonArray &entries, const QString &currency, const char *moneyKey)
{
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString code = moneyKey ? object.value(QLatin1String(moneyKey)).toObject().value(u"currency").toString()
                                      : object.value(u"currency").toString();
        if (code == currency)
            return object;
    }
    return {};
}

std::optional<Money> money(const QJsonValue &value, const Currency &currency)
{
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1e15)
        return std::nullopt;
    return Money(qint64(value.toDouble()), currency);
}

// 290 basis points → "2.9%", in the locale's digits and decimal point; exact, no floating point.
QString percent(qint64 basisPoints, const QLocale &locale)
{
    QString text = locale.toString(basisPoints / 100);
    if (const qint64 fraction = basisPoints % 100; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return text + locale.percent();
}
} // namespace

QString MethodDescription::name(const FundingMethod &method)
{
    if (method.kind == u"bank_transfer")
        return tr("Bank transfer");
    if (method.kind == u"debit_card")
        return tr("Debit card");
    if (method.kind == u"credit_card")
        return tr("Credit card");
    if (method.kind == u"bank_account")
        return tr("Bank account");
    if (method.kind == u"card")
        return tr("Card");
    if (method.kind == u"ewallet")
        return tr("Another e-wallet");
    return method.name;  // a kind this version does not know
}

QString MethodDescription::feeRule(const FundingMethod &method, const QString &currency, const QLocale &locale)
{
    const auto code = Currency::fromCode(currency);
    const QJsonObject rule = forCurrency(method.json.value(u"fees").toArray(), currency, nullptr);
    if (!code || rule.isEmpty())
        return tr("Fee shown in the quote");
    const qint64 bp = qint64(rule.value(u"percent_bp").toDouble());
    const auto fixed = money(rule.value(u"fixed"), *code);
    const auto min = money(rule.value(u"min"), *code);
    const auto max = money(rule.value(u"max"), *code);
    if (bp == 0 && fixed && fixed->minor() == 0 && (!min || min->minor() == 0))
        return tr("No fee");
    QStringList parts;
    if (bp > 0)
        parts << percent(bp, locale);
    if (fixed && fixed->minor() > 0)
        parts << MoneyFormat::withSymbol(*fixed, locale);
    QString text = tr("Fee %1").arg(parts.join(QStringLiteral(" + ")));
    if (min && min->minor() > 0 && max)
        text += u' ' + tr("(min %1, max %2)").arg(MoneyFormat::withSymbol(*min, locale), MoneyFormat::withSymbol(*max, locale));
    else if (min && min->minor() > 0)
        text += u' ' + tr("(min %1)").arg(MoneyFormat::withSymbol(*min, locale));
    else if (max)
        text += u' ' + tr("(max %1)").arg(MoneyFormat::withSymbol(*max, locale));
    return text;
}

QString MethodDescription::processingTime(const FundingMethod &method)
{
    const QJsonObject time = method.json.value(u"processing_time").toObject();
    if (time.value(u"kind").toString() == u"instant")
        return tr("Instant");
    const int min = qBound(0, time.value(u"min_business_days").toInt(), 30);
    const int max = qBound(0, time.value(u"max_business_days").toInt(), 30);
    if (min == max)
        return tr("%n business day(s)", nullptr, max);
    return tr("%1–%2 business days").arg(min).arg(max);
}

QString MethodDescription::limits(const FundingMethod &method, const QString &currency, bool topUp, const QLocale &locale)
{
    const auto code = Currency::fromCode(currency);
    const QJsonObject limit = forCurrency(method.json.value(u"limits").toArray(), currency, "min");
    if (!code || limit.isEmpty())
        return tr("Not available in %1").arg(currency);
    const auto min = money(limit.value(u"min").toObject().value(u"amount"), *code);
    const auto max = money(limit.value(u"max").toObject().value(u"amount"), *code);
    if (!min || !max)
        return {};
    return (topUp ? tr("%1 to %2 per top-up") : tr("%1 to %2 per withdrawal"))
        .arg(MoneyFormat::withSymbol(*min, locale), MoneyFormat::withSymbol(*max, locale));
}

std::optional<Money> MethodDescription::maximum(const FundingMethod &method, const QString &currency)
{
    const auto code = Currency::fromCode(currency);
    const QJsonObject limit = forCurrency(method.json.value(u"limits").toArray(), currency, "min");
    if (!code || limit.isEmpty())
        return std::nullopt;
    return money(limit.value(u"max").toObject().value(u"amount"), *code);
}

QString MethodDescription::promotion(const FundingMethod &method, const QLocale &locale)
{
    const QJsonObject promotion = method.json.value(u"active_promotion").toObject();
    if (promotion.isEmpty())
        return {};
    const qint64 bp = std::clamp<qint64>(qint64(promotion.value(u"fee_discount_bp").toDouble()), 0, 10000);
    const QDateTime ends = QDateTime::fromString(promotion.value(u"ends_at").toString(), Qt::ISODate);
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QStringLiteral("yyyy")))
        dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));  // "1/1/30" reads as a day, not a year
    const QString until = ends.isValid() ? locale.toString(ends.toLocalTime().date(), dateFormat) : QString();
    if (bp >= 10000)
        return until.isEmpty() ? tr("Promotion: no fee") : tr("Promotion: no fee until %1").arg(until);
    return until.isEmpty() ? tr("Promotion: fee %1 off").arg(percent(bp, locale))
                           : tr("Promotion: fee %1 off until %2").arg(percent(bp, locale), until);
}

QString MethodDescription::summary(const FundingMethod &method, const QString &currency, bool topUp, const QLocale &locale)
{
    QStringList lines{name(method), feeRule(method, currency, locale) + QStringLiteral(" · ") + processingTime(method)};
    if (const QString range = limits(method, currency, topUp, locale); !range.isEmpty())
        lines << range;
    if (const QString badge = promotion(method, locale); !badge.isEmpty())
        lines << QStringLiteral("★ ") + badge;
    return lines.join(u'\n');
}

} // namespace okpay
