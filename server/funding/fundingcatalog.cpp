#include "funding/fundingcatalog.h"

#include "config/serverconfig.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QMutex>

namespace okpay::server {

namespace {
QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

FundingMethod parseMethod(const QJsonObject &o)
{
    FundingMethod m;
    m.id = o.value(u"id").toString();
    m.direction = o.value(u"direction").toString();
    m.kind = o.value(u"kind").toString();
    m.name = o.value(u"name").toString();
    m.description = o.value(u"description").toString();
    m.available = o.value(u"available").toBool(true);
    m.processingTime = o.value(u"processing_time").toObject();
    m.requiresKycLevel = o.value(u"requires_kyc_level").toInt(1);
    const QJsonObject fees = o.value(u"fees").toObject();
    const QJsonObject limits = o.value(u"limits").toObject();
    for (const Currency &currency : Currency::walletCurrencies()) {
        const QJsonObject f = fees.value(currency.code()).toObject();
        if (f.isEmpty())
            continue;
        const QJsonValue max = f.value(u"max");
        const auto rule = FeeRule::create(currency, f.value(u"percent_bp").toInteger(), f.value(u"fixed").toInteger(),
                                          f.value(u"min").toInteger(),
                                          max.isNull() || max.isUndefined() ? std::nullopt
                                                                            : std::optional<qint64>(max.toInteger()));
        if (!rule) {  // a broken --config must not take the server down: the currency is just not offered
            qCritical("funding: invalid fee rule for %s %s; currency not offered", qPrintable(m.id), qPrintable(currency.code()));
            continue;
        }
        m.fees.emplace(currency.code(), *rule);
        const QJsonObject l = limits.value(currency.code()).toObject();
        m.limits.insert(currency.code(), AmountLimits{l.value(u"min").toInteger(1), l.value(u"max").toInteger(1'000'000'000'000'000)});
        m.currencies.append(currency);
    }
    return m;
}
} // namespace

Promotion FundingPromotion::core() const
{
    Promotion p;
    p.id = id;
    p.startsAt = startsAt;
    p.endsAt = endsAt;
    p.kind = feeDiscountBp >= 10000 ? Promotion::Kind::WaiveFee : Promotion::Kind::DiscountFee;
    p.discountBp = feeDiscountBp;
    return p;
}

QJsonObject FundingPromotion::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("method_ids"), QJsonArray::fromStringList(methodIds)},
            {QStringLiteral("fee_discount_bp"), feeDiscountBp},
            {QStringLiteral("starts_at"), apiTime(startsAt)},
            {QStringLiteral("ends_at"), apiTime(endsAt)}};
}

FundingCatalog::FundingCatalog(const QJsonObject &section)
{
    for (const QJsonValue &v : section.value(u"methods").toArray())
        m_methods.append(parseMethod(v.toObject()));
    for (const QJsonValue &v : section.value(u"promotions").toArray()) {
        const QJsonObject o = v.toObject();
        FundingPromotion p;
        p.id = o.value(u"id").toString();
        p.title = o.value(u"title").toString();
        p.description = o.value(u"description").toString();
        p.direction = o.value(u"direction").toString();
        for (const QJsonValue &id : o.value(u"method_ids").toArray())
            p.methodIds.append(id.toString());
        p.feeDiscountBp = qBound(qint64(1), o.value(u"fee_discount_bp").toInteger(), qint64(10000));
        p.startsAt = parseTime(o.value(u"starts_at").toString());
        p.endsAt = parseTime(o.value(u"ends_at").toString());
        m_promotions.append(p);
    }
    std::sort(m_promotions.begin(), m_promotions.end(),
              [](const FundingPromotion &a, const FundingPromotion &b) { return a.startsAt < b.startsAt; });
}

const FundingCatalog &FundingCatalog::from(const ServerConfig &config)
{
    // One catalog per configuration object (normally one per process); parsed on first use, then read-only.
    static QMutex mutex;
    static QHash<const ServerConfig *, std::shared_ptr<FundingCatalog>> catalogs;
    QMutexLocker lock(&mutex);
    auto &catalog = catalogs[&config];
    if (!catalog)
        catalog.reset(new FundingCatalog(config.section(QStringLiteral("funding"))));
    return *catalog;
}

const FundingMethod *FundingCatalog::method(const QString &id) const
{
    for (const FundingMethod &m : m_methods)
        if (m.id == id)
            return &m;
    return nullptr;
}

const FundingPromotion *FundingCatalog::promotion(const QString &id) const
{
    for (const FundingPromotion &p : m_promotions)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<FundingPromotion> FundingCatalog::promotionsFor(const QString &methodId) const
{
    QList<FundingPromotion> result;
    for (const FundingPromotion &p : m_promotions)
        if (p.methodIds.contains(methodId))
            result.append(p);
    return result;
}

std::optional<FundingPromotion> FundingCatalog::activePromotion(const QString &methodId, const QDateTime &now) const
{
    std::optional<FundingPromotion> best;
    for (const FundingPromotion &p : promotionsFor(methodId))
        if (p.core().isActiveAt(now) && (!best || p.feeDiscountBp > best->feeDiscountBp))
            best = p;
    return best;
}

QJsonObject FundingCatalog::methodJson(const FundingMethod &m, const QDateTime &now) const
{
    QJsonArray currencies, fees, limits;
    for (const Currency &currency : m.currencies) {
        currencies.append(currency.code());
        const FeeRule &rule = m.fee(currency.code());
        fees.append(QJsonObject{{QStringLiteral("currency"), currency.code()},
                                {QStringLiteral("percent_bp"), rule.percentBp()},
                                {QStringLiteral("fixed"), rule.fixedMinor()},
                                {QStringLiteral("min"), rule.minMinor()},
                                {QStringLiteral("max"), rule.maxMinor() ? QJsonValue(*rule.maxMinor()) : QJsonValue()}});
        const AmountLimits l = m.limits.value(currency.code());
        auto money = [&](qint64 v) {
            return QJsonObject{{QStringLiteral("amount"), v}, {QStringLiteral("currency"), currency.code()}};
        };
        limits.append(QJsonObject{{QStringLiteral("min"), money(l.minMinor)}, {QStringLiteral("max"), money(l.maxMinor)}});
    }
    const auto promo = activePromotion(m.id, now);
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("direction"), m.direction},
                  {QStringLiteral("kind"), m.kind},
                  {QStringLiteral("name"), m.name},
                  {QStringLiteral("available"), m.available},
                  {QStringLiteral("currencies"), currencies},
                  {QStringLiteral("fees"), fees},
                  {QStringLiteral("processing_time"), m.processingTime},
                  {QStringLiteral("limits"), limits},
                  {QStringLiteral("active_promotion"), promo ? QJsonValue(promo->toJson()) : QJsonValue()},
                  {QStringLiteral("requires_kyc_level"), m.requiresKycLevel}};
    if (!m.description.isEmpty())
        o.insert(QStringLiteral("description"), m.description);
    return o;
}

} // namespace okpay::server
