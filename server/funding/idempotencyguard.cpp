#include "funding/idempotencyguard.h"

#include "core/clock.h"
#include "http/apienv.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace okpay::server {

namespace {
constexpr int kKeepSecs = 24 * 3600;
constexpr int kAbandonedSecs = 120;  // far longer than any handler runs

QHttpServerResponse replay(int status, const QByteArray &body)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, Status(status));
    response.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return response;
}
// Like Stripe, only outcomes of an executed request are kept: success, and refusals that happen while moving the
// money (the balance or the card). Validation errors, a wrong TOTP code or a stale quote are not stored, so the
// client can correct the request and send it again with the same key; server errors may be retried too.
bool isExecutionOutcome(int status, const QByteArray &body)
{
    if (status >= 200 && status < 300)
        return true;
    if (status != 422)
        return false;
    const QString code = QJsonDocument::fromJson(body).object().value(u"error").toObject().value(u"code").toString();
    return code == u"insufficient_funds" || code == u"card_declined";
}
// SHA-256 of the scope and the body. A card's number and CVV are left out first (the last 4 digits stand in): their
// few unknown digits could be brute-forced back out of a stored hash.
QString requestHash(const QString &scope, const QByteArray &body)
{
    QJsonDocument doc = QJsonDocument::fromJson(body);
    QByteArray canonical = body;
    if (doc.isObject() && doc.object().value(u"card").isObject()) {
        QJsonObject object = doc.object();
        QJsonObject card = object.value(u"card").toObject();
        card.insert(QStringLiteral("number"), card.value(u"number").toString().right(4));
        card.remove(QStringLiteral("cvv"));
        object.insert(QStringLiteral("card"), card);
        canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return Ids::sha256Hex(scope + u'\n' + QString::fromLatin1(canonical.toBase64()));
}
} // namespace

QHttpServerResponse IdempotencyGuard::run(const ApiRequest &r, const QString &scope,
                                          const std::function<QHttpServerResponse()> &work)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{8,128}$"));
    const QString key = QString::fromLatin1(r.header("idempotency-key"));
    if (key.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("The Idempotency-Key header is required"), QStringLiteral("Idempotency-Key"));
    if (!pattern.match(key).hasMatch())
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("The Idempotency-Key must be 8 to 128 characters of A-Z a-z 0-9 . _ : -"),
                             QStringLiteral("Idempotency-Key"));

    const QSqlDatabase db = r.db();
    const QDateTime now = r.env->clock->now();
    const QString hash = requestHash(scope, r.body);
    // Expired keys may be reused, and so may keys whose first request never finished (the server stopped mid-way:
    // its transaction rolled back, so nothing happened).
    // The user's other expired keys go at the same time, so the table only holds a day of keys per user.
    sqlExec(db, QStringLiteral("DELETE FROM idempotency_keys WHERE user_id = :u AND (created_at < :old "
                               "OR (idem_key = :k AND status IS NULL AND created_at < :abandoned))"),
            {{":u", r.userId()}, {":old", sqlTime(now.addSecs(-kKeepSecs))}, {":k", key},
             {":abandoned", sqlTime(now.addSecs(-kAbandonedSecs))}});
    QSqlQuery insert = sqlExec(db, QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, created_at) "
                                                  "VALUES (:u, :k, :h, :now) ON CONFLICT DO NOTHING"),
                               {{":u", r.userId()}, {":k", key}, {":h", hash}, {":now", sqlTime(now)}});
    if (insert.numRowsAffected() != 1) {
        QSqlQuery q = sqlExec(db, QStringLiteral("SELECT request_hash, status, response FROM idempotency_keys "
                                                 "WHERE user_id = :u AND idem_key = :k"),
                              {{":u", r.userId()}, {":k", key}});
        if (!q.next())  // deleted between our insert and this read (a failed first attempt): ask for a retry
            return errorResponse(Status::Conflict, QStringLiteral("idempotency_in_progress"),
                                 QStringLiteral("A request with this Idempotency-Key is still being processed"));
        if (q.value(0).toString() != hash)
            return errorResponse(Status::UnprocessableEntity, QStringLiteral("idempotency_mismatch"),
                                 QStringLiteral("This Idempotency-Key was used with a different request"),
                                 QStringLiteral("Idempotency-Key"));
        if (q.value(1).isNull())
            return errorResponse(Status::Conflict, QStringLiteral("idempotency_in_progress"),
                                 QStringLiteral("A request with this Idempotency-Key is still being processed"));
        return replay(q.value(1).toInt(), q.value(2).toString().toUtf8());
    }

    auto forget = [&] {
        sqlExec(db, QStringLiteral("DELETE FROM idempotency_keys WHERE user_id = :u AND idem_key = :k"),
                {{":u", r.userId()}, {":k", key}});
    };
    QHttpServerResponse response = [&] {
        try {
            return work();
        } catch (...) {
            forget();
            throw;
        }
    }();
    const int status = int(response.statusCode());
    if (!isExecutionOutcome(status, response.data())) {
        forget();
    } else {
        sqlExec(db, QStringLiteral("UPDATE idempotency_keys SET status = :s, response = :b WHERE user_id = :u AND idem_key = :k"),
                {{":s", status}, {":b", QString::fromUtf8(response.data())}, {":u", r.userId()}, {":k", key}});
    }
    response.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("false"));
    return response;
}

} // namespace okpay::server
