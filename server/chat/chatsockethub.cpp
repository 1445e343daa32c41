#include "chat/chatsockethub.h"

#include "chat/chatlog.h"
#include "chat/chatsocket.h"
#include "events/eventbus.h"
#include "http/apienv.h"
#include "http/apiresponse.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QWebSocket>

namespace okpay::server {

ChatSocketHub::ChatSocketHub(const ApiEnv &env, ChatSettings settings, QHttpServer *http)
    : QObject(http), m_env(env), m_settings(std::move(settings)), m_http(http)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1);  // keep the threads and their database connections
    connect(http, &QHttpServer::newWebSocketConnection, this, &ChatSocketHub::acceptPending);
    if (m_env.events) {
        connect(m_env.events, &EventBus::delivered, this, &ChatSocketHub::onDelivered);
        // Notices from other instances may have been lost while the LISTEN connection was down: re-read the logs.
        connect(m_env.events, &EventBus::resubscribed, this, [this] {
            const auto sockets = m_watchers.values();
            for (ChatSocket *socket : sockets)
                socket->catchUp();
        });
    }
    // Finish database work before the server's services are torn down.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ChatSocketHub::stop);
}

ChatSocketHub::~ChatSocketHub()
{
    m_pool.waitForDone();
    // The sockets unregister themselves from m_watchers: delete them while it still exists, not in ~QObject.
    qDeleteAll(findChildren<ChatSocket *>(Qt::FindDirectChildrenOnly));
}

void ChatSocketHub::stop()
{
    const auto sockets = m_watchers.values();
    for (ChatSocket *socket : sockets)
        socket->closeGoingAway();
    m_pool.waitForDone();
}

void ChatSocketHub::registerRoute(QHttpServer &http)
{
    http.route(QStringLiteral("/v1/chat/ws"), QHttpServerRequest::Method::Get,
               [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   auto fail = [&responder](QHttpServerResponder::StatusCode status, const QString &code, const QString &message) {
                       const QJsonObject body{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                                    {QStringLiteral("message"), message}}}};
                       responder.write(QJsonDocument(body), status);
                   };
                   const bool upgrade = request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
                   if (!upgrade)
                       return fail(QHttpServerResponder::StatusCode::UpgradeRequired, QStringLiteral("upgrade_required"),
                                   QStringLiteral("Open this URL as a WebSocket"));
                   if (!request.value("authorization").startsWith("Bearer "))
                       return fail(QHttpServerResponder::StatusCode::Unauthorized, QStringLiteral("unauthorized"),
                                   QStringLiteral("A valid access token is required"));
                   QString problem;
                   if (!ChatSocket::parseQuery(request.query(), nullptr, nullptr, &problem))
                       return fail(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("invalid_request"), problem);
                   // Write nothing: QHttpServer hands the connection to the WebSocket server.
               });
}

void ChatSocketHub::acceptPending()
{
    while (auto socket = m_http->nextPendingWebSocketConnection())
        new ChatSocket(std::move(socket), this);
}

void ChatSocketHub::watch(ChatSocket *socket, const QStringList &sessionIds)
{
    for (const QString &id : sessionIds)
        m_watchers.insert(ChatLog::topic(id), socket);
}

void ChatSocketHub::forget(ChatSocket *socket)
{
    for (auto it = m_watchers.begin(); it != m_watchers.end();)
        it = it.value() == socket ? m_watchers.erase(it) : std::next(it);
}

void ChatSocketHub::onDelivered(const QString &topic, const QJsonObject &payload)
{
    const auto sockets = m_watchers.values(topic);
    for (ChatSocket *socket : sockets)
        socket->notice(topic.mid(5), payload);
}

} // namespace okpay::server
