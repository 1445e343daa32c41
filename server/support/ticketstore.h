#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace okpay::server {

// Support tickets and their conversation in the database, in the contract's JSON shapes (Ticket, TicketDetail,
// TicketMessage). Callers own the transaction.
class TicketStore
{
public:
    static constexpr int ReopenWindowDays = 14;

    explicit TicketStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The columns ticketJson() reads, for "SELECT <columns> FROM support_tickets t ...".
    static QString columns();
    static QJsonObject ticketJson(const QSqlQuery &row);

    // userId empty: any user's ticket (agents).
    std::optional<QJsonObject> ticket(const QString &id, const QString &userId = {}) const;
    std::optional<QJsonObject> ticketByClientId(const QString &userId, const QString &clientId) const;
    QJsonObject detail(const QJsonObject &ticket) const;  // adds "messages", oldest first
    std::optional<QJsonObject> messageByClientId(const QString &ticketId, const QString &clientId) const;

    QString nextNumber() const;  // "OK-100001", from a counter row (locked until commit)
    struct NewMessage
    {
        QString clientId;  // empty: none
        QString authorRole;
        QString authorId;
        QString authorName;
        QString body;
        QStringList attachmentIds;
    };
    // Inserts the message, links its attachments and bumps the ticket's counters; returns the TicketMessage, or
    // nullopt when a message with this client id already exists on the ticket (a concurrent resend).
    std::optional<QJsonObject> addMessage(const QString &ticketId, const NewMessage &message, const QDateTime &now) const;
    // Sets the status with the timestamps that go with it (solved_at opens the reopen window).
    void setStatus(const QString &ticketId, const QString &status, const QDateTime &now) const;

private:
    QJsonArray messages(const QString &ticketId) const;
    QJsonObject messageJson(const QSqlQuery &row) const;
    static QJsonObject messageJsonWithoutAttachments(const QSqlQuery &row);
    QSqlDatabase m_db;
};

} // namespace okpay::server
