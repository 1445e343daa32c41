#include "funding/kyclimits.h"

#include "account/kycdocuments.h"

#include "config/serverconfig.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>

namespace okpay::server {

namespace {
constexpr int kTopLevel = 3;

QDateTime startOfUtcDay(const QDateTime &now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
}
} // namespace

KycLimits::KycLimits(const QSqlDatabase &db, const ServerConfig &config, const QDateTime &now)
    : m_db(db), m_section(config.section(QStringLiteral("funding"))), m_now(now)
{
}

int KycLimits::level(const QString &userId) const
{
    QSqlQuery q = sqlExec(m_db, QStringLiteral("SELECT kyc_level, email_verified FROM users WHERE id = :u"), {{":u", userId}});
    if (!q.next())
        return 0;
    return qMax(q.value(0).toInt(), q.value(1).toInt() != 0 ? 1 : 0);
}

qint64 KycLimits::limitFor(int level, const QString &kind, const QString &currency) const
{
    for (const QJsonValue &v : m_section.value(u"kyc_levels").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"level").toInt(-1) != level)
            continue;
        const QJsonValue limit = o.value(u"limits").toObject().value(kind).toObject().value(currency);
        return limit.isDouble() ? limit.toInteger() : 0;  // a level without the limit allows nothing
    }
    return 0;
}

qint64 KycLimits::usedToday(const QString &userId, const QString &direction, const QString &currency) const
{
    const QString table = direction == u"topup" ? QStringLiteral("topups") : QStringLiteral("withdrawals");
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM %1 WHERE user_id = :u AND currency = :c "
                                         "AND created_at >= :since AND status NOT IN ('failed', 'cancelled')")
                              .arg(table),
                          {{":u", userId}, {":c", currency}, {":since", sqlTime(startOfUtcDay(m_now))}});
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QHttpServerResponse> KycLimits::check(const QString &userId, const QString &direction,
                                                    const Money &amount) const
{
    const QString single = direction == u"topup" ? QStringLiteral("single_topup") : QStringLiteral("single_withdrawal");
    const QString daily = direction == u"topup" ? QStringLiteral("topup") : QStringLiteral("withdrawal");
    const QString currency = amount.currency().code();
    const int current = level(userId);
    const qint64 used = usedToday(userId, direction, currency);
    auto allowedAt = [&](int lvl) {
        return amount.minor() <= limitFor(lvl, single, currency) && used + amount.minor() <= limitFor(lvl, daily, currency);
    };
    if (allowedAt(current))
        return std::nullopt;
    for (int higher = current + 1; higher <= kTopLevel; ++higher)
        if (allowedAt(higher))
            return errorResponse(Status::Forbidden, QStringLiteral("kyc_required"),
                                 QStringLiteral("This amount needs KYC level %1; verify your identity to raise your limits")
                                     .arg(higher),
                                 QStringLiteral("amount"));
    return validationError(QStringLiteral("amount"), QStringLiteral("The amount is above your limits"),
                           QStringLiteral("limit_exceeded"));
}

QJsonObject KycLimits::status(const QString &userId) const
{
    const int current = level(userId);
    const QString resetsAt = apiTime(startOfUtcDay(m_now).addDays(1));
    QJsonArray limits;
    struct Kind { const char *name; const char *period; const char *direction; };
    static constexpr Kind kinds[] = {{"single_topup", "transaction", nullptr}, {"topup", "day", "topup"},
                                     {"single_withdrawal", "transaction", nullptr}, {"withdrawal", "day", "withdraw"}};
    for (const Currency &currency : Currency::walletCurrencies()) {
        for (const Kind &kind : kinds) {
            const QString name = QString::fromLatin1(kind.name);
            auto money = [&](qint64 v) {
                return QJsonObject{{QStringLiteral("amount"), v}, {QStringLiteral("currency"), currency.code()}};
            };
            const qint64 used = kind.direction ? usedToday(userId, QString::fromLatin1(kind.direction), currency.code()) : 0;
            limits.append(QJsonObject{{QStringLiteral("kind"), name},
                                      {QStringLiteral("period"), QString::fromLatin1(kind.period)},
                                      {QStringLiteral("limit"), money(limitFor(current, name, currency.code()))},
                                      {QStringLiteral("used"), money(used)},
                                      {QStringLiteral("resets_at"), kind.direction ? QJsonValue(resetsAt) : QJsonValue()}});
        }
    }
    QJsonArray requirements;
    for (const QJsonValue &v : m_section.value(u"kyc_levels").toArray())
        if (v.toObject().value(u"level").toInt(-1) == current)
            requirements = v.toObject().value(u"next_level_requirements").toArray();
    const QJsonArray documents = kycDocumentsOf(m_db, userId);
    return {{QStringLiteral("level"), current},
            {QStringLiteral("review_status"), kycReviewStatus(documents)},
            {QStringLiteral("rejection_reason"), QJsonValue()},
            {QStringLiteral("limits"), limits},
            {QStringLiteral("next_level_requirements"), requirements},
            {QStringLiteral("documents"), documents}};
}

} // namespace okpay::server
