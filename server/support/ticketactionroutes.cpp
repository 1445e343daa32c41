#include "support/attachmentstore.h"
#include "support/supportroutegroups.h"
#include "support/supportthrottle.h"
#include "support/ticketreferences.h"
#include "support/ticketstore.h"

#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

QHttpServerResponse conflict(const QString &code, const QString &message)
{
    return errorResponse(Status::Conflict, code, message);
}

TicketStore::NewMessage userMessage(const ApiRequest &r, const QString &clientId, const QString &text,
                                    const QStringList &attachmentIds)
{
    const auto [name, email] = TicketReferences::userNameAndEmail(r.db(), r.userId());
    return {clientId, QStringLiteral("user"), r.userId(), name.isEmpty() ? email : name, text, attachmentIds};
}

QHttpServerResponse reply(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const QString text = body.string(QStringLiteral("body"), 1, 20000);
    const QStringList attachmentIds = AttachmentStore::idsFromBody(body);
    if (auto error = body.error())
        return std::move(*error);
    const QSqlDatabase db = r.db();
    TicketStore store(db);
    const auto ticket = store.ticket(id, r.userId());
    if (!ticket)
        return notFound(QStringLiteral("Ticket not found"));
    if (auto existing = store.messageByClientId(id, clientId))
        return jsonResponse(*existing, Status::Ok);
    if (!AttachmentStore(db).allOwnedBy(attachmentIds, r.userId()))
        return validationError(QStringLiteral("attachment_ids"), QStringLiteral("No such attachment"),
                               QStringLiteral("attachment_not_found"));
    if (auto limited = SupportThrottle::check(r, QStringLiteral("ticket-reply"), 200))
        return std::move(*limited);
    const TicketStore::NewMessage message = userMessage(r, clientId, text, attachmentIds);
    const QDateTime now = r.env->clock->now();
    std::optional<QJsonObject> created;
    {
        SqlTransaction tx(db, r.env->db->dialect());
        // Only an open or pending ticket takes replies; the user's answer puts a pending ticket back in the queue.
        const QSqlQuery update = sqlExec(db,
                                         QStringLiteral("UPDATE support_tickets SET status = 'open', updated_at = :at "
                                                        "WHERE id = :id AND status IN ('open', 'pending')"),
                                         {{":at", sqlTime(now)}, {":id", id}});
        if (update.numRowsAffected() != 1) {
            const QString status = store.ticket(id)->value(u"status").toString();
            if (status == u"closed")
                return conflict(QStringLiteral("ticket_closed"), QStringLiteral("This ticket is closed; open a new one"));
            return conflict(QStringLiteral("ticket_solved"), QStringLiteral("This ticket is solved; reopen it to reply"));
        }
        created = store.addMessage(id, message, now);
        if (created)
            tx.commit();
    }
    if (created)
        return jsonResponse(*created, Status::Created);
    return jsonResponse(*store.messageByClientId(id, clientId), Status::Ok);
}

