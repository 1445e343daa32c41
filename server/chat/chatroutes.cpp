#include "chat/chatroutes.h"

#include "chat/chatlog.h"
#include "chat/chatlongpoll.h"
#include "chat/chatqueue.h"
#include "chat/chatroutegroups.h"
#include "chat/chatsession.h"
#include "chat/chatsockethub.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "storage/ids.h"
#include "storage/sqltime.h"
#include "support/ticketreferences.h"

#include <QLocale>

namespace okpay::server {

using Method = QHttpServerRequest::Method;

std::optional<qint64> queryInteger(const ApiRequest &r, const QString &key, qint64 min, qint64 max, qint64 fallback,
                                   std::optional<QHttpServerResponse> *error)
{
    if (!r.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = r.queryValue(key).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                               QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max), key);
        return std::nullopt;
    }
    return value;
}

QHttpServerResponse chatEnded()
{
    return errorResponse(Status::Conflict, QStringLiteral("chat_ended"), QStringLiteral("This chat has ended"));
}

namespace {

QHttpServerResponse createSession(const ApiRequest &r, const ChatSettings &settings)
{
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    const QString subject = body.string(QStringLiteral("subject"), 1, 200);
    const auto firstMessage = body.optionalString(QStringLiteral("first_message"), 1, 5000);
    const auto transactionId = body.optionalId(QStringLiteral("transaction_id"));
    const auto locale = body.optionalOneOf(QStringLiteral("locale"), {QStringLiteral("en"), QStringLiteral("zh_CN")});
    if (!body.error() && subject.trimmed().isEmpty())
        body.fail(QStringLiteral("subject"), QStringLiteral("The subject must not be blank"));
    if (auto e = body.error())
        return std::move(*e);

    const QSqlDatabase db = r.db();
    const QDateTime now = r.env->clock->now();
    if (auto existing = ChatSession::findByClientId(db, r.userId(), clientId))
        return jsonResponse(existing->toJson(db, false));
    if (transactionId && !TicketReferences::transactionBelongsTo(db, *transactionId, r.userId()))
        return validationError(QStringLiteral("transaction_id"), QStringLiteral("No such transaction in your account"));
    if (auto open = ChatSession::findOpen(db, r.userId()))
        return jsonResponse(open->toJson(db, false));
    if (!settings.alwaysOpen && !settings.hours.isOpen(now)) {
        const auto next = settings.hours.nextOpening(now);
        QJsonObject error{{QStringLiteral("code"), QStringLiteral("support_closed")},
                          {QStringLiteral("message"),
                           next ? QStringLiteral("Live chat is closed; it opens %1 (UTC). Tickets and email are always open.")
                                      .arg(apiTime(*next))
                                : QStringLiteral("Live chat is closed. Tickets and email are always open.")},
                          {QStringLiteral("next_open_at"), next ? QJsonValue(apiTime(*next)) : QJsonValue()}};
        return jsonResponse({{QStringLiteral("error"), error}}, Status::Conflict);
    }

    const auto created = ChatLog::withRetry([&]() -> std::pair<QString, qint64> {
        SqlTransaction tx(db, r.env->db->dialect());
        if (auto existing = ChatSession::findByClientId(db, r.userId(), clientId))
            return {existing->id, -1};
        if (auto open = ChatSession::findOpen(db, r.userId()))
            return {open->id, -1};
        const QString id = Ids::newId("chat");
        QSqlQuery user = sqlExec(db, QStringLiteral("SELECT name, locale FROM users WHERE id = :id"), {{":id", r.userId()}});
        user.next();
        const QString userName = user.value(0).toString();
        sqlExec(db, QStringLiteral("INSERT INTO chat_sessions (id, user_id, client_id, subject, transaction_id, locale, "
                                   "status, created_at, updated_at) VALUES (:id, :user, :client, :subject, :txn, :locale, "
                                   ":status, :now, :now2)"),
                {{":id", id}, {":user", r.userId()}, {":client", clientId}, {":subject", subject},
                 {":txn", transactionId ? QVariant(*transactionId) : QVariant()},
                 {":locale", locale.value_or(user.value(1).toString())}, {":status", QStringLiteral("queued")},
                 {":now", sqlTime(now)}, {":now2", sqlTime(now)}});
        qint64 seq = 0;
        if (firstMessage)
            seq = ChatLog::appendMessage(db, id, r.userId(), QStringLiteral("user"), userName, {}, *firstMessage, now)
                      .value(u"seq").toInteger();
        tx.commit();
        return {id, seq};
    });
    const auto session = ChatSession::load(db, created.first);
    if (created.second < 0)
        return jsonResponse(session->toJson(db, false));
    if (created.second > 0)
        ChatLog::notifyPersisted(r.env->events, created.first, QStringLiteral("message"), created.second);
    ChatQueue::announcePositions(db, r.env->events, settings.waitPerPositionSecs);
    return jsonResponse(session->toJson(db, false), Status::Created);
}

QHttpServerResponse getSession(const ApiRequest &r, const QString &id)
{
    const QSqlDatabase db = r.db();
    const auto session = ChatSession::load(db, id);
    if (!session || session->roleOf(*r.auth).isEmpty())
        return notFound();
    return jsonResponse(session->toJson(db, session->roleOf(*r.auth) == u"agent"));
}

QHttpServerResponse endSession(const ApiRequest &r, const QString &id, const ChatSettings &settings)
{
    const QSqlDatabase db = r.db();
    const QDateTime now = r.env->clock->now();
    QString role;
    bool wasQueued = false;
    const qint64 seq = ChatLog::withRetry([&]() -> qint64 {
        SqlTransaction tx(db, r.env->db->dialect());
        const auto session = ChatSession::load(db, id, true);
        role = session ? session->roleOf(*r.auth) : QString();
        if (role.isEmpty())
            return -1;
        if (role == u"agent" && session->agentId != r.userId())
            return -2;
        if (session->isEnded())
            return 0;
        wasQueued = session->isQueued();
        sqlExec(db, QStringLiteral("UPDATE chat_sessions SET status = 'ended', ended_at = :now, ended_by = :by "
                                   "WHERE id = :id"),
                {{":now", sqlTime(now)}, {":by", role}, {":id", id}});
        const qint64 seq = ChatLog::appendEvent(db, id, QStringLiteral("ended"),
                                                {{QStringLiteral("ended_by"), role}, {QStringLiteral("reason"), QJsonValue()}},
                                                {}, now);
        tx.commit();
        return seq;
    });
    if (seq == -1)
        return notFound();
    if (seq == -2)
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Only the assigned agent may end this chat"));
    if (seq > 0) {
        ChatLog::notifyPersisted(r.env->events, id, QStringLiteral("ended"), seq);
        if (wasQueued)
            ChatQueue::announcePositions(db, r.env->events, settings.waitPerPositionSecs);
    }
    return jsonResponse(ChatSession::load(db, id)->toJson(db, role == u"agent"));
}

QHttpServerResponse rateSession(const ApiRequest &r, const QString &id)
{
    JsonBody body(r.body);
    const qint64 score = body.integer(QStringLiteral("score"), 1, 5);
    const QString comment = body.optionalString(QStringLiteral("comment"), 0, 2000).value_or(QString());
    if (auto e = body.error())
        return std::move(*e);
    const QSqlDatabase db = r.db();
    const auto session = ChatSession::load(db, id);
    if (!session || session->userId != r.userId())
        return notFound();
    if (!session->isEnded())
        return errorResponse(Status::Conflict, QStringLiteral("chat_not_ended"), QStringLiteral("End the chat before rating it"));
    sqlExec(db, QStringLiteral("UPDATE chat_sessions SET rating_score = :score, rating_comment = :comment, rated_at = :now "
                               "WHERE id = :id"),
            {{":score", score}, {":comment", comment}, {":now", sqlTime(r.env->clock->now())}, {":id", id}});
    return jsonResponse(ChatSession::load(db, id)->ratingJson());
}

QHttpServerResponse transcript(const ApiRequest &r, const QString &id)
{
    const QSqlDatabase db = r.db();
    const auto session = ChatSession::load(db, id);
    if (!session || session->roleOf(*r.auth).isEmpty())
        return notFound();
    const QJsonArray messages = ChatLog::messagesAfter(db, id, 0, 100000);
    const QByteArray accept = r.header("accept");
    if (accept.contains("text/plain") && !accept.contains("application/json")) {
        QString text = QStringLiteral("%1\n").arg(session->subject);
        for (const QJsonValue &m : messages) {
            const QJsonObject message = m.toObject();
            text += QStringLiteral("[%1] %2: %3\n").arg(message.value(u"created_at").toString(),
                                                       message.value(u"author_name").toString(),
                                                       message.value(u"body").toString());
        }
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8());
    }
    return jsonResponse({{QStringLiteral("session"), session->toJson(db, session->roleOf(*r.auth) == u"agent")},
                         {QStringLiteral("messages"), messages}});
}
} // namespace

