#include "support/ticketstore.h"

#include "support/attachmentstore.h"

#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
QJsonValue optionalTime(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(apiTime(fromSqlTime(value.toString())));
}

QJsonValue optionalText(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
}

const QString kMessageColumns = QStringLiteral("id, ticket_id, client_id, author_role, author_name, body, created_at");
} // namespace

QString TicketStore::columns()
{
    return QStringLiteral("t.id, t.number, t.subject, t.category, t.status, t.transaction_id, t.related_ticket_id, "
                          "t.created_at, t.updated_at, t.solved_at, t.closed_at, t.rating_score, t.rating_comment, "
                          "t.rated_at, t.message_count, t.last_message_at, t.user_id");
}

QJsonObject TicketStore::ticketJson(const QSqlQuery &q)
{
    const QString status = q.value(4).toString();
    const QJsonValue solvedAt = optionalTime(q.value(9));
    QJsonValue reopenUntil;
    if (status == u"solved" && solvedAt.isString())
        reopenUntil = apiTime(fromSqlTime(q.value(9).toString()).addDays(ReopenWindowDays));
    QJsonValue rating;
    if (!q.value(11).isNull() && q.value(11).toInt() > 0)
        rating = QJsonObject{{QStringLiteral("score"), q.value(11).toInt()},
                             {QStringLiteral("comment"), q.value(12).toString()},
                             {QStringLiteral("rated_at"), apiTime(fromSqlTime(q.value(13).toString()))}};
    return {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("number"), q.value(1).toString()},
            {QStringLiteral("subject"), q.value(2).toString()},
            {QStringLiteral("category"), q.value(3).toString()},
            {QStringLiteral("status"), status},
            {QStringLiteral("transaction_id"), optionalText(q.value(5))},
            {QStringLiteral("related_ticket_id"), optionalText(q.value(6))},
            {QStringLiteral("created_at"), apiTime(fromSqlTime(q.value(7).toString()))},
            {QStringLiteral("updated_at"), apiTime(fromSqlTime(q.value(8).toString()))},
            {QStringLiteral("solved_at"), solvedAt},
            {QStringLiteral("closed_at"), optionalTime(q.value(10))},
            {QStringLiteral("reopen_until"), reopenUntil},
            {QStringLiteral("rating"), rating},
            {QStringLiteral("message_count"), q.value(14).toLongLong()},
            {QStringLiteral("last_message_at"), apiTime(fromSqlTime(q.value(15).toString()))}};
}

std::optional<QJsonObject> TicketStore::ticket(const QString &id, const QString &userId) const
{
    QSqlQuery q = userId.isEmpty()
        ? sqlExec(m_db, QStringLiteral("SELECT %1 FROM support_tickets t WHERE t.id = :id").arg(columns()), {{":id", id}})
        : sqlExec(m_db, QStringLiteral("SELECT %1 FROM support_tickets t WHERE t.id = :id AND t.user_id = :u").arg(columns()),
                  {{":id", id}, {":u", userId}});
    if (!sqlFetchOne(q))
        return std::nullopt;
    return ticketJson(q);
}

std::optional<QJsonObject> TicketStore::ticketByClientId(const QString &userId, const QString &clientId) const
{
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("SELECT %1 FROM support_tickets t WHERE t.user_id = :u AND t.client_id = :c").arg(columns()),
                          {{":u", userId}, {":c", clientId}});
    if (!sqlFetchOne(q))
        return std::nullopt;
    return ticketJson(q);
}

QJsonObject TicketStore::messageJson(const QSqlQuery &q) const
{
    QJsonObject message = messageJsonWithoutAttachments(q);
    message.insert(QStringLiteral("attachments"), AttachmentStore(m_db).linkedTo(q.value(0).toString()));
    return message;
}

QJsonObject TicketStore::messageJsonWithoutAttachments(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("ticket_id"), q.value(1).toString()},
            {QStringLiteral("client_id"), optionalText(q.value(2))},
            {QStringLiteral("author_role"), q.value(3).toString()},
            {QStringLiteral("author_name"), q.value(4).toString()},
            {QStringLiteral("body"), q.value(5).toString()},
            {QStringLiteral("created_at"), apiTime(fromSqlTime(q.value(6).toString()))}};
}

