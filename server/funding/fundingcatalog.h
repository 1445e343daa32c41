#pragma once
#include "core/feerule.h"
#include "core/quote.h"

#include <QJsonObject>
#include <QMap>
#include <map>
#include <optional>

namespace okpay::server {

struct ServerConfig;

// One top-up or withdrawal method as configured in the "funding" section: fee rule and limits per currency.
struct FundingMethod
{
    QString id;
    QString direction;  // "topup" | "withdraw"
    QString kind;
    QString name;
    QString description;
    bool available = true;
    QJsonObject processingTime;
    int requiresKycLevel = 1;
    QList<Currency> currencies;
    std::map<QString, FeeRule> fees;      // by currency code (FeeRule has no default constructor)
    QMap<QString, AmountLimits> limits;   // by currency code
    bool supports(const QString &currency) const { return fees.count(currency) != 0; }
    const FeeRule &fee(const QString &currency) const { return fees.at(currency); }
    bool isInstant() const { return processingTime.value(u"kind").toString() == u"instant"; }
};

// A promotion window from the configuration, in the contract's shape and as app/core's Promotion.
struct FundingPromotion
{
    QString id;
    QString title;
    QString description;
    QString direction;
    QStringList methodIds;
    qint64 feeDiscountBp = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    Promotion core() const;
    QJsonObject toJson() const;
};

// The methods and promotions the server offers, read once from the configuration. Fees and promotions are applied
// with app/core's Quote, the same code the wallet uses to preview them.
class FundingCatalog
{
public:
    static const FundingCatalog &from(const ServerConfig &config);  // parsed once per configuration object

    const QList<FundingMethod> &methods() const { return m_methods; }
    const FundingMethod *method(const QString &id) const;
    QList<FundingPromotion> promotionsFor(const QString &methodId) const;
    const QList<FundingPromotion> &promotions() const { return m_promotions; }
    const FundingPromotion *promotion(const QString &id) const;
    std::optional<FundingPromotion> activePromotion(const QString &methodId, const QDateTime &now) const;

    QJsonObject methodJson(const FundingMethod &method, const QDateTime &now) const;

private:
    explicit FundingCatalog(const QJsonObject &section);
    QList<FundingMethod> m_methods;
    QList<FundingPromotion> m_promotions;
};

} // namespace okpay::server
