#include "support/attachmentstore.h"
#include "support/supportroutegroups.h"
#include "support/ticketreferences.h"
#include "support/ticketstore.h"

#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "mail/mailer.h"
#include "storage/sql.h"

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

QJsonObject result(const QJsonObject &ticket, const std::optional<QJsonObject> &message)
{
    return {{QStringLiteral("ticket"), ticket},
            {QStringLiteral("message"), message ? QJsonValue(*message) : QJsonValue()}};
}

// Tells the user there is an answer without copying it into mail: the text stays behind their login.
void notifyUser(const ApiRequest &r, const QString &userId, const QJsonObject &ticket)
{
    if (!r.env->mailer)
        return;
    const auto [name, email] = TicketReferences::userNameAndEmail(r.db(), userId);
    if (email.isEmpty())
        return;
    const QString number = ticket.value(u"number").toString();
    r.env->mailer->send(email, QStringLiteral("New reply to your support ticket %1").arg(number),
                        QStringLiteral("Hello %1,\n\nOur support team has replied to your ticket %2. Open the Help "
                                       "tab in OKPay to read it.\n\nOKPay support never asks for your password, "
                                       "2FA codes, recovery phrase or full card number.")
                            .arg(name, number));
}

QHttpServerResponse agentReply(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const auto text = body.optionalString(QStringLiteral("body"), 1, 20000);
    const auto status = body.optionalOneOf(QStringLiteral("status"), {QStringLiteral("open"), QStringLiteral("pending"),
                                                                      QStringLiteral("solved"), QStringLiteral("closed")});
    const QStringList attachmentIds = AttachmentStore::idsFromBody(body);
    if (!text && !status)
        body.fail(QStringLiteral("body"), QStringLiteral("Send a reply body, a status, or both"));
    if (auto error = body.error())
        return std::move(*error);
    const QSqlDatabase db = r.db();
    TicketStore store(db);
    const auto ticket = store.ticket(id);
    if (!ticket)
        return notFound(QStringLiteral("Ticket not found"));
    if (text) {
        if (auto existing = store.messageByClientId(id, clientId))
            return jsonResponse(result(*ticket, existing));
    }
    if (ticket->value(u"status").toString() == u"closed")
        return errorResponse(Status::Conflict, QStringLiteral("ticket_closed"), QStringLiteral("This ticket is closed"));
    if (!AttachmentStore(db).allOwnedBy(attachmentIds, r.userId()))
        return validationError(QStringLiteral("attachment_ids"), QStringLiteral("No such attachment"),
                               QStringLiteral("attachment_not_found"));
    QString newStatus = status.value_or(QString());
    // An answer without an explicit status waits on the user.
    if (newStatus.isEmpty() && ticket->value(u"status").toString() == u"open")
        newStatus = QStringLiteral("pending");
    const QDateTime now = r.env->clock->now();
    std::optional<QJsonObject> message;
    {
        SqlTransaction tx(db, r.env->db->dialect());
        QSqlQuery current = sqlExec(db, QStringLiteral("SELECT status, user_id FROM support_tickets WHERE id = :id"), {{":id", id}});
        if (!sqlFetchOne(current) || current.value(0).toString() == u"closed")
            return errorResponse(Status::Conflict, QStringLiteral("ticket_closed"), QStringLiteral("This ticket is closed"));
        if (text) {
            const auto [name, email] = TicketReferences::userNameAndEmail(db, r.userId());
            message = store.addMessage(id, {clientId, QStringLiteral("agent"), r.userId(), name.isEmpty() ? email : name,
                                            *text, attachmentIds},
                                       now);
            if (!message)  // a concurrent resend stored it first
                return jsonResponse(result(*store.ticket(id), store.messageByClientId(id, clientId)));
        }
        if (!newStatus.isEmpty())
            store.setStatus(id, newStatus, now);
        tx.commit();
    }
    QSqlQuery owner = sqlExec(db, QStringLiteral("SELECT user_id FROM support_tickets WHERE id = :id"), {{":id", id}});
    const QString ownerId = sqlFetchOne(owner) ? owner.value(0).toString() : QString();
    const QJsonObject updated = *store.ticket(id);
    if (message && !ownerId.isEmpty())
        notifyUser(r, ownerId, updated);
    return jsonResponse(result(updated, message));
}
} // namespace

void registerAgentTicketRoutes(ApiRouter &router)
{
    router.addWithId(Method::Post, QStringLiteral("/v1/agent/tickets/<arg>/replies"), Access::Agent, agentReply);
}

} // namespace okpay::server