QJsonArray TicketStore::messages(const QString &ticketId) const
{
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("SELECT %1 FROM support_ticket_messages WHERE ticket_id = :t ORDER BY created_at, id")
                              .arg(kMessageColumns),
                          {{":t", ticketId}});
    // Rows first, attachments after: QPSQL streams a forward-only result, so no second query may run inside the loop.
    QList<QJsonObject> rows;
    while (q.next())
        rows.append(messageJsonWithoutAttachments(q));
    QJsonArray result;
    for (QJsonObject &row : rows) {
        row.insert(QStringLiteral("attachments"), AttachmentStore(m_db).linkedTo(row.value(u"id").toString()));
        result.append(row);
    }
    return result;
}

QJsonObject TicketStore::detail(const QJsonObject &ticket) const
{
    QJsonObject result = ticket;
    result.insert(QStringLiteral("messages"), messages(ticket.value(u"id").toString()));
    return result;
}

std::optional<QJsonObject> TicketStore::messageByClientId(const QString &ticketId, const QString &clientId) const
{
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("SELECT %1 FROM support_ticket_messages WHERE ticket_id = :t AND client_id = :c")
                              .arg(kMessageColumns),
                          {{":t", ticketId}, {":c", clientId}});
    if (!sqlFetchOne(q))
        return std::nullopt;
    return messageJson(q);
}

QString TicketStore::nextNumber() const
{
    QSqlQuery q = sqlExec(m_db,
                          QStringLiteral("UPDATE support_counters SET value = value + 1 WHERE name = :n RETURNING value"),
                          {{":n", QStringLiteral("ticket_number")}});
    if (!sqlFetchOne(q))
        throw SqlError("ticket number counter missing");
    return QStringLiteral("OK-%1").arg(q.value(0).toLongLong());
}

std::optional<QJsonObject> TicketStore::addMessage(const QString &ticketId, const NewMessage &m,
                                                  const QDateTime &now) const
{
    const QString id = Ids::newId("tkm");
    const QString at = sqlTime(now);
    const QSqlQuery insert = sqlExec(
        m_db,
        QStringLiteral("INSERT INTO support_ticket_messages (id, ticket_id, client_id, author_role, author_id, "
                       "author_name, body, created_at) VALUES (:id, :t, :c, :r, :a, :n, :b, :at) ON CONFLICT DO NOTHING"),
            {{":id", id}, {":t", ticketId}, {":c", m.clientId.isEmpty() ? QVariant() : QVariant(m.clientId)},
             {":r", m.authorRole}, {":a", m.authorId.isEmpty() ? QVariant() : QVariant(m.authorId)},
             {":n", m.authorName}, {":b", m.body}, {":at", at}});
    if (insert.numRowsAffected() != 1)
        return std::nullopt;
    AttachmentStore(m_db).link(id, m.attachmentIds);
    sqlExec(m_db,
            QStringLiteral("UPDATE support_tickets SET message_count = message_count + 1, last_message_at = :at, "
                           "updated_at = :at2 WHERE id = :t"),
            {{":at", at}, {":at2", at}, {":t", ticketId}});
    QSqlQuery q = sqlExec(m_db, QStringLiteral("SELECT %1 FROM support_ticket_messages WHERE id = :id").arg(kMessageColumns),
                          {{":id", id}});
    sqlFetchOne(q);
    return messageJson(q);
}

void TicketStore::setStatus(const QString &ticketId, const QString &status, const QDateTime &now) const
{
    const QString at = sqlTime(now);
    const QVariant solvedAt = status == u"solved" ? QVariant(at) : QVariant();
    const QVariant closedAt = status == u"closed" ? QVariant(at) : QVariant();
    sqlExec(m_db,
            QStringLiteral("UPDATE support_tickets SET status = :s, solved_at = CASE WHEN :keep = 1 THEN solved_at ELSE "
                           ":solved END, closed_at = :closed, updated_at = :at WHERE id = :t"),
            {{":s", status}, {":keep", status == u"closed" ? 1 : 0}, {":solved", solvedAt}, {":closed", closedAt},
             {":at", at}, {":t", ticketId}});
}

} // namespace okpay::server
