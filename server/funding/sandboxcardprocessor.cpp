#include "funding/sandboxcardprocessor.h"

#include "core/cardnumber.h"

#include <QRegularExpression>

namespace okpay::server {

namespace {
SandboxCardProcessor::Result failure(const QString &code, const QString &field, const QString &message)
{
    SandboxCardProcessor::Result r;
    r.errorCode = code;
    r.errorField = field;
    r.message = message;
    return r;
}

std::optional<int> exactInt(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        return std::nullopt;
    return v.toInt();
}
} // namespace

QString SandboxCardProcessor::brandOf(const QString &digits)
{
    return CardNumber::brand(digits);
}

bool SandboxCardProcessor::expiryValid(int month, int year, const QDateTime &now)
{
    if (month < 1 || month > 12 || year < 2000 || year > 2100)
        return false;
    const QDate today = now.toUTC().date();
    return year > today.year() || (year == today.year() && month >= today.month());
}

SandboxCardProcessor::Result SandboxCardProcessor::charge(const QJsonObject &card, const QDateTime &now)
{
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{12,19}$"));
    static const QRegularExpression cvvPattern(QStringLiteral("^[0-9]{3,4}$"));
    if (!card.value(u"number").isString() || !digitsOnly.match(card.value(u"number").toString()).hasMatch())
        return failure(QStringLiteral("validation_failed"), QStringLiteral("card.number"),
                       QStringLiteral("The card number must be 12 to 19 digits"));
    const QString number = card.value(u"number").toString();
    if (!CardNumber::luhnValid(number))
        return failure(QStringLiteral("invalid_card_number"), QStringLiteral("card.number"),
                       QStringLiteral("The card number is not valid"));
    const auto month = exactInt(card.value(u"expiry_month"));
    const auto year = exactInt(card.value(u"expiry_year"));
    if (!month || *month < 1 || *month > 12)
        return failure(QStringLiteral("validation_failed"), QStringLiteral("card.expiry_month"),
                       QStringLiteral("The expiry month must be 1 to 12"));
    if (!year || !expiryValid(*month, *year, now))
        return failure(QStringLiteral("validation_failed"), QStringLiteral("card.expiry_year"),
                       QStringLiteral("The card has expired or the expiry year is not valid"));
    const QString brand = brandOf(number);
    const QString cvv = card.value(u"cvv").toString();
    if (!card.value(u"cvv").isString() || !cvvPattern.match(cvv).hasMatch()
        || cvv.size() != (brand == u"amex" ? 4 : 3))
        return failure(QStringLiteral("validation_failed"), QStringLiteral("card.cvv"),
                       QStringLiteral("The security code must be 3 digits (4 for American Express)"));

    static const QStringList approved{QStringLiteral("4242424242424242"), QStringLiteral("4000056655665556"),
                                      QStringLiteral("5555555555554444"), QStringLiteral("6200000000000005"),
                                      QStringLiteral("378282246310005")};
    if (!approved.contains(number))
        return failure(QStringLiteral("card_declined"), QStringLiteral("card"),
                       number == u"4000000000000002" ? QStringLiteral("The card was declined by the issuer")
                                                     : QStringLiteral("The sandbox accepts only documented test cards"));
    Result ok;
    ok.approved = true;
    ok.brand = brand;
    ok.last4 = number.right(4);
    return ok;
}

} // namespace okpay::server
