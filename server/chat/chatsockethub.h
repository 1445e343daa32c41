#pragma once
#include "chat/chatsettings.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

class QHttpServer;

namespace okpay::server {

class ChatSocket;
struct ApiEnv;

// The WebSocket side of chat (/v1/chat/ws), on the event loop: accepts upgraded connections from QHttpServer, routes
// EventBus notices to the sockets watching each session, and owns the small pool that does their database work.
class ChatSocketHub : public QObject
{
    Q_OBJECT

public:
    ChatSocketHub(const ApiEnv &env, ChatSettings settings, QHttpServer *http);
    ~ChatSocketHub() override;

    // The plain-HTTP side of /v1/chat/ws: 426 without an upgrade, 400/401 for a bad handshake, nothing otherwise
    // (QHttpServer 6.4 then completes the upgrade and emits newWebSocketConnection).
    void registerRoute(QHttpServer &http);
    QThreadPool *pool() { return &m_pool; }
    const ApiEnv &env() const { return m_env; }
    const ChatSettings &settings() const { return m_settings; }

    void watch(ChatSocket *socket, const QStringList &sessionIds);
    void forget(ChatSocket *socket);

private:
    void acceptPending();
    void onDelivered(const QString &topic, const QJsonObject &payload);
    void stop();

    const ApiEnv &m_env;
    ChatSettings m_settings;
    QHttpServer *m_http;
    QThreadPool m_pool;
    QMultiHash<QString, ChatSocket *> m_watchers;  // topic → sockets
};

} // namespace okpay::server
