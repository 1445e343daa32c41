#include "services/chatoutgoing.h"

#include "core/clock.h"
#include "services/chatmessagemodel.h"
#include "services/kycdocumentfile.h"
#include "services/outboxsender.h"
#include "store/outboxstore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent>

namespace okpay {

namespace {
struct ReadImage
{
    ChatOutgoing::ImageCheck check = ChatOutgoing::ImageCheck::Unreadable;
    QString contentType;
    QByteArray data;
};

// Runs on a worker thread: the same magic-byte check the server makes, limited to the two picture types.
ReadImage readImage(const QString &path)
{
    ReadImage out;
    qint64 size = 0;
    switch (KycDocumentFile::inspect(path, &out.contentType, &size, &out.data)) {
    case KycDocumentFile::Check::Ok:
        out.check = out.contentType == u"image/png" || out.contentType == u"image/jpeg" ? ChatOutgoing::ImageCheck::Ok
                                                                                          : ChatOutgoing::ImageCheck::WrongType;
        break;
    case KycDocumentFile::Check::Unreadable: out.check = ChatOutgoing::ImageCheck::Unreadable; break;
    case KycDocumentFile::Check::Empty: out.check = ChatOutgoing::ImageCheck::Empty; break;
    case KycDocumentFile::Check::TooLarge: out.check = ChatOutgoing::ImageCheck::TooLarge; break;
    case KycDocumentFile::Check::WrongType: out.check = ChatOutgoing::ImageCheck::WrongType; break;
    }
    if (out.check != ChatOutgoing::ImageCheck::Ok)
        out.data.clear();
    return out;
}
} // namespace

ChatOutgoing::ChatOutgoing(OutboxStore *outbox, OutboxSender *sender, const Clock &clock, ChatMessageModel *model, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_sender(sender), m_clock(clock), m_model(model)
{
    connect(m_sender, &OutboxSender::itemChanged, this, &ChatOutgoing::refresh);
}

void ChatOutgoing::setSession(const QString &sessionId)
{
    // What the previous chat could not deliver goes with it: that chat has ended (the server would refuse it).
    for (const QString &id : QStringList(m_messageIds)) {
        const auto item = m_outbox->find(id);
        if (!item || item->state != OutboxItem::State::Sending)
            forget(id);
    }
    if (!m_images.isEmpty()) {
        m_images.clear();
        emit imagesChanged();
    }
    if (sessionId.isEmpty()) {
        m_path.clear();
        m_messageIds.clear();
        m_attachmentIds.clear();
        m_attachmentNames.clear();
        return;
    }
    m_path = QStringLiteral("/v1/chat/sessions/%1/messages").arg(sessionId);
    m_messageIds.clear();
    m_attachmentIds.clear();
    m_attachmentNames.clear();
    QHash<QString, QString> fileNames;
    const QList<OutboxItem> items = m_outbox->all();  // once per chat: items a previous run left behind
    for (const OutboxItem &item : items)
        if (item.kind == u"attachment")
            fileNames.insert(item.id, item.payload.value(u"filename").toString());
    for (const OutboxItem &item : items) {
        if (item.kind != u"chat_message" || item.path != m_path)
            continue;
        m_messageIds << item.id;
        for (const QJsonValue &file : item.payload.value(u"attachment_outbox_ids").toArray()) {
            m_attachmentIds[item.id] << file.toString();
            m_attachmentNames[item.id] << fileNames.value(file.toString());
        }
    }
    refresh();
}

bool ChatOutgoing::send(const QString &text)
{
    const QString body = text.trimmed();
    if (m_path.isEmpty() || (body.isEmpty() && m_images.isEmpty()))
        return false;
    QStringList parts;
    for (qsizetype at = 0; at < body.size(); at += kMaxText)
        parts << body.mid(at, kMaxText);
    if (parts.isEmpty()) {  // pictures only: the message names them (the API needs a text)
        for (const Image &image : std::as_const(m_images))
            parts << image.name;
        parts = QStringList{parts.join(QStringLiteral(", ")).left(kMaxText)};
    }
    bool ok = enqueueMessage(parts.first(), m_images);
    for (qsizetype i = 1; ok && i < parts.size(); ++i)
        ok = enqueueMessage(parts.at(i), {});
    if (ok && !m_images.isEmpty()) {
        m_images.clear();
        emit imagesChanged();
    }
    refresh();
    m_sender->sendDue();
    return ok;
}

bool ChatOutgoing::enqueueMessage(const QString &body, const QList<Image> &images)
{
    QJsonArray fileIds;
    QStringList names;
    for (const Image &image : images) {
        const auto file = m_outbox->enqueue(QStringLiteral("attachment"), QStringLiteral("/v1/support/attachments"),
                                            {{QStringLiteral("filename"), image.name}, {QStringLiteral("content_type"), image.contentType},
                                             {QStringLiteral("data_base64"), QString::fromLatin1(image.data.toBase64())}},
                                            m_clock.now());
        if (!file) {
            for (const QJsonValue &id : std::as_const(fileIds))
                m_outbox->discard(id.toString());
            return false;
        }
        fileIds.append(file->id);
        names << image.name;
    }
    QJsonObject payload{{QStringLiteral("body"), body}};
    if (!fileIds.isEmpty())
        payload.insert(QStringLiteral("attachment_outbox_ids"), fileIds);
    const auto message = m_outbox->enqueue(QStringLiteral("chat_message"), m_path, payload, m_clock.now());
    if (!message) {
        for (const QJsonValue &id : std::as_const(fileIds))
            m_outbox->discard(id.toString());
        return false;
    }
    m_messageIds << message->id;
    for (const QJsonValue &id : std::as_const(fileIds))
        m_attachmentIds[message->id] << id.toString();
    m_attachmentNames.insert(message->id, names);
    return true;
}

void ChatOutgoing::refresh()
{
    QList<ChatMessageModel::PendingMessage> pending;
    const QStringList ids = m_messageIds;
    for (const QString &id : ids) {
        const auto item = m_outbox->find(id);
        if (!item) {
            forget(id);
            continue;
        }
        if (item->state == OutboxItem::State::Sent && m_model->hasClientId(item->clientId)) {
            forget(id);  // the chat cache has the server's copy now
            continue;
        }
        ChatMessageModel::PendingMessage row{item->id, item->clientId, item->payload.value(u"body").toString(),
                                             m_attachmentNames.value(id), item->createdAt, ChatMessageModel::Delivery::Sending,
                                             item->lastError};
        if (item->state == OutboxItem::State::Sent)
            row.delivery = ChatMessageModel::Delivery::Sent;
        else if (item->state == OutboxItem::State::Failed)
            row.delivery = ChatMessageModel::Delivery::Failed;
        for (const QString &fileId : m_attachmentIds.value(id)) {
            const auto file = m_outbox->find(fileId);
            if (file && file->state == OutboxItem::State::Failed) {
                row.delivery = ChatMessageModel::Delivery::Failed;  // a picture the server refused: the message waits in vain
                row.error = file->lastError;
            }
        }
        pending.append(row);
    }
    m_model->setPending(pending);
}

void ChatOutgoing::sendNow()
{
    const QDateTime now = m_clock.now();
    QStringList ids;
    for (const QString &id : std::as_const(m_messageIds))
        ids << m_attachmentIds.value(id) << id;
    for (const QString &id : std::as_const(ids)) {
        const auto item = m_outbox->find(id);
        // Through Sending and back: the outbox's own way to make a queued item due now, keeping its client id.
        if (item && item->state == OutboxItem::State::Queued && item->nextAttemptAt > now && m_outbox->markSending(id, now))
            m_outbox->requeue(id, item->lastError, now);
    }
    m_sender->sendDue();
}

void ChatOutgoing::forget(const QString &messageId)
{
    m_outbox->discard(messageId);
    for (const QString &fileId : m_attachmentIds.value(messageId))
        m_outbox->discard(fileId);
    m_messageIds.removeAll(messageId);
    m_attachmentIds.remove(messageId);
    m_attachmentNames.remove(messageId);
}

void ChatOutgoing::retry(const QString &outboxId)
{
    for (const QString &fileId : m_attachmentIds.value(outboxId))
        m_outbox->retry(fileId, m_clock.now());
    m_outbox->retry(outboxId, m_clock.now());
    refresh();
    m_sender->sendDue();
}

void ChatOutgoing::discard(const QString &outboxId)
{
    const auto item = m_outbox->find(outboxId);
    if (!m_messageIds.contains(outboxId) || (item && item->state == OutboxItem::State::Sending))
        return;  // on its way: it may arrive any moment
    forget(outboxId);
    refresh();
}

void ChatOutgoing::attachImage(const QString &path)
{
    if (m_images.size() + m_reading >= kMaxImages)
        return emit imageRejected(path, ImageCheck::TooMany);
    ++m_reading;
    auto *watcher = new QFutureWatcher<ReadImage>(this);
    connect(watcher, &QFutureWatcher<ReadImage>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_reading;
        ReadImage image = watcher->result();
        if (image.check != ImageCheck::Ok)
            return emit imageRejected(path, image.check);
        QString name = QFileInfo(path).fileName().left(200);
        name.removeIf([](QChar c) { return c.unicode() < 0x20 || c == u'\\'; });  // openapi.yaml FileName
        if (name.isEmpty())
            name = image.contentType == u"image/png" ? QStringLiteral("image.png") : QStringLiteral("image.jpg");
        m_images.append(Image{name, image.contentType, std::move(image.data)});
        emit imagesChanged();
    });
    watcher->setFuture(QtConcurrent::run(readImage, path));
}

void ChatOutgoing::removeImage(int index)
{
    if (index < 0 || index >= m_images.size())
        return;
    m_images.removeAt(index);
    emit imagesChanged();
}

QStringList ChatOutgoing::imageNames() const
{
    QStringList names;
    for (const Image &image : m_images)
        names << image.name;
    return names;
}

QString ChatOutgoing::enqueueTicket(const QString &subject, const QString &text)
{
    const auto ticket = m_outbox->enqueue(QStringLiteral("ticket"), QStringLiteral("/v1/support/tickets"),
                                          {{QStringLiteral("subject"), subject.left(200)},
                                           {QStringLiteral("category"), QStringLiteral("other")},
                                           {QStringLiteral("body"), text.trimmed().left(20000)}},
                                          m_clock.now());
    if (!ticket)
        return {};
    m_sender->sendDue();
    return ticket->id;
}

} // namespace okpay
