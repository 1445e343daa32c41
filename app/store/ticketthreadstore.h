#pragma once
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace okpay {

// Ticket conversations kept for offline reading (each message as the server's checked JSON, oldest first) and the
// read marks behind the unread badge: the ticket's last_message_at when the user last opened it.
class TicketThreadStore
{
public:
    explicit TicketThreadStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Replaces the cached conversation of one ticket as a whole (one transaction).
    bool replaceMessages(const QString &ticketId, const QList<QJsonObject> &messages);
    // The newest `limit` messages, oldest first.
    QList<QJsonObject> messages(const QString &ticketId, int limit = 1000) const;
    int messageCount(const QString &ticketId) const;

    bool markRead(const QString &ticketId, const QString &lastMessageAt);
    QString readMark(const QString &ticketId) const;  // empty when never opened
    // Tickets waiting on the user (pending, or solved) with a message newer than their read mark. The status says
    // who wrote last: an agent's answer leaves a ticket pending or solved, the user's own reply makes it open again.
    QStringList unreadTicketIds() const;

private:
    QSqlDatabase m_db;
};

} // namespace okpay
