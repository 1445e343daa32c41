#include "support/attachmentstore.h"
#include "support/demotickets.h"
#include "support/supportroutegroups.h"
#include "support/supportthrottle.h"
#include "support/ticketreferences.h"
#include "support/ticketstore.h"

#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

const QStringList &categories()
{
    static const QStringList all{QStringLiteral("account"), QStringLiteral("registration"), QStringLiteral("topup"),
                                 QStringLiteral("withdrawal"), QStringLiteral("fees"), QStringLiteral("promotions"),
                                 QStringLiteral("security"), QStringLiteral("kyc"), QStringLiteral("other")};
    return all;
}

QHttpServerResponse badQuery(const QString &field, const QString &message, const QString &code = QStringLiteral("invalid_request"))
{
    return errorResponse(Status::BadRequest, code, message, field);
}

QHttpServerResponse createTicket(const ApiRequest &r)
{
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const QString subject = body.string(QStringLiteral("subject"), 1, 200);
    const QString category = body.oneOf(QStringLiteral("category"), categories());
    const QString text = body.string(QStringLiteral("body"), 1, 20000);
    const auto transactionId = body.optionalId(QStringLiteral("transaction_id"));
    const auto relatedId = body.optionalId(QStringLiteral("related_ticket_id"));
    const QStringList attachmentIds = AttachmentStore::idsFromBody(body);
    if (auto error = body.error())
        return std::move(*error);
    const QSqlDatabase db = r.db();
    TicketStore store(db);
    if (auto existing = store.ticketByClientId(r.userId(), clientId))
        return jsonResponse(store.detail(*existing), Status::Ok);
    if (transactionId && !TicketReferences::transactionBelongsTo(db, *transactionId, r.userId()))
        return validationError(QStringLiteral("transaction_id"), QStringLiteral("No such transaction in your account"));
    if (relatedId && !TicketReferences::ticketBelongsTo(db, *relatedId, r.userId()))
        return validationError(QStringLiteral("related_ticket_id"), QStringLiteral("No such ticket in your account"));
    if (!AttachmentStore(db).allOwnedBy(attachmentIds, r.userId()))
        return validationError(QStringLiteral("attachment_ids"), QStringLiteral("No such attachment"),
                               QStringLiteral("attachment_not_found"));
    if (auto limited = SupportThrottle::check(r, QStringLiteral("ticket-create"), 30))
        return std::move(*limited);

    const QDateTime now = r.env->clock->now();
    const QString id = Ids::newId("tkt");
    bool created = false;
    {
        SqlTransaction tx(db, r.env->db->dialect());
        const QString at = sqlTime(now);
        const QSqlQuery insert = sqlExec(
            db,
            QStringLiteral("INSERT INTO support_tickets (id, number, user_id, client_id, subject, category, status, "
                           "transaction_id, related_ticket_id, created_at, updated_at, message_count, last_message_at) "
                           "VALUES (:id, :n, :u, :c, :s, :cat, 'open', :txn, :rel, :at, :at2, 0, :at3) ON CONFLICT DO NOTHING"),
            {{":id", id}, {":n", store.nextNumber()}, {":u", r.userId()}, {":c", clientId}, {":s", subject},
             {":cat", category}, {":txn", transactionId ? QVariant(*transactionId) : QVariant()},
             {":rel", relatedId ? QVariant(*relatedId) : QVariant()}, {":at", at}, {":at2", at}, {":at3", at}});
        // No row: a concurrent resend of the same client_id created the ticket first; roll back and return that one.
        if (insert.numRowsAffected() == 1) {
            const auto [name, email] = TicketReferences::userNameAndEmail(db, r.userId());
            store.addMessage(id, {clientId, QStringLiteral("user"), r.userId(), name.isEmpty() ? email : name, text,
                                  attachmentIds},
                             now);
            tx.commit();
            created = true;
        }
    }
    if (created)
        return jsonResponse(store.detail(*store.ticket(id)), Status::Created);
    const auto existing = store.ticketByClientId(r.userId(), clientId);
    if (!existing)
        throw SqlError("ticket insert conflicted without a ticket");
    return jsonResponse(store.detail(*existing), Status::Ok);
}

