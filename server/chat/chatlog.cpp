#include "chat/chatlog.h"

#include "events/eventbus.h"
#include "storage/ids.h"
#include "storage/sqltime.h"
#include "support/attachmentstore.h"

#include <QJsonDocument>

namespace okpay::server {

namespace {
const QString kMessageColumns =
    QStringLiteral("m.id, m.session_id, m.seq, m.client_id, m.author_role, m.author_name, m.body, m.created_at, "
                   "m.attachment_count");

QJsonObject messageFrom(const QSqlDatabase &db, const QSqlQuery &q, int offset = 0)
{
    const QString clientId = q.value(offset + 3).toString();
    const bool hasFiles = q.value(offset + 8).toInt() > 0;
    return {{QStringLiteral("id"), q.value(offset).toString()},
            {QStringLiteral("session_id"), q.value(offset + 1).toString()},
            {QStringLiteral("seq"), q.value(offset + 2).toLongLong()},
            {QStringLiteral("client_id"), clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)},
            {QStringLiteral("author_role"), q.value(offset + 4).toString()},
            {QStringLiteral("author_name"), q.value(offset + 5).toString()},
            {QStringLiteral("body"), q.value(offset + 6).toString()},
            {QStringLiteral("attachments"), hasFiles ? AttachmentStore(db).linkedTo(q.value(offset).toString()) : QJsonArray()},
            {QStringLiteral("created_at"), apiTime(fromSqlTime(q.value(offset + 7).toString()))}};
}
} // namespace

qint64 ChatLog::appendEvent(const QSqlDatabase &db, const QString &sessionId, const QString &kind,
                            const QJsonObject &data, const QString &messageId, const QDateTime &now)
{
    // Locks the session row first on PostgreSQL, so concurrent appenders queue here instead of colliding on seq.
    sqlExec(db, QStringLiteral("UPDATE chat_sessions SET updated_at = :now WHERE id = :id"),
            {{":now", sqlTime(now)}, {":id", sessionId}});
    QSqlQuery max = sqlExec(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM chat_events WHERE session_id = :id"),
                            {{":id", sessionId}});
    const qint64 seq = (max.next() ? max.value(0).toLongLong() : 0) + 1;
    sqlExec(db, QStringLiteral("INSERT INTO chat_events (session_id, seq, kind, message_id, data, created_at) "
                               "VALUES (:session, :seq, :kind, :message, :data, :now)"),
            {{":session", sessionId}, {":seq", seq}, {":kind", kind},
             {":message", messageId.isEmpty() ? QVariant() : QVariant(messageId)},
             {":data", QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
             {":now", sqlTime(now)}});
    sqlExec(db, QStringLiteral("UPDATE chat_sessions SET last_seq = :seq WHERE id = :id"), {{":seq", seq}, {":id", sessionId}});
    return seq;
}

QJsonObject ChatLog::appendMessage(const QSqlDatabase &db, const QString &sessionId, const QString &authorId,
                                   const QString &authorRole, const QString &authorName, const QString &clientId,
                                   const QString &body, const QDateTime &now, const QStringList &attachmentIds)
{
    const QString id = Ids::newId("cmsg");
    const qint64 seq = appendEvent(db, sessionId, QStringLiteral("message"), {}, id, now);
    sqlExec(db, QStringLiteral("INSERT INTO chat_messages (id, session_id, seq, client_id, author_id, author_role, "
                               "author_name, body, created_at, attachment_count) VALUES (:id, :session, :seq, :client, "
                               ":author, :role, :name, :body, :now, :files)"),
            {{":id", id}, {":session", sessionId}, {":seq", seq},
             {":client", clientId.isEmpty() ? QVariant() : QVariant(clientId)},
             {":author", authorId.isEmpty() ? QVariant() : QVariant(authorId)}, {":role", authorRole},
             {":name", authorName}, {":body", body}, {":now", sqlTime(now)}, {":files", int(attachmentIds.size())}});
    const AttachmentStore files(db);
    files.link(id, attachmentIds);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("session_id"), sessionId},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("client_id"), clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)},
            {QStringLiteral("author_role"), authorRole},
            {QStringLiteral("author_name"), authorName},
            {QStringLiteral("body"), body},
            {QStringLiteral("attachments"), attachmentIds.isEmpty() ? QJsonArray() : files.linkedTo(id)},
            {QStringLiteral("created_at"), apiTime(fromSqlTime(sqlTime(now)))}};
}

