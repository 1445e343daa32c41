#include "funding/storedquote.h"

#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

std::optional<QHttpServerResponse> StoredQuote::loadUsable(const QSqlDatabase &db, const QString &userId,
                                                           const QString &quoteId, const QString &direction,
                                                           const QDateTime &now, StoredQuote *quote)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id, method_id, direction, kind, currency, amount, fee, fee_before, "
                                             "promotion_id, expires_at, used_at FROM funding_quotes "
                                             "WHERE id = :id AND user_id = :u"),
                          {{":id", quoteId}, {":u", userId}});
    if (!q.next())
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("Quote not found"),
                             QStringLiteral("quote_id"));
    StoredQuote s;
    s.id = q.value(0).toString();
    s.methodId = q.value(1).toString();
    s.direction = q.value(2).toString();
    s.kind = q.value(3).toString();
    s.currency = q.value(4).toString();
    s.amount = q.value(5).toLongLong();
    s.fee = q.value(6).toLongLong();
    s.feeBefore = q.value(7).toLongLong();
    s.promotionId = q.value(8).isNull() ? QString() : q.value(8).toString();
    s.expiresAt = fromSqlTime(q.value(9).toString());
    s.used = !q.value(10).isNull();
    if (s.direction != direction)
        return validationError(QStringLiteral("quote_id"),
                               QStringLiteral("This quote is for a %1, not a %2").arg(s.direction, direction));
    if (s.used)
        return validationError(QStringLiteral("quote_id"), QStringLiteral("This quote was already used"),
                               QStringLiteral("quote_used"));
    if (s.expiresAt <= now)
        return validationError(QStringLiteral("quote_id"), QStringLiteral("This quote has expired; ask for a new one"),
                               QStringLiteral("quote_expired"));
    *quote = s;
    return std::nullopt;
}

bool StoredQuote::claim(const QSqlDatabase &db, const QDateTime &now) const
{
    QSqlQuery q = sqlExec(db, QStringLiteral("UPDATE funding_quotes SET used_at = :now WHERE id = :id AND used_at IS NULL"),
                          {{":now", sqlTime(now)}, {":id", id}});
    return q.numRowsAffected() == 1;
}

} // namespace okpay::server
