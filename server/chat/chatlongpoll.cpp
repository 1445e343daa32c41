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
#include <QFutureInterface>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcChatPoll, "okpay.chat")

namespace okpay::server {

namespace {
// QFutureInterface rather than QPromise: Qt 6.4's ~QPromise drops the continuation QHttpServer attached with a context
// object, and when the promise dies on a worker before that queued continuation runs, the server crashes.
using Promise = QFutureInterface<QHttpServerResponse>;

struct Poll
{
    ApiRequest request;
    QString sessionId;
    qint64 afterSeq = 0;
    int timeoutSecs = 0;
    qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();
};

void finish(Promise promise, QHttpServerResponse &&response, const Poll &poll)
{
    // The same structured access line as ApiRouter's (no query string: it is harmless here, but stay uniform).
    qCInfo(lcChatPoll).noquote() << QStringLiteral("event=request method=GET path=%1 status=%2 ms=%3 user=%4")
                                        .arg(poll.request.path)
                                        .arg(int(response.statusCode()))
                                        .arg(QDateTime::currentMSecsSinceEpoch() - poll.startedAtMs)
                                        .arg(poll.request.auth ? poll.request.auth->userId : QStringLiteral("-"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    promise.reportAndMoveResult(std::move(response));
    promise.reportFinished();
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
void runGuarded(const Promise &promise, const Poll &poll, Work &&work)
{
    try {
        work();
    } catch (const std::exception &e) {
        qCWarning(lcChatPoll).noquote() << QStringLiteral("event=handler_error path=chat_events error=\"%1\"")
                                              .arg(QString::fromUtf8(e.what()).left(300));
        finish(promise, errorResponse(Status::InternalServerError, QStringLiteral("internal_error"),
                                      QStringLiteral("Something went wrong on our side; please try again")), poll);
    }
}

void firstPass(Poll poll, const Promise &promise, const ChatSettings &settings, QThreadPool *pool)
{
    ApiRequest &r = poll.request;
    const QByteArray authorization = r.header("authorization");
    if (authorization.startsWith("Bearer "))
        r.auth = r.env->tokens->authenticate(r.db(), authorization.mid(7).trimmed());
    if (!r.auth)
        return finish(promise, errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                                             QStringLiteral("A valid access token is required")), poll);
    std::optional<QHttpServerResponse> error;
    const auto after = queryInteger(r, QStringLiteral("after_seq"), 0, kMaxSeq, 0, &error);
    const auto timeout = queryInteger(r, QStringLiteral("timeout"), 0, 60, 25, &error);
    if (error)
        return finish(promise, std::move(*error), poll);
    poll.afterSeq = *after;
    poll.timeoutSecs = int(qMin<qint64>(*timeout, settings.longPollMaxSecs));
    const auto session = ChatSession::load(r.db(), poll.sessionId);
    if (!session || session->roleOf(*r.auth).isEmpty())
        return finish(promise, notFound(), poll);

    EventBus *bus = r.env->events;
    const quint64 waiter = bus ? bus->openWaiter(ChatLog::topic(poll.sessionId)) : 0;
    const bool hasEvents = !ChatLog::eventsAfter(r.db(), poll.sessionId, poll.afterSeq, 1).isEmpty();
    if (!bus || hasEvents || poll.timeoutSecs == 0) {
        if (bus)
            bus->closeWaiter(waiter);
        return finish(promise, batch(poll, {}), poll);
    }
    bus->armWaiter(waiter, poll.timeoutSecs * 1000, [poll, promise, pool](const QList<QJsonObject> &notices) {
        pool->start([poll, promise, notices] {
            runGuarded(promise, poll, [&] { finish(promise, batch(poll, notices), poll); });
        });
    });
}
} // namespace

void ChatLongPoll::registerRoute(QHttpServer &http, const ApiEnv &env, const ChatSettings &settings, QThreadPool *pool)
{
    http.route(QStringLiteral("/v1/chat/sessions/<arg>/events"), QHttpServerRequest::Method::Get,
               [&env, settings, pool](const QString &id, const QHttpServerRequest &request) {
                   Promise promise;
                   promise.reportStarted();
                   QFuture<QHttpServerResponse> future = promise.future();
                   Poll poll{ApiRequest::from(request), id};
                   poll.request.env = &env;
                   if (!ApiRouter::isValidId(id)) {
                       finish(promise, notFound(), poll);
                       return future;
                   }
                   pool->start([poll = std::move(poll), promise, settings, pool] {
                       runGuarded(promise, poll, [&] { firstPass(poll, promise, settings, pool); });
                   });
                   return future;
               });
}

} // namespace okpay::server
