#include "services/supportservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "core/clock.h"
#include "services/outboxsender.h"
#include "services/supportdiagnostics.h"
#include "services/syncengine.h"
#include "store/draftstore.h"
#include "store/ticketstore.h"
#include "store/ticketthreadstore.h"
#include "store/transactionstore.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSaveFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSupport, "okpay.support")

namespace okpay {

namespace {
const QString kTicketDraft = QStringLiteral("ticket_form");

// Runs `work` on the global thread pool and `done` with its result on `context`'s thread; dropped if `context` died.
template<typename Work, typename Done>
void runThen(QObject *context, Work work, Done done)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// The files of a draft, read and checked; on the first bad one, why.
struct ReadFiles
{
    QList<SupportAttachment> files;
    QString error;
};

ReadFiles readFiles(const QList<DraftAttachment> &attachments)
{
    ReadFiles out;
    for (const DraftAttachment &a : attachments) {
        SupportAttachment file;
        SupportAttachmentFile::Check check;
        if (a.path.isEmpty()) {
            QString type;
            check = SupportAttachmentFile::check(a.data, &type);
            file = SupportAttachment{SupportAttachmentFile::safeFileName(a.fileName, type), type, a.data};
        } else {
            check = SupportAttachmentFile::read(a.path, &file);
            file.fileName = SupportAttachmentFile::safeFileName(a.fileName, file.contentType);
        }
        if (check != SupportAttachmentFile::Check::Ok) {
            out.error = SupportService::tr("“%1” cannot be attached: %2").arg(a.fileName, SupportService::checkMessage(check));
            return out;
        }
        out.files.append(file);
    }
    return out;
}

QString unreadableAnswer()
{
    return SupportService::tr("OKPay sent an answer this version of the app cannot read. Please try again later.");
}
} // namespace

SupportService::SupportService(ApiClient *client, const Stores &stores, OutboxSender *sender, SyncEngine *sync,
                               const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_stores(stores), m_outbox(stores.outbox, stores.db, clock), m_sender(sender),
      m_sync(sync), m_clock(clock)
{
    connect(m_sender, &OutboxSender::itemChanged, this, &SupportService::outboxItemChanged);
    connect(m_sync, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) { setOnline(state == SyncEngine::State::Online); });
    connect(m_sync, &SyncEngine::roundFinished, this, &SupportService::refreshUnread);
    refreshUnread();
}

const QStringList &SupportService::categories()
{
    static const QStringList all{QStringLiteral("account"), QStringLiteral("registration"), QStringLiteral("topup"),
                                 QStringLiteral("withdrawal"), QStringLiteral("fees"), QStringLiteral("promotions"),
                                 QStringLiteral("security"), QStringLiteral("kyc"), QStringLiteral("other")};
    return all;
}

QString SupportService::categoryLabel(const QString &category)
{
    if (category == u"account")
        return tr("My account");
    if (category == u"registration")
        return tr("Opening an account");
    if (category == u"topup")
        return tr("Top-up");
    if (category == u"withdrawal")
        return tr("Withdrawal");
    if (category == u"fees")
        return tr("Fees");
    if (category == u"promotions")
        return tr("Promotions");
    if (category == u"security")
        return tr("Security and sign-in");
    if (category == u"kyc")
        return tr("Identity verification and limits");
    if (category == u"other")
        return tr("Something else");
    return category;
}

QString SupportService::checkMessage(SupportAttachmentFile::Check check)
{
    switch (check) {
    case SupportAttachmentFile::Check::Ok: return {};
    case SupportAttachmentFile::Check::Unreadable: return tr("the file cannot be read.");
    case SupportAttachmentFile::Check::Empty: return tr("the file is empty.");
    case SupportAttachmentFile::Check::TooLarge: return tr("the file is larger than 10 MB.");
    case SupportAttachmentFile::Check::WrongType: return tr("only PNG and JPEG images, PDF documents and plain text files can be attached.");
    }
    return {};
}

void SupportService::setOnline(bool online)
{
    m_online = online;
    if (!online)
        return;
    if (!m_senderStarted) {
        m_senderStarted = true;
        m_sender->start();  // also requeues what a killed process left half-sent
    } else {
        m_sender->sendDue();
    }
}

void SupportService::sendSoon()
{
    if (m_online)
        m_sender->sendDue();
}

// ---- the ticket form

TicketDraft SupportService::draft() const
{
    const auto json = m_stores.drafts->load(kTicketDraft);
    return json ? TicketDraft::fromJson(*json) : TicketDraft();
}

void SupportService::saveDraft(const TicketDraft &draft)
{
    if (draft.isEmpty())
        m_stores.drafts->remove(kTicketDraft);
    else
        m_stores.drafts->save(kTicketDraft, draft.toJson(), m_clock.now());
}

void SupportService::clearDraft()
{
    m_stores.drafts->remove(kTicketDraft);
}

QList<Transaction> SupportService::recentTransactions(int limit) const
{
    return m_stores.transactions->page(0, limit);
}

std::optional<Transaction> SupportService::transaction(const QString &id) const
{
    return m_stores.transactions->find(id);
}

QString SupportService::diagnostics() const
{
    SupportDiagnostics::Facts facts = SupportDiagnostics::systemFacts();
    facts.connection = QString::fromLatin1(QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(m_sync->state())));
    facts.lastSynced = m_sync->lastSynced();
    const QList<OutboxItem> items = m_stores.outbox->ofKinds({QStringLiteral("ticket"), QStringLiteral("ticket_reply"),
                                                              QStringLiteral("email"), QStringLiteral("chat_message")});
    for (const OutboxItem &item : items)
        if (!item.lastError.isEmpty() && item.state != OutboxItem::State::Sent)
            facts.recentProblems << QStringLiteral("%1 %2: %3").arg(item.createdAt.toString(Qt::ISODate), item.kind, item.lastError);
    while (facts.recentProblems.size() > 10)
        facts.recentProblems.removeFirst();
    return SupportDiagnostics::text(facts);
}

