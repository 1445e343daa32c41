#include "chat/chatlongpoll.h"

#include "auth/tokenservice.h"
#include "chat/chatlog.h"
#include "chat/chatroutegroups.h"
#include "chat/chatsession.h"
#include "events/eventbus.h"
#include "http/apienv.h"
#include "http/apirouter.h"

#include <QHttpServer>
#include <QLoggingCategory>
#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcChatPoll, "okpay.chat")

namespace okpay::server {

namespace {
// The answer is written through the QHttpServerResponder on the event loop, and only while the client is still
// connected: QtHttpServer 6.4 crashes when a QFuture-based answer completes after its client left, which is the normal
// case for a long-poll (the wallet gives up, sleeps or quits).
struct Pending
{
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QObject *eventLoop = nullptr;
    std::shared_ptr<std::atomic_bool> answered = std::make_shared<std::atomic_bool>(false);
};
struct Poll
{
    ApiRequest request;
    QString sessionId;
    qint64 afterSeq = 0;
    int timeoutSecs = 0;
    qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();
};

void finish(const Pending &pending, QHttpServerResponse &&response, const Poll &poll)
{
    // The same structured access line as ApiRouter's (no query string: it is harmless here, but stay uniform).
    qCInfo(lcChatPoll).noquote() << QStringLiteral("event=request method=GET path=%1 status=%2 ms=%3 user=%4")
                                        .arg(poll.request.path)
                                        .arg(int(response.statusCode()))
                                        .arg(QDateTime::currentMSecsSinceEpoch() - poll.startedAtMs)
                                        .arg(poll.request.auth ? poll.request.auth->userId : QStringLiteral("-"));
    if (pending.answered->exchange(true))
        return;
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    auto ready = std::make_shared<QHttpServerResponse>(std::move(response));
    QMetaObject::invokeMethod(pending.eventLoop, [responder = pending.responder, socket = pending.socket, ready] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ready->write(std::move(*responder));
    }, Qt::QueuedConnection);
}

QHttpServerResponse batch(const Poll &poll, const QList<QJsonObject> &notices)
{
    const QJsonArray persisted = ChatLog::eventsAfter(poll.request.db(), poll.sessionId, poll.afterSeq, 500);
    QJsonArray events = persisted;
    for (const QJsonObject &notice : notices) {
        if (notice.contains(u"event"))  // ephemeral: typing, queue_position
            events.append(notice.value(u"event"));
    }
    const qint64 lastSeq = persisted.isEmpty() ? poll.afterSeq : persisted.last().toObject().value(u"seq").toInteger();
    return jsonResponse({{QStringLiteral("events"), events}, {QStringLiteral("last_seq"), lastSeq}});
}

template<typename Work>
void runGuarded(const Pending &pending, const Poll &poll, Work &&work)
{
    try {
        work();
    } catch (const std::exception &e) {
        qCWarning(lcChatPoll).noquote() << QStringLiteral("event=handler_error path=chat_events error=\"%1\"")
                                              .arg(QString::fromUtf8(e.what()).left(300));
        finish(pending, errorResponse(Status::InternalServerError, QStringLiteral("internal_error"),
                                      QStringLiteral("Something went wrong on our side; please try again")), poll);
    }
}

void firstPass(Poll poll, const Pending &pending, const ChatSettings &settings, QThreadPool *pool)
{
    ApiRequest &r = poll.request;
    const QByteArray authorization = r.header("authorization");
    if (authorization.startsWith("Bearer "))
        r.auth = r.env->tokens->authenticate(r.db(), authorization.mid(7).trimmed());
    if (!r.auth)
        return finish(pending, errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                                             QStringLiteral("A valid access token is required")), poll);
    std::optional<QHttpServerResponse> error;
    const auto after = queryInteger(r, QStringLiteral("after_seq"), 0, kMaxSeq, 0, &error);
    const auto timeout = queryInteger(r, QStringLiteral("timeout"), 0, 60, 25, &error);
    if (error)
        return finish(pending, std::move(*error), poll);
    poll.afterSeq = *after;
    poll.timeoutSecs = int(qMin<qint64>(*timeout, settings.longPollMaxSecs));
    const auto session = ChatSession::load(r.db(), poll.sessionId);
    if (!session || session->roleOf(*r.auth).isEmpty())
        return finish(pending, notFound(), poll);

    EventBus *bus = r.env->events;
    const quint64 waiter = bus ? bus->openWaiter(ChatLog::topic(poll.sessionId)) : 0;
    const bool hasEvents = !ChatLog::eventsAfter(r.db(), poll.sessionId, poll.afterSeq, 1).isEmpty();
    if (!bus || hasEvents || poll.timeoutSecs == 0) {
        if (bus)
            bus->closeWaiter(waiter);
        return finish(pending, batch(poll, {}), poll);
    }
    bus->armWaiter(waiter, poll.timeoutSecs * 1000, [poll, pending, pool](const QList<QJsonObject> &notices) {
        pool->start([poll, pending, notices] {
            runGuarded(pending, poll, [&] { finish(pending, batch(poll, notices), poll); });
        });
    });
}
} // namespace

void ChatLongPoll::registerRoute(QHttpServer &http, const ApiEnv &env, const ChatSettings &settings, QThreadPool *pool)
{
    http.route(QStringLiteral("/v1/chat/sessions/<arg>/events"), QHttpServerRequest::Method::Get,
               [&env, &http, settings, pool](const QString &id, const QHttpServerRequest &request,
                                             QHttpServerResponder &&responder) {
                   Pending pending;
                   pending.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
                   pending.socket = pending.responder->socket();
                   pending.eventLoop = &http;
                   Poll poll{ApiRequest::from(request), id};
                   poll.request.env = &env;
                   if (!ApiRouter::isValidId(id))
                       return finish(pending, notFound(), poll);
                   pool->start([poll = std::move(poll), pending, settings, pool] {
                       runGuarded(pending, poll, [&] { firstPass(poll, pending, settings, pool); });
                   });
               });
}

} // namespace okpay::server
