// Messages, typing and read markers of a chat session (the user's side; agents reply through /v1/agent/chats).
#include "auth/ratelimiter.h"
#include "chat/chatlog.h"
#include "chat/chatroutegroups.h"
#include "chat/chatsession.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "support/attachmentstore.h"

namespace okpay::server {

using Method = QHttpServerRequest::Method;

namespace {
QHttpServerResponse listMessages(const ApiRequest &r, const QString &id)
{
    std::optional<QHttpServerResponse> error;
    const auto after = queryInteger(r, QStringLiteral("after_seq"), 0, kMaxSeq, 0, &error);
    const auto limit = queryInteger(r, QStringLiteral("limit"), 1, 200, 50, &error);
    if (error)
        return std::move(*error);
    const QSqlDatabase db = r.db();
    const auto session = ChatSession::load(db, id);
    if (!session || session->roleOf(*r.auth).isEmpty())
        return notFound();
    QJsonArray items = ChatLog::messagesAfter(db, id, *after, int(*limit) + 1);
    const bool hasMore = items.size() > *limit;
    if (hasMore)
        items.removeLast();
    return jsonResponse({{QStringLiteral("items"), items},
                         {QStringLiteral("has_more"), hasMore},
                         {QStringLiteral("last_seq"), session->lastSeq}});
}

QHttpServerResponse sendMessage(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const QString text = body.string(QStringLiteral("body"), 1, 5000);
    if (!body.error() && text.trimmed().isEmpty())
        body.fail(QStringLiteral("body"), QStringLiteral("The message must not be blank"));
    const QStringList files = AttachmentStore::idsFromBody(body);
    if (auto e = body.error())
        return std::move(*e);

    const QDateTime now = r.env->clock->now();
    // A person types far slower than this; the limit only stops scripts flooding the log (resends are free below).
    const QString rateKey = QStringLiteral("chat-messages:") + r.userId();
    if (const int wait = r.env->rateLimiter ? r.env->rateLimiter->retryAfter(rateKey, 60, 60, now) : 0)
        return tooManyRequests(wait);
    const QSqlDatabase db = r.db();
    if (!files.isEmpty() && !AttachmentStore(db).allOwnedBy(files, r.userId()))
        return validationError(QStringLiteral("attachment_ids"), QStringLiteral("No such attachment"),
                               QStringLiteral("attachment_not_found"));
    // 200 = an earlier send with this client_id; 201 = new; 404/409 as below.
    QHttpServerResponse::StatusCode status = Status::Created;
    QJsonObject message;
    ChatLog::withRetry([&] {
        SqlTransaction tx(db, r.env->db->dialect());
        if (auto existing = ChatLog::messageByClientId(db, r.userId(), clientId)) {
            status = Status::Ok;
            message = *existing;
            return;
        }
        const auto session = ChatSession::load(db, id, true);
        if (!session || session->userId != r.userId()) {
            status = Status::NotFound;
            return;
        }
        if (session->isEnded()) {
            status = Status::Conflict;
            return;
        }
        message = ChatLog::appendMessage(db, id, r.userId(), QStringLiteral("user"), session->userName, clientId, text,
                                         now, files);
        tx.commit();
        status = Status::Created;
    });
    if (status == Status::NotFound)
        return notFound();
    if (status == Status::Conflict)
        return chatEnded();
    if (status == Status::Created) {
        if (r.env->rateLimiter)
            r.env->rateLimiter->recordFailure(rateKey, now);
        ChatLog::notifyPersisted(r.env->events, id, QStringLiteral("message"), message.value(u"seq").toInteger());
    }
    return jsonResponse(message, status);
}

QHttpServerResponse typing(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const bool isTyping = body.boolean(QStringLiteral("is_typing"));
    if (auto e = body.error())
        return std::move(*e);
    const QSqlDatabase db = r.db();
    const auto session = ChatSession::load(db, id);
    const QString role = session ? session->roleOf(*r.auth) : QString();
    if (role.isEmpty())
        return notFound();
    if (role == u"agent" && session->agentId != r.userId())
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Accept the chat first"));
    if (session->isEnded())
        return chatEnded();
    if (isTyping && r.env->rateLimiter) {
        // The contract asks for at most one "typing" every 3 s; a little slack for timer jitter on the client.
        const QString key = QStringLiteral("chat-typing:%1:%2").arg(id, role);
        const QDateTime now = r.env->clock->now();
        if (const int wait = r.env->rateLimiter->retryAfter(key, 1, 2, now))
            return tooManyRequests(wait);
        r.env->rateLimiter->recordFailure(key, now);
    }
    ChatLog::notifyEphemeral(r.env->events,
                             ChatLog::ephemeralEvent(id, QStringLiteral("typing"), session->lastSeq,
                                                     {{QStringLiteral("author_role"), role},
                                                      {QStringLiteral("is_typing"), isTyping}},
                                                     r.env->clock->now()));
    return noContent();
}

QHttpServerResponse markRead(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const qint64 upTo = body.integer(QStringLiteral("up_to_seq"), 0, kMaxSeq);
    if (auto e = body.error())
        return std::move(*e);
    const QSqlDatabase db = r.db();
    const QDateTime now = r.env->clock->now();
    int outcome = 0;  // 0 recorded or ignored, 1 not found, 2 forbidden, 3 beyond last seq
    QString role;
    const qint64 seq = ChatLog::withRetry([&]() -> qint64 {
        SqlTransaction tx(db, r.env->db->dialect());
        const auto session = ChatSession::load(db, id, true);
        role = session ? session->roleOf(*r.auth) : QString();
        if (role.isEmpty())
            return outcome = 1, 0;
        if (role == u"agent" && session->agentId != r.userId())
            return outcome = 2, 0;
        if (upTo > session->lastSeq)
            return outcome = 3, 0;
        const qint64 current = role == u"agent" ? session->agentReadSeq : session->userReadSeq;
        if (upTo <= current)
            return 0;  // markers only move forward
        sqlExec(db, role == u"agent" ? QStringLiteral("UPDATE chat_sessions SET agent_read_seq = :seq WHERE id = :id")
                                     : QStringLiteral("UPDATE chat_sessions SET user_read_seq = :seq WHERE id = :id"),
                {{":seq", upTo}, {":id", id}});
        const qint64 seq = ChatLog::appendEvent(db, id, QStringLiteral("read"),
                                                {{QStringLiteral("author_role"), role}, {QStringLiteral("up_to_seq"), upTo}},
                                                {}, now);
        tx.commit();
        return seq;
    });
    if (outcome == 1)
        return notFound();
    if (outcome == 2)
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Accept the chat first"));
    if (outcome == 3)
        return validationError(QStringLiteral("up_to_seq"), QStringLiteral("up_to_seq is beyond the last message"));
    if (seq > 0)
        ChatLog::notifyPersisted(r.env->events, id, QStringLiteral("read"), seq);
    return noContent();
}
} // namespace

void registerChatMessageRoutes(ApiRouter &router, const ChatSettings &)
{
    router.addWithId(Method::Get, QStringLiteral("/v1/chat/sessions/<arg>/messages"), Access::User, listMessages);
    router.addWithId(Method::Post, QStringLiteral("/v1/chat/sessions/<arg>/messages"), Access::User, sendMessage);
    router.addWithId(Method::Post, QStringLiteral("/v1/chat/sessions/<arg>/typing"), Access::User, typing);
    router.addWithId(Method::Post, QStringLiteral("/v1/chat/sessions/<arg>/read"), Access::User, markRead);
}

} // namespace okpay::server