void SupportService::inspectAttachment(const QString &path)
{
    runThen(this, [path] {
        SupportAttachment file;
        const SupportAttachmentFile::Check check = SupportAttachmentFile::read(path, &file);
        return std::pair{check, file.contentType};
    }, [this, path](const std::pair<SupportAttachmentFile::Check, QString> &result) {
        emit attachmentInspected(path, result.first, result.second);
    });
}

void SupportService::createTicket(const TicketDraft &draft)
{
    const QString body = draft.bodyToSend().trimmed();
    if (!categories().contains(draft.category) || draft.subject.trimmed().isEmpty() || draft.subject.size() > 200
        || body.isEmpty() || body.size() > 20000 || draft.attachments.size() > SupportAttachmentFile::kMaxFiles
        || (!draft.transactionId.isEmpty() && !TicketThread::isApiId(draft.transactionId))
        || (!draft.relatedTicketId.isEmpty() && !TicketThread::isApiId(draft.relatedTicketId)))
        return emit ticketRejected(tr("Choose a topic and fill in the subject and the description (up to 5 files)."));
    QJsonObject fields{{QStringLiteral("category"), draft.category},
                       {QStringLiteral("subject"), draft.subject.trimmed()},
                       {QStringLiteral("body"), body}};
    if (!draft.transactionId.isEmpty())
        fields.insert(QStringLiteral("transaction_id"), draft.transactionId);
    if (!draft.relatedTicketId.isEmpty())
        fields.insert(QStringLiteral("related_ticket_id"), draft.relatedTicketId);
    const QList<DraftAttachment> attachments = draft.attachments;
    runThen(this, [attachments] { return readFiles(attachments); }, [this, fields](const ReadFiles &read) {
        if (!read.error.isEmpty())
            return emit ticketRejected(read.error);
        const auto id = m_outbox.enqueueTicket(fields, read.files);
        if (!id)
            return emit ticketRejected(tr("The ticket could not be saved on this computer. Check the free disk space and try again."));
        clearDraft();
        emit ticketQueued(*id);
        emit outboxChanged();
        sendSoon();
    });
}

// ---- my tickets

QList<PendingSupportItem> SupportService::pendingTickets() const
{
    QList<PendingSupportItem> out;
    for (const PendingSupportItem &item : m_outbox.tickets())
        if (item.state != PendingSupportItem::State::Sent || !m_stores.tickets->find(item.ticketId))
            out.append(item);
    return out;
}

QList<PendingSupportItem> SupportService::pendingReplies(const QString &ticketId) const
{
    QSet<QString> delivered;
    for (const QJsonObject &m : m_stores.threads->messages(ticketId))
        delivered.insert(m.value(u"client_id").toString());
    QList<PendingSupportItem> out;
    for (const PendingSupportItem &item : m_outbox.replies(ticketId))
        if (!delivered.contains(item.clientId))
            out.append(item);
    return out;
}

