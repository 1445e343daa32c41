#pragma once
#include "storage/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace okpay::server {

class EventBus;

// The per-session log: messages and the persisted events (message, read, agent_joined, ended) with their sequence
// numbers, and the ChatEvent/ChatMessage JSON built from it. seq is MAX(seq)+1 under UNIQUE(session_id, seq), taken
// after locking the session row; a writer that still collides gets a unique violation and retries (withRetry).
class ChatLog
{
public:
    static QString topic(const QString &sessionId) { return QStringLiteral("chat:") + sessionId; }

    // Inside the caller's transaction. Returns the new seq.
    static qint64 appendEvent(const QSqlDatabase &db, const QString &sessionId, const QString &kind,
                              const QJsonObject &data, const QString &messageId, const QDateTime &now);
    // Inside the caller's transaction: the message, its event and links to the author's uploads (checked by the
    // caller). clientId may be empty (system/first message).
    static QJsonObject appendMessage(const QSqlDatabase &db, const QString &sessionId, const QString &authorId,
                                     const QString &authorRole, const QString &authorName, const QString &clientId,
                                     const QString &body, const QDateTime &now, const QStringList &attachmentIds = {});
    static std::optional<QJsonObject> messageByClientId(const QSqlDatabase &db, const QString &authorId,
                                                        const QString &clientId);

    static QJsonArray messagesAfter(const QSqlDatabase &db, const QString &sessionId, qint64 afterSeq, int limit);
    static QJsonArray eventsAfter(const QSqlDatabase &db, const QString &sessionId, qint64 afterSeq, int limit);
    // An ephemeral event (typing, queue_position) carrying the session's current last seq.
    static QJsonObject ephemeralEvent(const QString &sessionId, const QString &type, qint64 lastSeq,
                                      const QJsonObject &payload, const QDateTime &now);

    // Tells subscribers (here and on other instances) that persisted event `seq` exists; they re-read it.
    static void notifyPersisted(EventBus *bus, const QString &sessionId, const QString &kind, qint64 seq);
    static void notifyEphemeral(EventBus *bus, const QJsonObject &event);

    static bool isUniqueViolation(const SqlError &error);
    // Runs a transaction body again when it lost a race on a unique key (seq, client_id, one open chat per user).
    template<typename Body>
    static auto withRetry(Body &&body)
    {
        for (int attempt = 1;; ++attempt) {
            try {
                return body();
            } catch (const SqlError &e) {
                if (attempt >= 8 || !isUniqueViolation(e))
                    throw;
            }
        }
    }
};

} // namespace okpay::server
