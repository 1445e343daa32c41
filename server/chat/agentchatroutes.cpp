// The agent's side of live chat: the queue, accepting a chat, replying.
#include "chat/chatlog.h"
#include "chat/chatqueue.h"
#include "chat/chatroutegroups.h"
#include "config/serverconfig.h"
#include "funding/topupsettlement.h"
#include "chat/chatsession.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/sqltime.h"
#include "support/agentticketqueue.h"
#include "support/attachmentstore.h"

namespace okpay::server {

using Method = QHttpServerRequest::Method;

namespace {
QHttpServerResponse queues(const ApiRequest &r)
{
    std::optional<QHttpServerResponse> error;
    const auto limit = queryInteger(r, QStringLiteral("limit"), 1, 200, 50, &error);
    if (error)
        return std::move(*error);
    const QSqlDatabase db = r.db();
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id FROM chat_sessions WHERE status = :queued "
                                             "ORDER BY created_at, id LIMIT :limit"),
                          {{":queued", QStringLiteral("queued")}, {":limit", *limit}});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QJsonArray chats;
    for (const QString &id : std::as_const(ids)) {
        if (const auto session = ChatSession::load(db, id))
            chats.append(session->toJson(db, true));
    }
    return jsonResponse({{QStringLiteral("waiting_chats"), chats},
                         {QStringLiteral("open_tickets"), openTicketsForAgents(db, int(*limit))},
                         {QStringLiteral("pending_topups"),
                          TopUpSettlement::pendingForAgents(db, r.env->config->section(QStringLiteral("funding"))
                                                                    .value(u"bank_transfer_instructions").toObject(),
                                                            int(*limit))},
                         {QStringLiteral("server_time"), apiTime(r.env->clock->now())}});
}

QString agentName(const QSqlDatabase &db, const QString &agentId)
{
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT name FROM users WHERE id = :id"), {{":id", agentId}});
    return q.next() ? q.value(0).toString() : QStringLiteral("Agent");
}

QHttpServerResponse accept(const ApiRequest &r, const QString &id, const ChatSettings &settings)
{
    const QSqlDatabase db = r.db();
    const QDateTime now = r.env->clock->now();
    const QString name = agentName(db, r.userId());
    enum { Joined, Already, Missing, Ended, Taken } outcome = Joined;
    qint64 seq = 0;
    ChatLog::withRetry([&] {
        SqlTransaction tx(db, r.env->db->dialect());
        const auto session = ChatSession::load(db, id, true);
        if (!session) {
            outcome = Missing;
            return;
        }
        if (session->isEnded()) {
            outcome = Ended;
            return;
        }
        if (!session->isQueued()) {
            outcome = session->agentId == r.userId() ? Already : Taken;
            return;
        }
        // Conditional, so two agents accepting at once cannot both win.
        QSqlQuery update = sqlExec(db, QStringLiteral("UPDATE chat_sessions SET status = 'active', agent_id = :agent, "
                                                      "agent_name = :name, accepted_at = :now WHERE id = :id AND status = 'queued'"),
                                   {{":agent", r.userId()}, {":name", name}, {":now", sqlTime(now)}, {":id", id}});
        if (update.numRowsAffected() != 1) {
            outcome = Taken;
            return;
        }
        seq = ChatLog::appendEvent(db, id, QStringLiteral("agent_joined"),
                                   {{QStringLiteral("id"), r.userId()}, {QStringLiteral("display_name"), name}}, {}, now);
        tx.commit();
        outcome = Joined;
    });
    switch (outcome) {
    case Missing: return notFound();
    case Ended: return chatEnded();
    case Taken:
        return errorResponse(Status::Conflict, QStringLiteral("chat_already_accepted"),
                             QStringLiteral("Another agent has accepted this chat"));
    case Joined:
        ChatLog::notifyPersisted(r.env->events, id, QStringLiteral("agent_joined"), seq);
        ChatQueue::announcePositions(db, r.env->events, settings.waitPerPositionSecs);
        break;
    case Already: break;
    }
    return jsonResponse(ChatSession::load(db, id)->toJson(db, true));
}

QHttpServerResponse reply(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const QString text = body.string(QStringLiteral("body"), 1, 5000);
    if (!body.error() && text.trimmed().isEmpty())
        body.fail(QStringLiteral("body"), QStringLiteral("The message must not be blank"));
    const QStringList files = AttachmentStore::idsFromBody(body);
    if (auto e = body.error())
        return std::move(*e);
    const QSqlDatabase db = r.db();
    if (!files.isEmpty() && !AttachmentStore(db).allOwnedBy(files, r.userId()))
        return validationError(QStringLiteral("attachment_ids"), QStringLiteral("No such attachment"),
                               QStringLiteral("attachment_not_found"));
    const QDateTime now = r.env->clock->now();
    enum { Created, Existing, Missing, Ended, NotAssigned } outcome = Created;
    QJsonObject message;
    ChatLog::withRetry([&] {
        SqlTransaction tx(db, r.env->db->dialect());
        if (auto existing = ChatLog::messageByClientId(db, r.userId(), clientId)) {
            message = *existing;
            outcome = Existing;
            return;
        }
        const auto session = ChatSession::load(db, id, true);
        if (!session) {
            outcome = Missing;
            return;
        }
        if (session->agentId != r.userId()) {
            outcome = NotAssigned;
            return;
        }
        if (session->isEnded()) {
            outcome = Ended;
            return;
        }
        message = ChatLog::appendMessage(db, id, r.userId(), QStringLiteral("agent"), session->agentName, clientId, text,
                                         now, files);
        tx.commit();
        outcome = Created;
    });
    switch (outcome) {
    case Missing: return notFound();
    case Ended: return chatEnded();
    case NotAssigned:
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Only the agent who accepted the chat may reply"));
    case Existing: return jsonResponse(message);
    case Created: break;
    }
    ChatLog::notifyPersisted(r.env->events, id, QStringLiteral("message"), message.value(u"seq").toInteger());
    return jsonResponse(message, Status::Created);
}
} // namespace

void registerAgentChatRoutes(ApiRouter &router, const ChatSettings &settings)
{
    router.add(Method::Get, QStringLiteral("/v1/agent/queues"), Access::Agent, queues);
    router.addWithId(Method::Post, QStringLiteral("/v1/agent/chats/<arg>/accept"), Access::Agent,
                     [settings](const ApiRequest &r, const QString &id) { return accept(r, id, settings); });
    router.addWithId(Method::Post, QStringLiteral("/v1/agent/chats/<arg>/messages"), Access::Agent, reply);
}

} // namespace okpay::server