void registerChatSessionRoutes(ApiRouter &router, const ChatSettings &settings)
{
    router.add(Method::Post, QStringLiteral("/v1/chat/sessions"), Access::User,
               [settings](const ApiRequest &r) { return createSession(r, settings); });
    router.addWithId(Method::Get, QStringLiteral("/v1/chat/sessions/<arg>"), Access::User, getSession);
    router.addWithId(Method::Post, QStringLiteral("/v1/chat/sessions/<arg>/end"), Access::User,
                     [settings](const ApiRequest &r, const QString &id) { return endSession(r, id, settings); });
    router.addWithId(Method::Put, QStringLiteral("/v1/chat/sessions/<arg>/rating"), Access::User, rateSession);
    router.addWithId(Method::Get, QStringLiteral("/v1/chat/sessions/<arg>/transcript"), Access::User, transcript);
}

void registerChatRoutes(ApiRouter &router, QHttpServer &http, const ApiEnv &env)
{
    const ChatSettings settings = ChatSettings::from(*env.config);
    registerChatSessionRoutes(router, settings);
    registerChatMessageRoutes(router, settings);
    registerAgentChatRoutes(router, settings);
    // Both live on the event loop (children of the server) and do their database work on their own small pool.
    auto *hub = new ChatSocketHub(env, settings, &http);
    hub->registerRoute(http);
    ChatLongPoll::registerRoute(http, env, settings, hub->pool());
}

} // namespace okpay::server
