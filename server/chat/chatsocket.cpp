#include "chat/chatsocket.h"

#include "auth/tokenservice.h"
#include "chat/chatlog.h"
#include "chat/chatqueue.h"
#include "chat/chatroutegroups.h"
#include "chat/chatsession.h"
#include "chat/chatsockethub.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcChatSocket, "okpay.chat.socket")

namespace okpay::server {

namespace {
constexpr int kCloseUnauthorized = 4401;
constexpr int kCloseNotFound = 4404;
constexpr int kCloseIdle = 4408;
constexpr int kBatch = 500;
} // namespace

ChatSocket::ChatSocket(std::unique_ptr<QWebSocket> socket, ChatSocketHub *hub)
    : QObject(hub), m_socket(std::move(socket)), m_hub(hub)
{
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this] { closeWith(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("push-only channel")); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this] { closeWith(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("push-only channel")); });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(&m_ping, &QTimer::timeout, this, &ChatSocket::onPingTimer);
    m_ping.start(m_hub->settings().pingSecs * 1000);
    authenticate();
}

ChatSocket::~ChatSocket()
{
    m_hub->forget(this);
}

bool ChatSocket::parseQuery(const QUrlQuery &query, QStringList *sessionIds, qint64 *afterSeq, QString *problem)
{
    const QStringList ids = query.allQueryItemValues(QStringLiteral("session_id"), QUrl::FullyDecoded);
    if (ids.isEmpty() || ids.size() > 50) {
        *problem = QStringLiteral("Give 1 to 50 session_id parameters");
        return false;
    }
    for (const QString &id : ids) {
        if (!ApiRouter::isValidId(id)) {
            *problem = QStringLiteral("session_id is not a valid id");
            return false;
        }
    }
    qint64 after = 0;
    if (query.hasQueryItem(QStringLiteral("after_seq"))) {
        bool ok = false;
        after = query.queryItemValue(QStringLiteral("after_seq")).toLongLong(&ok);
        if (!ok || after < 0 || after > kMaxSeq) {
            *problem = QStringLiteral("after_seq must be an integer from 0 to %1").arg(kMaxSeq);
            return false;
        }
    }
    if (sessionIds)
        *sessionIds = ids;
    if (afterSeq)
        *afterSeq = after;
    return true;
}

void ChatSocket::authenticate()
{
    qint64 after = 0;
    QString problem;
    if (!parseQuery(QUrlQuery(m_socket->requestUrl()), &m_sessions, &after, &problem))
        return closeWith(QWebSocketProtocol::CloseCodePolicyViolated, problem);
    m_sessions.removeDuplicates();
    for (const QString &id : std::as_const(m_sessions))
        m_sentSeq.insert(id, after);
    const QByteArray authorization = m_socket->request().rawHeader("Authorization");
    const ApiEnv *env = &m_hub->env();
    QPointer<ChatSocket> self(this);
    const QStringList sessions = m_sessions;
    m_hub->pool()->start([=, hub = m_hub] {
        int code = 0;
        qint64 validMs = 0;
        try {
            const QSqlDatabase db = env->db->connection();
            std::optional<AuthContext> auth;
            if (authorization.startsWith("Bearer "))
                auth = env->tokens->authenticate(db, authorization.mid(7).trimmed());
            if (!auth) {
                code = kCloseUnauthorized;
            } else {
                QSqlQuery expiry = sqlExec(db, QStringLiteral("SELECT access_expires_at FROM sessions WHERE id = :id"),
                                           {{":id", auth->sessionId}});
                validMs = expiry.next() ? QDateTime::currentDateTimeUtc().msecsTo(fromSqlTime(expiry.value(0).toString())) : 0;
                for (const QString &id : sessions) {
                    const auto session = ChatSession::load(db, id);
                    if (!session || session->roleOf(*auth).isEmpty())
                        code = kCloseNotFound;
                }
            }
        } catch (const std::exception &) {
            code = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
        }
        QMetaObject::invokeMethod(hub, [self, code, validMs] {
            if (self)
                self->authenticated(code, validMs);
        });
    });
}