QHttpServerResponse listTickets(const ApiRequest &r)
{
    DemoTickets::onUserRead(r);
    int limit = 50;
    if (r.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 200)
            return badQuery(QStringLiteral("limit"), QStringLiteral("limit must be 1 to 200"));
    }
    QString status;
    if (r.query.hasQueryItem(QStringLiteral("status"))) {
        status = r.queryValue(QStringLiteral("status"));
        if (!QStringList{QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("solved"), QStringLiteral("closed")}
                 .contains(status))
            return badQuery(QStringLiteral("status"), QStringLiteral("status must be open, pending, solved or closed"));
    }
    const bool delta = r.query.hasQueryItem(QStringLiteral("updated_since"));
    QString since;
    if (delta) {
        const QDateTime t = QDateTime::fromString(r.queryValue(QStringLiteral("updated_since")), Qt::ISODateWithMs);
        if (!t.isValid())
            return badQuery(QStringLiteral("updated_since"), QStringLiteral("updated_since must be an RFC 3339 timestamp"));
        since = sqlTime(t);
    }
    // The cursor is the (updated_at, id) of the last row of the previous page.
    QString cursorTime, cursorId;
    if (r.query.hasQueryItem(QStringLiteral("cursor"))) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(r.queryValue(QStringLiteral("cursor")).toLatin1(),
                                                                          QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors));
        const QStringList parts = decoded.split(u'|');
        if (parts.size() != 2 || !fromSqlTime(parts[0]).isValid() || !ApiRouter::isValidId(parts[1]))
            return badQuery(QStringLiteral("cursor"), QStringLiteral("The cursor is invalid"), QStringLiteral("invalid_cursor"));
        cursorTime = parts[0];
        cursorId = parts[1];
    }
    const QString order = delta ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString cmp = delta ? QStringLiteral(">") : QStringLiteral("<");
    QString sql = QStringLiteral("SELECT %1 FROM support_tickets t WHERE t.user_id = :u AND (:st = '' OR t.status = :st2) "
                                 "AND (:since = '' OR t.updated_at >= :since2) ")
                      .arg(TicketStore::columns());
    if (!cursorId.isEmpty())
        sql += QStringLiteral("AND (t.updated_at %1 :ct OR (t.updated_at = :ct2 AND t.id %1 :cid)) ").arg(cmp);
    sql += QStringLiteral("ORDER BY t.updated_at %1, t.id %1 LIMIT :lim").arg(order);
    const QDateTime now = r.env->clock->now();
    QSqlQuery q = cursorId.isEmpty()
        ? sqlExec(r.db(), sql, {{":u", r.userId()}, {":st", status}, {":st2", status}, {":since", since},
                                {":since2", since}, {":lim", limit + 1}})
        : sqlExec(r.db(), sql, {{":u", r.userId()}, {":st", status}, {":st2", status}, {":since", since},
                                {":since2", since}, {":ct", cursorTime}, {":ct2", cursorTime}, {":cid", cursorId},
                                {":lim", limit + 1}});
    QJsonArray items;
    QString lastTime, lastId;
    bool more = false;
    while (q.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        items.append(TicketStore::ticketJson(q));
        lastTime = q.value(8).toString();
        lastId = q.value(0).toString();
    }
    const QJsonValue next = more ? QJsonValue(QString::fromLatin1((lastTime + u'|' + lastId).toUtf8().toBase64(
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)))
                                 : QJsonValue();
    return jsonResponse({{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next},
                         {QStringLiteral("server_time"), apiTime(now)}});
}

QHttpServerResponse getTicket(const ApiRequest &r, const QString &id)
{
    DemoTickets::onUserRead(r);
    TicketStore store(r.db());
    // Agents read any ticket (that is how they follow the conversation); users only their own.
    const auto ticket = store.ticket(id, r.auth->isAgent() ? QString() : r.userId());
    if (!ticket)
        return notFound(QStringLiteral("Ticket not found"));
    return jsonResponse(store.detail(*ticket));
}
} // namespace

void registerTicketRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/support/tickets"), Access::User, createTicket);
    router.add(Method::Get, QStringLiteral("/v1/support/tickets"), Access::User, listTickets);
    router.addWithId(Method::Get, QStringLiteral("/v1/support/tickets/<arg>"), Access::User, getTicket);
}

} // namespace okpay::server
