#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace okpay {

// A write that must not be lost (ticket, ticket reply, email, chat message), kept in the cache until the server
// acknowledged it. Its client_id travels in the payload, so sending it twice never creates it twice.
struct OutboxItem
{
    enum class State { Queued, Sending, Sent, Failed };
    QString id;
    QString kind;      // "ticket", "ticket_reply", "email", "chat_message"
    QString clientId;  // UUID
    QString path;      // e.g. /v1/support/tickets
    QJsonObject payload;
    State state = State::Queued;
    int attempts = 0;
    QString lastError;  // why it failed (user-readable), empty otherwise
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QString resultId;  // the id the server gave the created object (an attachment's id for the ticket that uses it)
};

// The durable outbox in the per-user cache. Every change is one committed statement, so a killed process loses
// nothing: an item caught in Sending is queued again at the next start (recoverInterrupted).
class OutboxStore
{
public:
    explicit OutboxStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores a new item (payload gets "client_id"); returns it, or nullopt if the cache cannot be written.
    std::optional<OutboxItem> enqueue(const QString &kind, const QString &path, QJsonObject payload, const QDateTime &now);
    QList<OutboxItem> all() const;  // in the order they were written
    QList<OutboxItem> ofKinds(const QStringList &kinds) const;  // in the order written
    QList<OutboxItem> due(const QDateTime &now, int limit = 20) const;  // Queued and due, in the order written
    std::optional<OutboxItem> find(const QString &id) const;
    bool markSending(const QString &id, const QDateTime &now);
    bool markSent(const QString &id, const QDateTime &now, const QString &resultId = {});
    bool requeue(const QString &id, const QString &reason, const QDateTime &nextAttemptAt);
    bool markFailed(const QString &id, const QString &reason, const QDateTime &now);
    bool retry(const QString &id, const QDateTime &now);  // the user's "Try again" on a failed item
    bool discard(const QString &id);
    int recoverInterrupted(const QDateTime &now);  // Sending → Queued after a crash or kill

private:
    bool setState(const QString &id, OutboxItem::State from, OutboxItem::State to, const QString &error,
                  const QDateTime &now, const QDateTime &nextAttemptAt, bool countAttempt);
    QSqlDatabase m_db;
};

} // namespace okpay
