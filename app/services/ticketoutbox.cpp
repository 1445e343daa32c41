#include "services/ticketoutbox.h"

#include "core/clock.h"

#include <QJsonArray>

namespace okpay {

namespace {
const QString kTicket = QStringLiteral("ticket");
const QString kReply = QStringLiteral("ticket_reply");
const QString kAttachment = QStringLiteral("attachment");

PendingSupportItem::State stateOf(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued: return PendingSupportItem::State::Queued;
    case OutboxItem::State::Sending: return PendingSupportItem::State::Sending;
    case OutboxItem::State::Sent: return PendingSupportItem::State::Sent;
    case OutboxItem::State::Failed: return PendingSupportItem::State::Failed;
    }
    return PendingSupportItem::State::Queued;
}

// "/v1/support/tickets/<id>/replies" → "<id>"
QString ticketIdFromPath(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() == 6 && parts.at(5) == u"replies" ? parts.at(4) : QString();
}
} // namespace

TicketOutbox::TicketOutbox(OutboxStore *store, QSqlDatabase db, const Clock &clock)
    : m_store(store), m_db(std::move(db)), m_clock(clock)
{
}

QString TicketOutbox::repliesPath(const QString &ticketId)
{
    return QStringLiteral("/v1/support/tickets/%1/replies").arg(ticketId);
}

std::optional<QString> TicketOutbox::enqueue(const QString &kind, const QString &path, QJsonObject payload,
                                             const QList<SupportAttachment> &files)
{
    if (files.size() > SupportAttachmentFile::kMaxFiles || !m_db.transaction())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    QJsonArray fileIds;
    for (const SupportAttachment &file : files) {
        const auto item = m_store->enqueue(kAttachment, QStringLiteral("/v1/support/attachments"),
                                           {{QStringLiteral("filename"), file.fileName},
                                            {QStringLiteral("content_type"), file.contentType},
                                            {QStringLiteral("data_base64"), QString::fromLatin1(file.data.toBase64())}},
                                           now);
        if (!item) {
            m_db.rollback();
            return std::nullopt;
        }
        fileIds.append(item->id);
    }
    if (!fileIds.isEmpty())
        payload.insert(QStringLiteral("attachment_outbox_ids"), fileIds);
    const auto message = m_store->enqueue(kind, path, payload, now);
    if (!message || !m_db.commit()) {
        m_db.rollback();
        return std::nullopt;
    }
    return message->id;
}

std::optional<QString> TicketOutbox::enqueueTicket(const QJsonObject &fields, const QList<SupportAttachment> &files)
{
    return enqueue(kTicket, ticketsPath(), fields, files);
}

std::optional<QString> TicketOutbox::enqueueReply(const QString &ticketId, const QString &body, const QList<SupportAttachment> &files)
{
    return enqueue(kReply, repliesPath(ticketId), {{QStringLiteral("body"), body}}, files);
}

QStringList TicketOutbox::fileIds(const OutboxItem &item) const
{
    QStringList ids;
    for (const QJsonValue &v : item.payload.value(u"attachment_outbox_ids").toArray())
        ids << v.toString();
    return ids;
}

PendingSupportItem TicketOutbox::pendingFrom(const OutboxItem &item) const
{
    PendingSupportItem p;
    p.outboxId = item.id;
    p.clientId = item.clientId;
    p.ticketId = item.kind == kReply ? ticketIdFromPath(item.path) : item.resultId;
    p.subject = item.payload.value(u"subject").toString();
    p.body = item.payload.value(u"body").toString();
    p.state = stateOf(item.state);
    p.lastError = item.lastError;
    p.createdAt = item.createdAt;
    const QStringList files = fileIds(item);
    p.attachmentCount = int(files.size());
    // A file the server refused is the message's real problem: it waits for its files forever otherwise.
    for (const QString &id : item.state == OutboxItem::State::Sent ? QStringList() : files) {
        const auto file = m_store->find(id);
        if (file && file->state == OutboxItem::State::Failed) {
            p.state = PendingSupportItem::State::Failed;
            p.lastError = file->lastError;
        }
    }
    return p;
}

QList<PendingSupportItem> TicketOutbox::tickets() const
{
    QList<PendingSupportItem> out;
    for (const OutboxItem &item : m_store->ofKinds({kTicket}))
        out.append(pendingFrom(item));
    return out;
}

QList<PendingSupportItem> TicketOutbox::replies(const QString &ticketId) const
{
    QList<PendingSupportItem> out;
    for (const OutboxItem &item : m_store->ofKinds({kReply}))
        if (ticketIdFromPath(item.path) == ticketId)
            out.append(pendingFrom(item));
    return out;
}

std::optional<PendingSupportItem> TicketOutbox::find(const QString &outboxId) const
{
    const auto item = m_store->find(outboxId);
    if (!item || (item->kind != kTicket && item->kind != kReply))
        return std::nullopt;
    return pendingFrom(*item);
}

bool TicketOutbox::retry(const QString &outboxId)
{
    const auto item = m_store->find(outboxId);
    if (!item)
        return false;
    const QDateTime now = m_clock.now();
    bool any = false;
    for (const QString &id : fileIds(*item))
        any = m_store->retry(id, now) || any;
    return m_store->retry(outboxId, now) || any;
}

bool TicketOutbox::discard(const QString &outboxId)
{
    const auto item = m_store->find(outboxId);
    if (!item || item->state == OutboxItem::State::Sending || item->state == OutboxItem::State::Sent)
        return false;
    if (!m_db.transaction())
        return false;
    for (const QString &id : fileIds(*item)) {
        const auto file = m_store->find(id);
        if (file && file->state != OutboxItem::State::Sending)
            m_store->discard(id);
    }
    if (!m_store->discard(outboxId)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

} // namespace okpay