void ChatSocket::authenticated(int closeCode, qint64 tokenValidMs)
{
    if (closeCode == kCloseUnauthorized)
        return closeWith(closeCode, QStringLiteral("token expired or invalid"));
    if (closeCode == kCloseNotFound)
        return closeWith(closeCode, QStringLiteral("unknown session"));
    if (closeCode != 0)
        return closeWith(QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("internal error"));
    m_ready = true;
    qCInfo(lcChatSocket).noquote() << QStringLiteral("event=chat_socket_open sessions=%1").arg(m_sessions.size());
    // The socket lives no longer than its access token: 4401 tells the client to refresh and reconnect.
    QTimer::singleShot(qBound<qint64>(0, tokenValidMs, 24LL * 3600 * 1000), this,
                       [this] { closeWith(kCloseUnauthorized, QStringLiteral("token expired")); });
    m_hub->watch(this, m_sessions);  // before the first read, so no notice falls in between
    scheduleCatchUp();
}

void ChatSocket::notice(const QString &sessionId, const QJsonObject &payload)
{
    if (!m_ready || m_closing)
        return;
    if (payload.contains(u"event")) {
        send(payload.value(u"event").toObject());
        return;
    }
    if (payload.value(u"seq").toInteger() > m_sentSeq.value(sessionId))
        scheduleCatchUp();
}

void ChatSocket::catchUp()
{
    if (m_ready && !m_closing)
        scheduleCatchUp();
}

void ChatSocket::scheduleCatchUp()
{
    if (m_catchingUp) {
        m_dirty = true;
        return;
    }
    m_catchingUp = true;
    m_dirty = false;
    const QHash<QString, qint64> from = m_sentSeq;
    const bool withQueue = std::exchange(m_firstCatchUp, false);
    const ApiEnv *env = &m_hub->env();
    const int fallbackWait = m_hub->settings().waitPerPositionSecs;
    QPointer<ChatSocket> self(this);
    m_hub->pool()->start([=, hub = m_hub] {
        CatchUp result;
        try {
            const QSqlDatabase db = env->db->connection();
            for (auto it = from.begin(); it != from.end(); ++it) {
                const QJsonArray events = ChatLog::eventsAfter(db, it.key(), it.value(), kBatch);
                result.more = result.more || events.size() == kBatch;
                result.events.insert(it.key(), events);
                if (!withQueue)
                    continue;
                // A fresh connection learns where a queued chat stands without waiting for the queue to move.
                const auto session = ChatSession::load(db, it.key());
                if (session && session->isQueued()) {
                    const qint64 position = session->queuePosition(db);
                    result.queuePositions.append(ChatLog::ephemeralEvent(
                        it.key(), QStringLiteral("queue_position"), session->lastSeq,
                        {{QStringLiteral("position"), position},
                         {QStringLiteral("estimated_wait_seconds"), ChatQueue::estimatedWaitSecs(db, position, fallbackWait)}},
                        QDateTime::currentDateTimeUtc()));
                }
            }
        } catch (const std::exception &) {
            result.more = true;  // try again on the next notice
        }
        QMetaObject::invokeMethod(hub, [self, result] {
            if (self)
                self->caughtUp(result);
        });
    });
}

void ChatSocket::caughtUp(const CatchUp &result)
{
    m_catchingUp = false;
    if (m_closing)
        return;
    for (auto it = result.events.begin(); it != result.events.end(); ++it) {
        for (const QJsonValue &value : it.value()) {
            const QJsonObject event = value.toObject();
            const qint64 seq = event.value(u"seq").toInteger();
            if (seq <= m_sentSeq.value(it.key()))
                continue;
            send(event);
            m_sentSeq[it.key()] = seq;
            if (event.value(u"type").toString() == u"ended")
                m_ended.insert(it.key());
        }
    }
    for (const QJsonObject &event : result.queuePositions)
        send(event);
    if (m_ended.size() == m_sessions.size())
        return closeWith(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("session ended"));
    if (m_dirty || result.more)
        scheduleCatchUp();
}

void ChatSocket::send(const QJsonObject &event)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}

void ChatSocket::closeWith(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    qCInfo(lcChatSocket).noquote() << QStringLiteral("event=chat_socket_close code=%1").arg(code);
    m_ping.stop();
    m_hub->forget(this);
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void ChatSocket::closeGoingAway()
{
    closeWith(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
}

void ChatSocket::onPingTimer()
{
    if (m_awaitingPong)
        return closeWith(kCloseIdle, QStringLiteral("idle timeout"));
    m_awaitingPong = true;
    m_socket->ping();
}

} // namespace okpay::server