QHttpServerResponse reopen(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body, /*allowEmpty=*/true);
    QString clientId, text;
    if (!body.object().isEmpty()) {  // the reason is optional: no body and {} both mean none
        clientId = body.uuid(QStringLiteral("client_id"));
        text = body.string(QStringLiteral("body"), 1, 20000);
    }
    if (auto error = body.error())
        return std::move(*error);
    const QSqlDatabase db = r.db();
    TicketStore store(db);
    const auto ticket = store.ticket(id, r.userId());
    if (!ticket)
        return notFound(QStringLiteral("Ticket not found"));
    if (!clientId.isEmpty() && store.messageByClientId(id, clientId))
        return jsonResponse(store.detail(*ticket));  // a resend of a reopen that already happened
    const QString status = ticket->value(u"status").toString();
    if (status == u"closed")
        return conflict(QStringLiteral("ticket_closed"), QStringLiteral("A closed ticket cannot be reopened; open a new "
                                                                        "ticket and set related_ticket_id to %1").arg(id));
    if (status != u"solved")
        return conflict(QStringLiteral("ticket_not_solved"), QStringLiteral("Only a solved ticket can be reopened"));
    const QDateTime now = r.env->clock->now();
    const QDateTime until = QDateTime::fromString(ticket->value(u"reopen_until").toString(), Qt::ISODate);
    if (!until.isValid() || now >= until)
        return conflict(QStringLiteral("reopen_window_expired"),
                        QStringLiteral("This ticket was solved more than %1 days ago; open a new ticket and set "
                                       "related_ticket_id to %2")
                            .arg(TicketStore::ReopenWindowDays)
                            .arg(id));
    const auto message = text.isEmpty() ? std::nullopt
                                        : std::optional(userMessage(r, clientId, text, {}));
    SqlTransaction tx(db, r.env->db->dialect());
    const QSqlQuery update = sqlExec(db,
                                     QStringLiteral("UPDATE support_tickets SET status = 'open', solved_at = NULL, "
                                                    "updated_at = :at WHERE id = :id AND status = 'solved'"),
                                     {{":at", sqlTime(now)}, {":id", id}});
    if (update.numRowsAffected() != 1)
        return conflict(QStringLiteral("ticket_not_solved"), QStringLiteral("Only a solved ticket can be reopened"));
    if (message)
        store.addMessage(id, *message, now);
    tx.commit();
    return jsonResponse(store.detail(*store.ticket(id)));
}

QHttpServerResponse close(const ApiRequest &r, const QString &id)
{
    const QSqlDatabase db = r.db();
    TicketStore store(db);
    const auto ticket = store.ticket(id, r.userId());
    if (!ticket)
        return notFound(QStringLiteral("Ticket not found"));
    SqlTransaction tx(db, r.env->db->dialect());
    const QString at = sqlTime(r.env->clock->now());
    const QSqlQuery update = sqlExec(db,
                                     QStringLiteral("UPDATE support_tickets SET status = 'closed', closed_at = :at, "
                                                    "updated_at = :at2 WHERE id = :id AND status <> 'closed'"),
                                     {{":at", at}, {":at2", at}, {":id", id}});
    if (update.numRowsAffected() != 1)
        return conflict(QStringLiteral("ticket_closed"), QStringLiteral("This ticket is already closed"));
    tx.commit();
    return jsonResponse(*store.ticket(id));
}

QHttpServerResponse rate(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const qint64 score = body.integer(QStringLiteral("score"), 1, 5);
    const QString comment = body.optionalString(QStringLiteral("comment"), 0, 2000).value_or(QString());
    if (auto error = body.error())
        return std::move(*error);
    const QSqlDatabase db = r.db();
    TicketStore store(db);
    if (!store.ticket(id, r.userId()))
        return notFound(QStringLiteral("Ticket not found"));
    const QString at = sqlTime(r.env->clock->now());
    const QSqlQuery update = sqlExec(db,
                                     QStringLiteral("UPDATE support_tickets SET rating_score = :s, rating_comment = :c, "
                                                    "rated_at = :at, updated_at = :at2 WHERE id = :id AND status IN "
                                                    "('solved', 'closed')"),
                                     {{":s", score}, {":c", comment}, {":at", at}, {":at2", at}, {":id", id}});
    if (update.numRowsAffected() != 1)
        return conflict(QStringLiteral("ticket_not_solved"), QStringLiteral("Only a solved or closed ticket can be rated"));
    return jsonResponse(store.ticket(id)->value(u"rating").toObject());
}
} // namespace

void registerTicketActionRoutes(ApiRouter &router)
{
    router.addWithId(Method::Post, QStringLiteral("/v1/support/tickets/<arg>/replies"), Access::User, reply);
    router.addWithId(Method::Post, QStringLiteral("/v1/support/tickets/<arg>/reopen"), Access::User, reopen);
    router.addWithId(Method::Post, QStringLiteral("/v1/support/tickets/<arg>/close"), Access::User, close);
    router.addWithId(Method::Put, QStringLiteral("/v1/support/tickets/<arg>/rating"), Access::User, rate);
}

} // namespace okpay::server