std::optional<QJsonObject> ChatLog::messageByClientId(const QSqlDatabase &db, const QString &authorId,
                                                      const QString &clientId)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT ") + kMessageColumns +
                                  QStringLiteral(" FROM chat_messages m WHERE m.author_id = :author AND m.client_id = :client"),
                          {{":author", authorId}, {":client", clientId}});
    if (!q.next())
        return std::nullopt;
    return messageFrom(db, q);
}

QJsonArray ChatLog::messagesAfter(const QSqlDatabase &db, const QString &sessionId, qint64 afterSeq, int limit)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT ") + kMessageColumns +
                                  QStringLiteral(" FROM chat_messages m WHERE m.session_id = :session AND m.seq > :after "
                                                 "ORDER BY m.seq LIMIT :limit"),
                          {{":session", sessionId}, {":after", afterSeq}, {":limit", limit}});
    QJsonArray items;
    while (q.next())
        items.append(messageFrom(db, q));
    return items;
}

QJsonArray ChatLog::eventsAfter(const QSqlDatabase &db, const QString &sessionId, qint64 afterSeq, int limit)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT e.seq, e.kind, e.data, e.created_at, ") + kMessageColumns +
                                  QStringLiteral(" FROM chat_events e LEFT JOIN chat_messages m ON m.id = e.message_id "
                                                 "WHERE e.session_id = :session AND e.seq > :after ORDER BY e.seq LIMIT :limit"),
                          {{":session", sessionId}, {":after", afterSeq}, {":limit", limit}});
    QJsonArray events;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        QJsonObject event{{QStringLiteral("type"), kind},
                          {QStringLiteral("session_id"), sessionId},
                          {QStringLiteral("seq"), q.value(0).toLongLong()},
                          {QStringLiteral("ephemeral"), false},
                          {QStringLiteral("sent_at"), apiTime(fromSqlTime(q.value(3).toString()))}};
        if (kind == u"message")
            event.insert(kind, messageFrom(db, q, 4));
        else
            event.insert(kind, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        events.append(event);
    }
    return events;
}

QJsonObject ChatLog::ephemeralEvent(const QString &sessionId, const QString &type, qint64 lastSeq,
                                    const QJsonObject &payload, const QDateTime &now)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("session_id"), sessionId},
            {QStringLiteral("seq"), lastSeq},
            {QStringLiteral("ephemeral"), true},
            {QStringLiteral("sent_at"), apiTime(now)},
            {type, payload}};
}

void ChatLog::notifyPersisted(EventBus *bus, const QString &sessionId, const QString &kind, qint64 seq)
{
    if (bus)
        bus->publish(topic(sessionId), {{QStringLiteral("kind"), kind}, {QStringLiteral("seq"), seq}});
}

void ChatLog::notifyEphemeral(EventBus *bus, const QJsonObject &event)
{
    if (bus)
        bus->publish(topic(event.value(u"session_id").toString()),
                     {{QStringLiteral("kind"), event.value(u"type").toString()},
                      {QStringLiteral("seq"), event.value(u"seq")},
                      {QStringLiteral("event"), event}});
}

bool ChatLog::isUniqueViolation(const SqlError &error)
{
    const QString text = QString::fromUtf8(error.what());
    return text.contains(u"UNIQUE constraint", Qt::CaseInsensitive) || text.contains(u"duplicate key", Qt::CaseInsensitive)
           || text.contains(u"23505");
}

} // namespace okpay::server
