#pragma once
#include "core/transaction.h"
#include "services/supportattachmentfile.h"
#include "services/ticketdraft.h"
#include "services/ticketoutbox.h"
#include "services/ticketthread.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

class ApiClient;
struct ApiResult;
class Clock;
class DraftStore;
class OutboxSender;
class OutboxStore;
class SyncEngine;
class TicketStore;
class TicketThreadStore;
class TransactionStore;

// The signed-in user's tickets: new tickets and replies go through the outbox (files first, never lost, sent once);
// close, reopen and rate go straight to the server; conversations are cached for offline reading; a ticket the
// agent answered after the user last opened it counts as unread. The ticket form's draft lives in the cache.
class SupportService : public QObject
{
    Q_OBJECT

public:
    enum class Action { Close, Reopen, Rate };
    Q_ENUM(Action)

    struct Stores
    {
        TicketStore *tickets;
        TicketThreadStore *threads;
        DraftStore *drafts;
        OutboxStore *outbox;
        const TransactionStore *transactions;
        QSqlDatabase db;  // the cache connection the stores share (for multi-row transactions)
    };
    SupportService(ApiClient *client, const Stores &stores, OutboxSender *sender, SyncEngine *sync, const Clock &clock,
                   QObject *parent = nullptr);

    static const QStringList &categories();  // openapi.yaml SupportCategory, in form order
    static QString categoryLabel(const QString &category);
    static QString checkMessage(SupportAttachmentFile::Check check);

    // The ticket form.
    TicketDraft draft() const;
    void saveDraft(const TicketDraft &draft);
    void clearDraft();
    QList<Transaction> recentTransactions(int limit = 30) const;
    std::optional<Transaction> transaction(const QString &id) const;
    QString diagnostics() const;                  // SupportDiagnostics text, secrets removed
    void inspectAttachment(const QString &path);  // → attachmentInspected, read on a worker thread
    void createTicket(const TicketDraft &draft);  // → ticketQueued or ticketRejected

    // My tickets.
    QList<PendingSupportItem> pendingTickets() const;  // queued or just sent, not yet in the ticket list
    QList<PendingSupportItem> pendingReplies(const QString &ticketId) const;  // not yet in the cached conversation
    std::optional<TicketThread> cachedThread(const QString &ticketId) const;
    void loadThread(const QString &ticketId);  // → threadLoaded or threadFailed; refreshes the cache
    void markRead(const QString &ticketId);
    void reply(const QString &ticketId, const QString &text, const QList<DraftAttachment> &files);
    void close(const QString &ticketId);
    void reopen(const QString &ticketId, const QString &reason = {});
    void rate(const QString &ticketId, int score, const QString &comment);
    bool retry(const QString &outboxId);
    bool discard(const QString &outboxId);
    void downloadAttachment(const QString &attachmentId, const QString &targetPath);
    int unreadCount() const { return int(m_unread.size()); }
    bool isUnread(const QString &ticketId) const { return m_unread.contains(ticketId); }
    QStringList unreadTicketIds() const { return QStringList(m_unread.cbegin(), m_unread.cend()); }
    void refreshUnread();  // after a sync round; emits agentReplied for tickets that became unread

signals:
    void attachmentInspected(const QString &path, okpay::SupportAttachmentFile::Check check, const QString &contentType);
    void ticketQueued(const QString &outboxId);
    void ticketRejected(const QString &message);
    void replyQueued(const QString &ticketId, const QString &outboxId);
    void replyRejected(const QString &ticketId, const QString &message);
    void threadLoaded(const okpay::TicketThread &thread);
    void threadFailed(const QString &ticketId, const QString &message);
    void actionFinished(const QString &ticketId, okpay::SupportService::Action action);
    void actionFailed(const QString &ticketId, okpay::SupportService::Action action, const QString &message);
    void reopenWindowExpired(const QString &ticketId);  // offer a new ticket linked to this one
    void attachmentDownloaded(const QString &attachmentId, const QString &path);
    void attachmentDownloadFailed(const QString &attachmentId, const QString &message);
    void outboxChanged();   // a queued ticket or reply changed state
    void ticketsChanged();  // the cached ticket list changed
    void unreadTicketsChanged(const QStringList &ticketIds);
    void unreadCountChanged(int count);
    void agentReplied(const QString &ticketId, const QString &number, const QString &subject);

private:
    void setOnline(bool online);
    void sendSoon();
    void outboxItemChanged(const QString &outboxId);
    bool storeTicket(const TicketThread &thread, const QJsonObject &json, bool withMessages);
    void fail(const QString &ticketId, Action action, const ApiResult &result);
    ApiClient *m_client;
    Stores m_stores;
    TicketOutbox m_outbox;
    OutboxSender *m_sender;
    SyncEngine *m_sync;
    const Clock &m_clock;
    bool m_online = false;
    bool m_senderStarted = false;
    bool m_unreadKnown = false;  // the first count is the baseline: no "agent replied" for old answers
    QSet<QString> m_unread;
};

} // namespace okpay
