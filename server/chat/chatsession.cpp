#include "chat/chatsession.h"

#include "http/apirequest.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

namespace okpay::server {

namespace {
const QString kColumns = QStringLiteral(
    "s.id, s.user_id, u.name, s.client_id, s.subject, s.transaction_id, s.locale, s.status, s.agent_id, s.agent_name, "
    "s.last_seq, s.user_read_seq, s.agent_read_seq, s.created_at, s.updated_at, s.accepted_at, s.ended_at, s.ended_by, "
    "s.rating_score, s.rating_comment, s.rated_at");

ChatSession fromQuery(const QSqlQuery &q)
{
    ChatSession s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.userName = q.value(2).toString();
    s.clientId = q.value(3).toString();
    s.subject = q.value(4).toString();
    s.transactionId = q.value(5).toString();
    s.locale = q.value(6).toString();
    s.status = q.value(7).toString();
    s.agentId = q.value(8).toString();
    s.agentName = q.value(9).toString();
    s.lastSeq = q.value(10).toLongLong();
    s.userReadSeq = q.value(11).toLongLong();
    s.agentReadSeq = q.value(12).toLongLong();
    s.createdAt = q.value(13).toString();
    s.updatedAt = q.value(14).toString();
    s.acceptedAt = q.value(15).toString();
    s.endedAt = q.value(16).toString();
    s.endedBy = q.value(17).toString();
    if (!q.value(18).isNull())
        s.ratingScore = q.value(18).toInt();
    s.ratingComment = q.value(19).toString();
    s.ratedAt = q.value(20).toString();
    return s;
}

std::optional<ChatSession> fetch(QSqlQuery q)
{
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QJsonValue timeOrNull(const QString &sqlText)
{
    return sqlText.isEmpty() ? QJsonValue() : QJsonValue(apiTime(fromSqlTime(sqlText)));
}
} // namespace

std::optional<ChatSession> ChatSession::load(const QSqlDatabase &db, const QString &id, bool forUpdate)
{
    if (forUpdate && db.driverName() == u"QPSQL")
        sqlExec(db, QStringLiteral("SELECT id FROM chat_sessions WHERE id = :id FOR UPDATE"), {{":id", id}});
    return fetch(sqlExec(db, QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM chat_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = :id"),
                         {{":id", id}}));
}

std::optional<ChatSession> ChatSession::findByClientId(const QSqlDatabase &db, const QString &userId, const QString &clientId)
{
    return fetch(sqlExec(db, QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM chat_sessions s JOIN users u ON u.id = s.user_id "
                                                "WHERE s.user_id = :user AND s.client_id = :client"),
                         {{":user", userId}, {":client", clientId}}));
}

std::optional<ChatSession> ChatSession::findOpen(const QSqlDatabase &db, const QString &userId)
{
    return fetch(sqlExec(db, QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM chat_sessions s JOIN users u ON u.id = s.user_id "
                                                "WHERE s.user_id = :user AND s.status <> 'ended'"),
                         {{":user", userId}}));
}

QString ChatSession::roleOf(const AuthContext &auth) const
{
    if (auth.userId == userId)
        return QStringLiteral("user");
    if (auth.isAgent())
        return QStringLiteral("agent");
    return {};
}

qint64 ChatSession::queuePosition(const QSqlDatabase &db) const
{
    if (!isQueued())
        return 0;
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT COUNT(*) FROM chat_sessions WHERE status = 'queued' AND "
                                             "(created_at < :created OR (created_at = :created2 AND id <= :id))"),
                          {{":created", createdAt}, {":created2", createdAt}, {":id", id}});
    return q.next() ? q.value(0).toLongLong() : 1;
}

QJsonObject ChatSession::ratingJson() const
{
    if (!ratingScore)
        return {};
    return {{QStringLiteral("score"), *ratingScore},
            {QStringLiteral("comment"), ratingComment},
            {QStringLiteral("rated_at"), apiTime(fromSqlTime(ratedAt))}};
}

QJsonObject ChatSession::toJson(const QSqlDatabase &db, bool agentView) const
{
    const qint64 position = queuePosition(db);
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("queue_position"), position > 0 ? QJsonValue(position) : QJsonValue()},
        {QStringLiteral("agent"), agentId.isEmpty() ? QJsonValue()
                                                    : QJsonValue(QJsonObject{{QStringLiteral("id"), agentId},
                                                                             {QStringLiteral("display_name"), agentName}})},
        {QStringLiteral("transaction_id"), transactionId.isEmpty() ? QJsonValue() : QJsonValue(transactionId)},
        {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("created_at"), apiTime(fromSqlTime(createdAt))},
        {QStringLiteral("updated_at"), apiTime(fromSqlTime(updatedAt))},
        {QStringLiteral("accepted_at"), timeOrNull(acceptedAt)},
        {QStringLiteral("ended_at"), timeOrNull(endedAt)},
        {QStringLiteral("ended_by"), endedBy.isEmpty() ? QJsonValue() : QJsonValue(endedBy)},
        {QStringLiteral("rating"), ratingScore ? QJsonValue(ratingJson()) : QJsonValue()},
    };
    if (agentView)
        json.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId}, {QStringLiteral("display_name"), userName}});
    return json;
}

} // namespace okpay::server