std::optional<TicketThread> SupportService::cachedThread(const QString &ticketId) const
{
    const auto summary = m_stores.tickets->find(ticketId);
    if (!summary)
        return std::nullopt;
    QString why;
    auto thread = TicketThread::fromTicket(summary->json, &why);
    if (!thread)
        return std::nullopt;
    for (const QJsonObject &json : m_stores.threads->messages(ticketId)) {
        if (auto message = TicketThread::messageFrom(json, &why))
            thread->messages.append(*message);
    }
    return thread;
}

bool SupportService::storeTicket(const TicketThread &thread, const QJsonObject &json, bool withMessages)
{
    bool ok = m_stores.tickets->upsert({thread.ticket});
    if (withMessages) {
        QList<QJsonObject> messages;
        for (const QJsonValue &m : json.value(u"messages").toArray())
            messages.append(m.toObject());
        ok = m_stores.threads->replaceMessages(thread.ticket.id, messages) && ok;
    }
    emit ticketsChanged();
    refreshUnread();
    return ok;
}

void SupportService::loadThread(const QString &ticketId)
{
    if (!TicketThread::isApiId(ticketId))
        return emit threadFailed(ticketId, unreadableAnswer());
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/support/tickets/") + ticketId;
    m_client->send(spec, this, [this, ticketId](const ApiResult &result) {
        if (!result.ok())
            return emit threadFailed(ticketId, ApiErrorText::userMessage(*result.error));
        QString why;
        const QJsonObject json = result.json.object();
        const auto thread = TicketThread::fromDetail(json, &why);
        if (!thread || thread->ticket.id != ticketId) {
            qCWarning(lcSupport).noquote() << "unreadable ticket detail:" << (thread ? QStringLiteral("another ticket's id") : why);
            return emit threadFailed(ticketId, unreadableAnswer());
        }
        storeTicket(*thread, json, true);
        emit threadLoaded(*thread);
    });
}

void SupportService::markRead(const QString &ticketId)
{
    const auto summary = m_stores.tickets->find(ticketId);
    if (!summary)
        return;
    m_stores.threads->markRead(ticketId, summary->json.value(u"last_message_at").toString());
    refreshUnread();
}

void SupportService::refreshUnread()
{
    const QStringList ids = m_stores.threads->unreadTicketIds();
    const QSet<QString> now(ids.cbegin(), ids.cend());
    if (m_unreadKnown && now == m_unread)
        return;
    const QSet<QString> before = m_unread;
    const bool first = !m_unreadKnown;
    m_unread = now;
    m_unreadKnown = true;
    emit unreadTicketsChanged(ids);
    if (first || before.size() != now.size())
        emit unreadCountChanged(int(now.size()));
    for (const QString &id : ids) {
        if (first || before.contains(id))
            continue;
        if (const auto t = m_stores.tickets->find(id))
            emit agentReplied(id, t->number, t->subject);
    }
}

void SupportService::reply(const QString &ticketId, const QString &text, const QList<DraftAttachment> &files)
{
    const QString body = text.trimmed();
    if (!TicketThread::isApiId(ticketId) || body.isEmpty() || body.size() > 20000 || files.size() > SupportAttachmentFile::kMaxFiles)
        return emit replyRejected(ticketId, tr("Write a reply of up to 20,000 characters (up to 5 files)."));
    runThen(this, [files] { return readFiles(files); }, [this, ticketId, body](const ReadFiles &read) {
        if (!read.error.isEmpty())
            return emit replyRejected(ticketId, read.error);
        const auto id = m_outbox.enqueueReply(ticketId, body, read.files);
        if (!id)
            return emit replyRejected(ticketId, tr("The reply could not be saved on this computer. Check the free disk space and try again."));
        emit replyQueued(ticketId, *id);
        emit outboxChanged();
        sendSoon();
    });
}

void SupportService::fail(const QString &ticketId, Action action, const ApiResult &result)
{
    if (action == Action::Reopen && result.error->code == u"reopen_window_expired")
        emit reopenWindowExpired(ticketId);
    emit actionFailed(ticketId, action, ApiErrorText::formMessage(*result.error));
}

