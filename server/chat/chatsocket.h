#pragma once
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

class QWebSocket;

namespace okpay::server {

class ChatSocketHub;

// One client's chat WebSocket. It authenticates from the handshake's bearer header, then sends every persisted event
// after the client's after_seq and keeps going as notices arrive: each catch-up re-reads the log from the last seq
// sent, one at a time, so replayed and live events are never lost, duplicated or reordered. Ephemeral events
// (typing, queue_position) are forwarded as they come. Push-only: a data frame from the client closes it with 1003.
class ChatSocket : public QObject
{
    Q_OBJECT

public:
    ChatSocket(std::unique_ptr<QWebSocket> socket, ChatSocketHub *hub);
    ~ChatSocket() override;

    // session_id (1–50 ids) and after_seq from the handshake URL; false with a reason.
    static bool parseQuery(const QUrlQuery &query, QStringList *sessionIds, qint64 *afterSeq, QString *problem);

    void notice(const QString &sessionId, const QJsonObject &payload);
    // Re-reads the log from the last seq sent (after the event bus lost notices).
    void catchUp();
    void closeGoingAway();

private:
    struct CatchUp
    {
        QHash<QString, QJsonArray> events;
        QList<QJsonObject> queuePositions;
        bool more = false;
    };
    void authenticate();
    void authenticated(int closeCode, qint64 tokenValidMs);
    void scheduleCatchUp();
    void caughtUp(const CatchUp &result);
    void send(const QJsonObject &event);
    void closeWith(int code, const QString &reason);
    void onPingTimer();

    std::unique_ptr<QWebSocket> m_socket;
    ChatSocketHub *m_hub;
    QStringList m_sessions;
    QHash<QString, qint64> m_sentSeq;
    QSet<QString> m_ended;
    bool m_ready = false;
    bool m_catchingUp = false;
    bool m_dirty = false;
    bool m_firstCatchUp = true;
    bool m_awaitingPong = false;
    bool m_closing = false;
    QTimer m_ping;
};

} // namespace okpay::server
