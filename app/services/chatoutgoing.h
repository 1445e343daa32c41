#pragma once
#include <QHash>
#include <QObject>
#include <QStringList>

namespace okpay {

class ChatMessageModel;
class Clock;
class OutboxSender;
class OutboxStore;

// The user's side of one chat on its way to the server: messages and images go into the outbox (images first, as
// attachment uploads the message then refers to), so each is sent exactly once with its client_id, across
// reconnects and restarts; until the server's copy arrives they show in the model as Sending, Sent or Not sent.
// Items whose copy has arrived are removed from the outbox (the chat cache has them).
class ChatOutgoing : public QObject
{
    Q_OBJECT

public:
    enum class ImageCheck { Ok, Unreadable, Empty, TooLarge, WrongType, TooMany };
    Q_ENUM(ImageCheck)
    static constexpr int kMaxImages = 5;
    static constexpr int kMaxText = 5000;  // openapi.yaml ChatText; longer text goes as several messages

    ChatOutgoing(OutboxStore *outbox, OutboxSender *sender, const Clock &clock, ChatMessageModel *model, QObject *parent = nullptr);

    // Picks up this chat's items left in the outbox (after a restart); "" leaves the chat. The previous chat's
    // undelivered items are dropped from the outbox: it has ended or was left.
    void setSession(const QString &sessionId);
    bool send(const QString &text);             // false if there is nothing to send or the cache cannot be written
    void attachImage(const QString &path);      // PNG or JPEG by its bytes, ≤ 10 MB; read on a worker thread
    void removeImage(int index);
    QStringList imageNames() const;
    void retry(const QString &outboxId);
    void discard(const QString &outboxId);
    void refresh();  // re-reads this chat's items and shows them; drops the ones the server has echoed
    void sendNow();  // the connection is back: what waits out a retry delay goes at once
    // A ticket with the text, for "leave a message" outside chat hours; returns its outbox id or "".
    QString enqueueTicket(const QString &subject, const QString &text);

signals:
    void imagesChanged();
    void imageRejected(const QString &path, okpay::ChatOutgoing::ImageCheck check);

private:
    struct Image
    {
        QString name;
        QString contentType;
        QByteArray data;
    };
    bool enqueueMessage(const QString &body, const QList<Image> &images);
    void forget(const QString &messageId);

    OutboxStore *m_outbox;
    OutboxSender *m_sender;
    const Clock &m_clock;
    ChatMessageModel *m_model;
    QString m_path;  // /v1/chat/sessions/<id>/messages
    QStringList m_messageIds;
    QHash<QString, QStringList> m_attachmentIds;    // message outbox id → its attachments' outbox ids
    QHash<QString, QStringList> m_attachmentNames;  // message outbox id → file names
    QList<Image> m_images;
    int m_reading = 0;
};

} // namespace okpay