void SupportService::close(const QString &ticketId)
{
    if (!TicketThread::isApiId(ticketId))
        return;
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/support/tickets/%1/close").arg(ticketId);
    m_client->send(spec, this, [this, ticketId](const ApiResult &result) {
        if (!result.ok())
            return fail(ticketId, Action::Close, result);
        QString why;
        const auto thread = TicketThread::fromTicket(result.json.object(), &why);
        if (!thread || thread->ticket.id != ticketId)
            return emit actionFailed(ticketId, Action::Close, unreadableAnswer());
        storeTicket(*thread, result.json.object(), false);
        emit actionFinished(ticketId, Action::Close);
    });
}

void SupportService::reopen(const QString &ticketId, const QString &reason)
{
    if (!TicketThread::isApiId(ticketId))
        return;
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/support/tickets/%1/reopen").arg(ticketId);
    if (!reason.trimmed().isEmpty()) {
        spec.json = QJsonObject{{QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {QStringLiteral("body"), reason.trimmed().left(20000)}};
        spec.carriesClientId = true;  // a resend of the same reopen is recognised by the server
    }
    m_client->send(spec, this, [this, ticketId](const ApiResult &result) {
        if (!result.ok())
            return fail(ticketId, Action::Reopen, result);
        QString why;
        const QJsonObject json = result.json.object();
        const auto thread = TicketThread::fromDetail(json, &why);
        if (!thread || thread->ticket.id != ticketId)
            return emit actionFailed(ticketId, Action::Reopen, unreadableAnswer());
        storeTicket(*thread, json, true);
        emit actionFinished(ticketId, Action::Reopen);
        emit threadLoaded(*thread);
    });
}

void SupportService::rate(const QString &ticketId, int score, const QString &comment)
{
    if (!TicketThread::isApiId(ticketId) || score < 1 || score > 5)
        return;
    ApiRequestSpec spec;
    spec.method = "PUT";
    spec.path = QStringLiteral("/v1/support/tickets/%1/rating").arg(ticketId);
    spec.json = QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("comment"), comment.trimmed().left(2000)}};
    spec.carriesClientId = true;  // a PUT replaces: repeating it is harmless
    m_client->send(spec, this, [this, ticketId](const ApiResult &result) {
        if (!result.ok())
            return fail(ticketId, Action::Rate, result);
        emit actionFinished(ticketId, Action::Rate);
        loadThread(ticketId);  // the cached ticket shows the new rating
    });
}

bool SupportService::retry(const QString &outboxId)
{
    const bool ok = m_outbox.retry(outboxId);
    emit outboxChanged();
    sendSoon();
    return ok;
}

bool SupportService::discard(const QString &outboxId)
{
    const bool ok = m_outbox.discard(outboxId);
    emit outboxChanged();
    return ok;
}

void SupportService::outboxItemChanged(const QString &outboxId)
{
    emit outboxChanged();
    const auto item = m_outbox.find(outboxId);
    if (item && item->state == PendingSupportItem::State::Sent && !item->ticketId.isEmpty())
        loadThread(item->ticketId);  // the new ticket or reply appears in the list and the conversation
}

void SupportService::downloadAttachment(const QString &attachmentId, const QString &targetPath)
{
    if (!TicketThread::isApiId(attachmentId) || targetPath.isEmpty())
        return emit attachmentDownloadFailed(attachmentId, unreadableAnswer());
    ApiRequestSpec spec;
    spec.path = QStringLiteral("/v1/support/attachments/") + attachmentId;
    spec.rawResponse = true;
    m_client->send(spec, this, [this, attachmentId, targetPath](const ApiResult &result) {
        if (!result.ok())
            return emit attachmentDownloadFailed(attachmentId, ApiErrorText::userMessage(*result.error));
        // Only what could have been uploaded is written: a supported type by its bytes, 10 MiB at most.
        if (SupportAttachmentFile::check(result.body) != SupportAttachmentFile::Check::Ok)
            return emit attachmentDownloadFailed(attachmentId, unreadableAnswer());
        const QByteArray data = result.body;
        runThen(this, [data, targetPath] {
            QSaveFile file(targetPath);
            return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
        }, [this, attachmentId, targetPath](bool written) {
            if (written)
                emit attachmentDownloaded(attachmentId, targetPath);
            else
                emit attachmentDownloadFailed(attachmentId, tr("The file could not be saved there. Choose another folder."));
        });
    });
}

} // namespace okpay
