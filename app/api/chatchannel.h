#pragma once
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace okpay {

class ApiClient;
class TokenSource;

// The push side of one live chat: a WebSocket to /v1/chat/ws that resumes from the last persisted sequence number
// after every reconnect (with backoff and jitter), so no event is lost or shown twice; when WebSockets keep failing
// (a proxy that blocks upgrades), it falls back to long-polling .../events. Sending stays on REST (the outbox).
class ChatChannel : public QObject
{
    Q_OBJECT

public:
    enum class Transport { WebSocket, LongPoll };
    enum class State { Idle, Connecting, Connected, Reconnecting, Ended, Failed };
    Q_ENUM(State)

    ChatChannel(ApiClient *client, TokenSource *tokens, QObject *parent = nullptr);
    ~ChatChannel() override;

    void open(const QString &sessionId, qint64 afterSeq = 0, Transport transport = Transport::WebSocket);
    void close();
    State state() const { return m_state; }
    Transport transport() const { return m_transport; }
    qint64 lastSeq() const { return m_lastSeq; }
    void dropConnectionForTest();  // as if the network dropped (tests of resume)

signals:
    void eventReceived(const QJsonObject &event);  // each persisted event once, in seq order; ephemeral ones as they come
    void stateChanged(okpay::ChatChannel::State state);

private:
    void connectSocket();
    void onText(const QString &text);
    void onDisconnected();
    void scheduleReconnect();
    void poll();
    void accept(const QJsonObject &event);
    void setState(State state);
    QUrl socketUrl() const;

    ApiClient *m_client;
    TokenSource *m_tokens;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    QString m_sessionId;
    qint64 m_lastSeq = 0;
    Transport m_transport = Transport::WebSocket;
    State m_state = State::Idle;
    int m_failures = 0;      // consecutive attempts that never got connected
    bool m_wasConnected = false;
    bool m_refreshedForThisFailure = false;
};

} // namespace okpay
