#pragma once
#include "services/supportattachmentfile.h"
#include "store/outboxstore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

class Clock;

// A new ticket or a reply the outbox has not delivered yet (or has just delivered), as the Help tab lists it.
struct PendingSupportItem
{
    enum class State { Queued, Sending, Sent, Failed };
    QString outboxId;
    QString ticketId;  // replies: the ticket; new tickets: the created ticket once sent
    QString clientId;  // matches the message's client_id once the server has it
    QString subject;   // new tickets
    QString body;
    int attachmentCount = 0;
    State state = State::Queued;
    QString lastError;  // why it waits or failed, in the user's language
    QDateTime createdAt;
};

// Tickets and replies in the outbox: their files first (one "attachment" item each), then the message that refers
// to them by outbox id (OutboxSender swaps in the server's ids), all written in one transaction so a crash never
// leaves half a ticket. Lists what is still on its way and retries or discards a whole message with its files.
class TicketOutbox
{
public:
    TicketOutbox(OutboxStore *store, QSqlDatabase db, const Clock &clock);

    static QString ticketsPath() { return QStringLiteral("/v1/support/tickets"); }
    static QString repliesPath(const QString &ticketId);

    // `fields`: the TicketCreate body without client_id and attachments. Returns the ticket's outbox id.
    std::optional<QString> enqueueTicket(const QJsonObject &fields, const QList<SupportAttachment> &files);
    std::optional<QString> enqueueReply(const QString &ticketId, const QString &body, const QList<SupportAttachment> &files);

    QList<PendingSupportItem> tickets() const;                       // every new-ticket item, oldest first
    QList<PendingSupportItem> replies(const QString &ticketId) const;  // every reply item of this ticket
    std::optional<PendingSupportItem> find(const QString &outboxId) const;
    bool retry(const QString &outboxId);    // a failed message and its failed files
    bool discard(const QString &outboxId);  // an unsent message and its files

private:
    std::optional<QString> enqueue(const QString &kind, const QString &path, QJsonObject payload, const QList<SupportAttachment> &files);
    PendingSupportItem pendingFrom(const OutboxItem &item) const;
    QStringList fileIds(const OutboxItem &item) const;
    OutboxStore *m_store;
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace okpay
